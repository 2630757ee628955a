"""`fieldapp office init --database URL`: the registry on PostgreSQL (or the embedded file),
kept as the office's setting; a bad or unreachable URL is told, naming the setting, and leaves
no office behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(
    data: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != "FIELDAPP_OFFICE_DATABASE"}
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=120,
        env={**clean, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


def test_init_keeps_the_registry_on_the_database_named(
    tmp_path: Path, office_database_url: str | None
) -> None:
    office = tmp_path / "office"
    args = ["--database", office_database_url] if office_database_url else []
    done = run(office, "office", "init", *args)
    assert done.returncode == 0, done.stderr
    setting = office / "office" / "database-url"
    if office_database_url is None:
        assert not setting.exists()
    else:
        assert setting.read_text(encoding="utf-8").strip() == office_database_url
        assert stat.S_IMODE(setting.stat().st_mode) == 0o600
        import psycopg

        with psycopg.connect(office_database_url) as conn:
            applied = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        assert applied is not None and applied[0] >= 7
    people = run(office, "office", "people")
    assert people.returncode == 0, people.stderr


def test_a_url_that_is_not_postgresql_is_refused_naming_the_setting(tmp_path: Path) -> None:
    done = run(tmp_path / "office", "--lang", "fr", "office", "init", "--database", "mysql://x/y")
    assert done.returncode == 1
    assert "Base de données du bureau" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "office" / "office").exists()


def test_a_password_in_the_url_is_refused(tmp_path: Path) -> None:
    done = run(tmp_path / "office", "office", "init", "--database", "postgresql://c:secret@h/db")
    assert done.returncode == 1
    assert "PGPASSFILE" in done.stderr and "secret" not in done.stderr


def test_an_unreachable_server_is_told_without_a_traceback(tmp_path: Path) -> None:
    url = f"postgresql://clerk@/registry?host={tmp_path}/nowhere&port=1"
    done = run(tmp_path / "office", "office", "init", "--database", url)
    assert done.returncode == 1
    assert "Cannot open the office database" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "office" / "office").exists()
    # the environment variable overrides the office's setting the same way
    listed = run(tmp_path / "other", "office", "people", env={"FIELDAPP_OFFICE_DATABASE": url})
    assert listed.returncode == 1 and "FIELDAPP_OFFICE_DATABASE" in listed.stderr
