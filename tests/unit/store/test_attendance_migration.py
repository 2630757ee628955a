"""Migration 6 gives every existing attendee an attendance status by the documented rule,
from every older schema version."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.store.migrations import LATEST_VERSION, current_version, migrate
from fieldapp.store.store import connect

T0 = "2025-08-01T08:00:00.000000Z"
T_ANSWER = "2025-08-01T09:15:00.000000Z"
T_PRINT = "2025-08-01T09:45:00.000000Z"
T_CHECK = "2025-08-01T09:05:00.000000Z"


def _attendee(db, attendee_id: str, *, origin: str, checked_in: int = 0, printed_at=None) -> None:
    db.execute(
        "INSERT INTO attendees (id, session_id, name_ar, cin, origin, checked_in, printed_at, "
        "created_at, updated_at, device_id) VALUES (?, 's1', 'اسم', ?, ?, ?, ?, ?, ?, 'd1')",
        [attendee_id, attendee_id.upper() + "123", origin, checked_in, printed_at, T0, T0],
    )


def _older_database(path: Path, version: int):
    """A database at schema `version` holding one attendee of each kind the rule sorts."""
    db = connect(path)
    migrate(db, now=T0, target=version)
    db.execute(
        "INSERT INTO sessions (id, place, date, form_id, created_at, updated_at, device_id) "
        "VALUES ('s1', 'Sidi Ifni', '2025-08-01', 'f', ?, ?, 'd1')",
        [T0, T0],
    )
    _attendee(db, "walkin", origin="walk_in", checked_in=1)
    _attendee(db, "untouched", origin="pre_registered")
    _attendee(db, "checked", origin="pre_registered", checked_in=1)
    db.execute(
        "INSERT INTO audit (id, record_kind, record_id, action, at, device_id, changes) "
        "VALUES ('u1', 'attendee', 'checked', 'update', ?, 'd1', ?)",
        [T_CHECK, '{"checked_in": [0, 1]}'],
    )
    if version >= 2:  # answers and print events came with schema 2
        _attendee(db, "answered", origin="pre_registered")
        db.execute(
            "INSERT INTO answers (id, attendee_id, form_id, form_version, created_at, "
            "updated_at, device_id) VALUES ('w1', 'answered', 'f', '1', ?, ?, 'd1')",
            [T_ANSWER, T_ANSWER],
        )
        _attendee(db, "printed", origin="pre_registered", printed_at=T_PRINT)
        db.execute(
            "INSERT INTO print_events (id, attendee_id, document, at, created_at, updated_at, "
            "device_id) VALUES ('p1', 'printed', 'checklist', ?, ?, ?, 'd1')",
            [T_PRINT, T_PRINT, T_PRINT],
        )
    return db


@pytest.mark.parametrize("version", range(1, 6))  # the schemas before attendance status
def test_every_older_schema_migrates_by_the_rule(tmp_path: Path, version: int) -> None:
    db = _older_database(tmp_path / f"v{version}.sqlite3", version)
    migrate(db, now="2025-08-02T00:00:00.000000Z")
    assert current_version(db) == LATEST_VERSION
    rows = {
        row["id"]: (row["status"], row["arrived_at"])
        for row in db.query("SELECT id, status, arrived_at FROM attendees")
    }
    expected = {
        "walkin": ("walk_in", T0),
        "untouched": ("expected", None),
        "checked": ("present", T_CHECK),
    }
    if version >= 2:
        expected["answered"] = ("present", T_ANSWER)
        expected["printed"] = ("present", T_PRINT)
    assert rows == expected
    columns = {row[1] for row in db.execute("PRAGMA table_info(attendees)")}
    assert "checked_in" not in columns and "printed_at" not in columns
    db.close()


def test_the_status_column_refuses_unknown_values(tmp_path: Path) -> None:
    db = _older_database(tmp_path / "v5.sqlite3", 5)
    migrate(db, now="2025-08-02T00:00:00.000000Z")
    with pytest.raises(Exception, match="CHECK"):
        db.execute("UPDATE attendees SET status = 'maybe' WHERE id = 'walkin'")
