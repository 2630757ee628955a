"""The foundation's CLI flows, end to end on a temporary data directory."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


def test_version(cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out.startswith("fieldapp ")


def test_session_then_messy_import_then_list_and_search(cli_process) -> None:
    created = cli_process(
        "session",
        "new",
        "--place",
        "سيدي إفني",
        "--date",
        "2025-08-01",
        "--venue",
        "قاعة المسيرة الخضراء",
        "--province",
        "Sidi Ifni",
    )
    assert created.code == 0, created.err
    session_id = created.out.strip()
    assert len(session_id) == 36

    listed = json.loads(cli_process("session", "list", "--json").out)
    assert [s["place"] for s in listed] == ["سيدي إفني"]
    assert listed[0]["venue"] == "قاعة المسيرة الخضراء"

    imported = cli_process(
        "attendees", "import", session_id, str(DATA / "prereg_messy.csv"), "--json"
    )
    assert imported.code == 1  # some rows were rejected
    report = json.loads(imported.out)
    assert len(report["imported"]) == 7
    assert [d["line"] for d in report["duplicates"]] == [10]
    assert [(r["line"], r["field"]) for r in report["rejected"]] == [(5, "name"), (6, "cin")]
    assert [(w["line"], w["field"], w["value"]) for w in report["warnings"]] == [
        (3, "craft", "خياطة تقليدية"),  # not in the form's craft list: kept as typed
        (7, "phone", "12345"),
        (8, "birth_year", "1850"),
        (11, "craft", "حدادة"),
        (12, "gender", "Z"),
    ]

    again = json.loads(
        cli_process("attendees", "import", session_id, str(DATA / "prereg_messy.csv"), "--json").out
    )
    assert again["imported"] == []
    assert len(again["duplicates"]) == 8

    people = json.loads(cli_process("attendees", "list", session_id, "--json").out)
    assert len(people) == 7
    assert {
        "id",
        "name_ar",
        "name_lat",
        "cin",
        "phone",
        "gender",
        "birth_year",
        "craft",
        "province",
        "commune",
        "origin",
        "consent",
    } <= set(people[0])

    for query, cin in (
        ("احمد", "JA123456"),
        ("فاطمه", "JB22222"),
        ("ja123", "JA123456"),
        ("ouali", "BK7788"),
    ):
        hits = json.loads(cli_process("search", query, "--json").out)
        assert [h["cin"] for h in hits] == [cin], query


def test_human_import_report_names_lines_on_stderr(cli, tmp_path: Path) -> None:
    session_id = cli("session", "new", "--place", "Tan-Tan", "--date", "2025-03-01").out.strip()
    result = cli("attendees", "import", session_id, str(DATA / "prereg_messy.csv"))
    assert result.code == 1
    assert "imported: 7" in result.out
    assert "line 6 (خديجة آيت لحسن, J9): refused: National ID (CIN): invalid CIN 'J9'" in result.err
    french = cli("--lang", "fr", "attendees", "import", session_id, str(DATA / "prereg_messy.csv"))
    assert "refusée : CIN: CIN invalide « J9 »" in french.err


def test_clean_import_exits_zero(cli, tmp_path: Path) -> None:
    session_id = cli("session", "new", "--place", "Guelmim", "--date", "2025-05-10").out.strip()
    path = tmp_path / "ok.csv"
    path.write_text("cin,name_ar\nJA1234,أحمد\n", encoding="utf-8")
    assert cli("attendees", "import", session_id, str(path)).code == 0


@pytest.mark.parametrize(
    "args",
    [
        ("session", "new", "--place", "X", "--date", "01/08/2025"),
        ("session", "new", "--place", " ", "--date", "2025-08-01"),
        ("attendees", "list", "0000-no-such-session"),
        ("attendees", "import", "0000-no-such-session", "x.csv"),
    ],
)
def test_rejected_input_exits_1_with_a_message(cli, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.code == 1
    assert result.err.strip()
    assert "Traceback" not in result.err


def test_usage_errors_exit_2(cli) -> None:
    assert cli("session").code == 2
    assert cli("session", "new", "--place", "X").code == 2
    assert cli("no-such-command").code == 2


def test_walk_in_requires_consent_and_valid_fields(cli) -> None:
    session_id = cli("session", "new", "--place", "Guelmim", "--date", "2025-05-10").out.strip()
    refused = cli("attendees", "add", session_id, "--name-ar", "يوسف", "--cin", "JA99")
    assert refused.code == 1
    assert "consent" in refused.err.lower()
    ok = cli("attendees", "add", session_id, "--name-ar", "يوسف", "--cin", "ja 9999", "--consent")
    assert ok.code == 0
    twice = cli("attendees", "add", session_id, "--name-ar", "يوسف", "--cin", "JA9999", "--consent")
    assert twice.code == 1
    assert "already registered" in twice.err


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file modes")
def test_read_only_data_dir_is_refused_clearly(cli, data_dir: Path) -> None:
    data_dir.mkdir()
    data_dir.chmod(0o500)
    try:
        result = cli("session", "list")
    finally:
        data_dir.chmod(0o700)
    assert result.code == 1
    assert "writable" in result.err


def test_unwritable_database_is_refused_clearly(cli, data_dir: Path) -> None:
    """A data dir on a read-only medium: simulated by a database file that is a folder."""
    data_dir.mkdir()
    (data_dir / "fieldapp.sqlite3").mkdir()
    result = cli("session", "list")
    assert result.code == 1
    assert "cannot open the database" in result.err
    assert "Traceback" not in result.err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_data_dir_is_private(cli, data_dir: Path) -> None:
    cli("session", "list")
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "fieldapp.sqlite3").stat().st_mode) == 0o600


def test_log_file_holds_no_personal_data(cli, data_dir: Path) -> None:
    session_id = cli("session", "new", "--place", "Sidi Ifni", "--date", "2025-08-01").out.strip()
    cli("attendees", "import", session_id, str(DATA / "prereg_messy.csv"))
    cli("search", "JA123456")
    cli(
        "attendees",
        "add",
        session_id,
        "--name-ar",
        "زينب",
        "--cin",
        "JZ777777",
        "--phone",
        "0677777777",
        "--consent",
    )
    log_text = "".join(p.read_text(encoding="utf-8") for p in (data_dir / "logs").glob("*.log*"))
    assert "pre-registration import: 7 imported" in log_text
    for secret in (
        "JA123456",
        "JB22222",
        "BK7788",
        "JZ777777",
        "612345678",
        "0677777777",
        "677777777",
        "أحمد",
        "Benali",
        "زينب",
        "Fatima",
    ):
        assert secret not in log_text


SOCKETLESS = r"""
import socket, sys
def refuse(*a, **k):
    raise RuntimeError("network access attempted")
socket.socket = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from fieldapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_cli_flows_run_with_sockets_disabled(data_dir: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", SOCKETLESS, "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )

    created = run("session", "new", "--place", "Tan-Tan", "--date", "2025-03-01")
    assert created.returncode == 0, created.stderr
    session_id = created.stdout.strip()
    assert run("attendees", "import", session_id, str(DATA / "prereg_messy.csv")).returncode == 1
    for args in (
        ("attendees", "list", session_id, "--json"),
        ("search", "احمد"),
        ("session", "list"),
    ):
        result = run(*args)
        assert result.returncode == 0, result.stderr
        assert "network access attempted" not in result.stderr


KILLER = r"""
import datetime as dt, os, sys
from fieldapp.services.app import open_services
from fieldapp.services.attendee_input import parse_attendee_fields
services = open_services(data_dir=sys.argv[1], agent="agent")
session = services.sessions.create_session(place="Guelmim", date=dt.date(2025, 5, 1))
data = parse_attendee_fields({"name_ar": "سعيد", "cin": "JK424242"}, consent=True)
attendee = services.attendees.register(session_id=session.id, data=data)
print(session.id, attendee.id, flush=True)
os._exit(9)  # killed right after the save returned: no close, no checkpoint
"""


def test_a_killed_process_loses_no_saved_record(data_dir: Path, cli) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, str(data_dir)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 9
    session_id, attendee_id = proc.stdout.split()
    people = json.loads(cli("attendees", "list", session_id, "--json").out)
    assert [p["id"] for p in people] == [attendee_id]
    assert people[0]["cin"] == "JK424242"


def test_ids_can_be_shortened_to_a_unique_prefix(cli) -> None:
    session_id = cli("session", "new", "--place", "Guelmim", "--date", "2025-05-10").out.strip()
    added = cli(
        "attendees", "add", session_id[:13], "--name-ar", "يوسف", "--cin", "JA9191", "--consent"
    )
    assert added.code == 0, added.err
    attendee_id = added.out.strip()
    listed = json.loads(cli("attendees", "list", session_id[:13], "--json").out)
    assert [p["id"] for p in listed] == [attendee_id]
    assert cli("attendees", "list", session_id[:3]).code == 1  # too short to be a prefix
    assert cli("attendees", "delete", attendee_id[:20]).code == 0
    assert json.loads(cli("attendees", "list", session_id, "--json").out) == []
