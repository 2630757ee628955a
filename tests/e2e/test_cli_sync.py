"""The sync commands end to end, in subprocesses with two data directories: enrol, export,
import (refusal, trust, JSON report), receipt, status, registry; a killed import changes
nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run(
    data: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


# Runs the CLI with the process killed (os._exit) right after the merge wrote its rows and
# before the transaction commits: the power cut the office must survive.
KILLED_MID_MERGE = """
import os, sys
from fieldapp.store.office.merge import BundleMerger
BundleMerger.drop_staging = lambda self: os._exit(70)
from fieldapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


def registry_dump(office: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(office / "fieldapp.sqlite3")
    try:
        tables = ("sessions", "attendees", "answers", "audit", "sync_imports", "sync_devices")
        return json.dumps(
            {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
        )
    finally:
        conn.close()


def test_laptop_to_office_and_back(tmp_path: Path) -> None:
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    fingerprint = run(office, "office", "init", "--unprotected").stdout.strip()
    assert len(fingerprint.split()) == 8
    profile = tmp_path / "profile.json"
    assert (
        run(office, "office", "profile", "-o", str(profile), "--name", "غرفة كلميم").returncode == 0
    )

    assert "not enrolled" in run(laptop, "bundle", "status").stdout
    enrolled = run(laptop, "enroll", str(profile))
    assert enrolled.returncode == 0 and fingerprint in enrolled.stdout

    session = run(
        laptop, "session", "new", "--place", "كلميم", "--date", "2025-08-01"
    ).stdout.strip()
    for name, cin, phone in (("فاطمة", "JA123456", "0612345678"), ("أحمد", "B12345", "0612345679")):
        added = run(
            laptop,
            "attendees",
            "add",
            session,
            "--name-ar",
            name,
            "--cin",
            cin,
            "--phone",
            phone,
            "--birth-year",
            "1980",
            "--consent",
        )
        assert added.returncode == 0, added.stderr
    plain = run(
        laptop, "bundle", "export", "-o", str(tmp_path / "plain.fieldbundle"), "--no-encrypt"
    )
    assert "NOT encrypted" in plain.stderr
    exported = run(laptop, "bundle", "export", "--all", "-o", str(tmp_path), "--json")
    assert exported.returncode == 0, exported.stderr
    bundle = Path(json.loads(exported.stdout)["file"])
    assert json.loads(exported.stdout)["sequence"] == 2

    before = registry_dump(office)
    untrusted = run(office, "bundle", "import", str(bundle))
    assert untrusted.returncode == 1 and "--trust-device" in untrusted.stderr
    assert registry_dump(office) == before

    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            KILLED_MID_MERGE,
            "--data-dir",
            str(office),
            "bundle",
            "import",
            "--trust-device",
            str(bundle),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=120,
    )
    assert killed.returncode == 70
    assert registry_dump(office) == before

    receipt = tmp_path / "r.json"
    imported = run(
        office, "bundle", "import", "--trust-device", "--json", "-r", str(receipt), str(bundle)
    )
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert {k: report[k] for k in ("updated", "conflicts", "duplicates", "rejected")} == {
        "updated": 0,
        "conflicts": 0,
        "duplicates": 0,
        "rejected": 0,
    }
    assert report["new"] > 4 and report["files"][0]["status"] == "imported"
    again = json.loads(run(office, "bundle", "import", "--json", str(bundle)).stdout)
    assert again["new"] == 0 and again["files"][0]["status"] == "already_imported"

    accepted = run(laptop, "receipt", "import", str(receipt), "--json")
    assert accepted.returncode == 0, accepted.stderr
    status = json.loads(run(laptop, "bundle", "status", "--json").stdout)
    assert status["pending_total"] == 0

    people = json.loads(run(office, "office", "people", "--json").stdout)
    assert sorted(p["cin"] for p in people) == ["B12345", "JA123456"]
    assert run(office, "office", "follow-up", "JA123456", "--status", "contacted").returncode == 0
    out = tmp_path / "registry.csv"
    assert run(office, "office", "export", "-o", str(out)).returncode == 0
    assert "JA123456" in out.read_text(encoding="utf-8-sig")
    assert json.loads(run(office, "office", "duplicates", "--json").stdout) == []
    known = run(laptop, "known", "JA123456")
    assert known.returncode == 0
