"""The office keys' passphrase from the command line, with no terminal (a subprocess, or a
stdin that is not one): protect an existing office, refuse at once without a passphrase,
import with one from FIELDAPP_OFFICE_PASSPHRASE_FILE or --passphrase-file, change it on a
clerk's PC."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.office_keys_kit import ProtectedOffice
from tests.unit.services.office.office_kit import make_laptop, make_office, new_session, person

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run(
    data: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`fieldapp` with stdin closed: nobody could answer a prompt."""
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data), *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


def attendees(data: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(data / "fieldapp.sqlite3")
    try:
        return int(conn.execute("SELECT count(*) FROM attendees").fetchone()[0])
    finally:
        conn.close()


def in_process(data: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """`fieldapp` run in this process (a fresh `OfficeKeys` each time, as a new process has),
    with a stdin that is not a terminal; returns exit code, stdout, stderr."""
    from fieldapp.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin, sys.stdout, sys.stderr, dict(os.environ)
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(), out, err
    os.environ.update(env or {})
    try:
        code = main(["--data-dir", str(data), *args])
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved[:3]
        os.environ.clear()
        os.environ.update(saved[3])
    return code, out.getvalue(), err.getvalue()


def test_an_existing_office_is_protected_then_imports_only_with_its_passphrase(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "lap1", office)
    laptop.attendees.register(session_id=new_session(laptop), data=person("فاطمة", "JA123456"))
    bundle = laptop.bundle_export.export_bundle(target=tmp_path).path
    laptop.close()
    office.close()
    data = tmp_path / "office"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("Guelmim oued noun 2025\n", "utf-8")

    code, _out, err = in_process(tmp_path / "second", "office", "init")
    assert code == 0 and "not protected by a passphrase" in err and "protect-keys" in err

    code, _out, err = in_process(data, "--lang", "fr", "office", "protect-keys")
    assert code == 1 and "Aucun terminal" in err and "--passphrase-file" in err
    assert (data / "office" / "office-age.key").exists()  # nothing changed

    code, out, err = in_process(data, "office", "protect-keys", "--passphrase-file", str(secret))
    assert code == 0, err
    assert "now protected" in err and "Guelmim" not in out + err
    names = sorted(p.name for p in (data / "office").iterdir())
    assert names == ["office-identity.age", "office-public.json", "office-signing.age"]

    # A new process, no terminal, no passphrase file: refused at once, nothing read.
    locked = run(data, "bundle", "import", "--trust-device", str(bundle))
    assert locked.returncode == 1
    assert "protected by a passphrase" in locked.stderr
    assert "FIELDAPP_OFFICE_PASSPHRASE_FILE" in locked.stderr
    assert attendees(data) == 0 and not Path(f"{bundle}.receipt.json").exists()

    code, out, err = in_process(
        data,
        "bundle",
        "import",
        "--trust-device",
        str(bundle),
        env={"FIELDAPP_OFFICE_PASSPHRASE_FILE": str(secret)},
    )
    assert code == 0, err
    assert out.startswith("imported ") and "not protected" not in err
    assert attendees(data) == 1 and Path(f"{bundle}.receipt.json").exists()
    logged = "".join(p.read_text("utf-8") for p in (data / "logs").rglob("*") if p.is_file())
    assert "office keys unlocked" in logged and "Guelmim" not in logged


def test_a_clerk_pc_changes_the_passphrase_and_the_same_keys_still_read_bundles(
    cli, data_dir: Path, tmp_path: Path, protected_office: ProtectedOffice
) -> None:
    protected_office.install(data_dir)  # IT copied the office folder onto this PC
    bundle = protected_office.bundle_copy(tmp_path)
    right, new = tmp_path / "right", tmp_path / "new"
    right.write_text(protected_office.passphrase + "\n", "utf-8")
    new.write_text("nouvelle phrase du bureau\n", "utf-8")

    changed = cli(
        "office", "change-passphrase", "--passphrase-file", str(right),
        "--new-passphrase-file", str(new),
    )  # fmt: skip
    assert changed.code == 0, changed.err
    assert "Passphrase changed" in changed.err

    imported = cli("bundle", "import", "--trust-device", "--passphrase-file", str(new), str(bundle))
    assert imported.code == 0, imported.err
    assert attendees(data_dir) == 1
