from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from fieldapp.domain.ids import uuid7
from fieldapp.domain.models import Attendee, Session
from fieldapp.store import DuplicateRecord, RecordNotFound, Store, load_or_create_device
from fieldapp.store.migrations import LATEST_VERSION, MIGRATIONS, current_version, migrate
from fieldapp.store.store import connect


@pytest.fixture
def store(tmp_path: Path) -> Store:
    device = load_or_create_device(tmp_path)
    opened = Store.open(tmp_path, device)
    yield opened
    opened.close()


def _session(store: Store) -> Session:
    with store.transaction("agent A") as stamp:
        return store.sessions.insert(
            stamp, Session(id=uuid7(), place="Tan-Tan", date=dt.date(2025, 3, 1))
        )


def _attendee(session: Session, **fields: object) -> Attendee:
    return Attendee(id=uuid7(), session_id=session.id, **fields)  # type: ignore[arg-type]


def test_database_uses_wal_and_full_sync(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_records_carry_ids_times_device_and_agent(store: Store) -> None:
    session = _session(store)
    assert session.device_id == store.device.device_id
    assert session.agent == "agent A"
    assert session.created_at == session.updated_at
    assert session.created_at.endswith("Z")


def test_every_write_is_audited_with_old_and_new_values(store: Store) -> None:
    session = _session(store)
    with store.transaction("agent A") as stamp:
        kept = store.attendees.insert(stamp, _attendee(session, name_ar="سعيد", cin="JB234567"))
    with store.transaction("agent A") as stamp:
        store.attendees.update(stamp, replace(kept, name_ar="سعيد بنعلي"))
    assert store.audit.for_record("attendee", kept.id)[1].changes == {
        "name_ar": ["سعيد", "سعيد بنعلي"]
    }
    with store.transaction("agent B") as stamp:
        attendee = store.attendees.insert(stamp, _attendee(session, name_ar="أحمد", cin="JA123456"))
    with store.transaction("agent C") as stamp:
        store.attendees.update(stamp, replace(attendee, name_ar="أحمد بنعلي"))
    with store.transaction("agent D") as stamp:
        store.attendees.delete(stamp, attendee.id)
    entries = store.audit.for_record("attendee", attendee.id)
    assert [e.action for e in entries] == ["create", "update", "delete"]
    # The person was deleted: which fields changed, and when, stay; the values go (09-08).
    assert entries[0].changes["cin"] == [None, "[erased]"]
    assert entries[1].changes == {"name_ar": ["[erased]", "[erased]"]}
    assert entries[2].changes == {"deleted": [0, 1]}
    assert [e.agent for e in entries] == ["agent B", "agent C", "agent D"]
    assert all(e.device_id == store.device.device_id for e in entries)


def test_delete_leaves_a_tombstone(store: Store) -> None:
    session = _session(store)
    with store.transaction("a") as stamp:
        attendee = store.attendees.insert(stamp, _attendee(session, name_lat="Ali"))
    with store.transaction("a") as stamp:
        store.attendees.delete(stamp, attendee.id)
    with pytest.raises(RecordNotFound):
        store.attendees.get(attendee.id)
    row = store.db.execute("SELECT deleted FROM attendees WHERE id = ?", [attendee.id]).fetchone()
    assert row[0] == 1
    assert store.search.match("ali") == []


def test_a_failed_transaction_writes_nothing(store: Store) -> None:
    session = _session(store)
    with pytest.raises(DuplicateRecord), store.transaction("a") as stamp:
        store.attendees.insert(stamp, _attendee(session, name_lat="One", cin="JA1111"))
        store.attendees.insert(stamp, _attendee(session, name_lat="Two", cin="JA1111"))
    assert store.attendees.in_session(session.id) == []
    assert (
        store.db.execute("SELECT COUNT(*) FROM audit WHERE record_kind = 'attendee'").fetchone()[0]
        == 0
    )


@pytest.mark.parametrize(
    ("query", "name_ar", "name_lat", "cin", "phone"),
    [
        ("احمد", "أحمد بنعلي", "", "", ""),
        ("فاطمه", "فاطمة الزهراء", "", "", ""),
        ("بنع", "أحمد بنعلي", "", "", ""),
        ("ja123", "", "X", "JA123456", ""),
        ("ja 123456", "", "X", "JA123456", ""),
        ("JA 123", "", "X", "JA123456", ""),
        ("helene", "", "Hélène Aït", "", ""),
        ("AIT", "", "Hélène Aït", "", ""),
        ("0612345678", "", "Y", "", "+212612345678"),
        ("06 12 34", "", "Y", "", "+212612345678"),
        ("+212612", "", "Y", "", "+212612345678"),
    ],
)
def test_search_finds_normalised_names_cin_and_phone(
    store: Store, query: str, name_ar: str, name_lat: str, cin: str, phone: str
) -> None:
    session = _session(store)
    with store.transaction("a") as stamp:
        target = store.attendees.insert(
            stamp, _attendee(session, name_ar=name_ar, name_lat=name_lat, cin=cin, phone=phone)
        )
        store.attendees.insert(
            stamp, _attendee(session, name_ar="يوسف", name_lat="Youssef", cin="K9999")
        )
    assert store.search.match(query) == [target.id]


def test_search_with_fts_syntax_in_the_query_does_not_fail(store: Store) -> None:
    session = _session(store)
    with store.transaction("a") as stamp:
        store.attendees.insert(stamp, _attendee(session, name_lat="O'Neil"))
    target = store.attendees.in_session(session.id)[0].id
    assert store.search.match("O'Neil") == [target]
    assert store.search.match('"o neil" NEAR(') == []  # FTS syntax is read as words, never run
    assert store.search.match("* ) ( ^") == []


def test_names_are_stored_verbatim(store: Store) -> None:
    session = _session(store)
    hostile = "Robert'); DROP TABLE attendees;--"
    with store.transaction("a") as stamp:
        attendee = store.attendees.insert(
            stamp, _attendee(session, name_lat=hostile, name_ar="مُحَمَّد")
        )
    again = store.attendees.get(attendee.id)
    assert again.name_lat == hostile
    assert again.name_ar == "مُحَمَّد"


def test_migrations_from_every_older_version_keep_data(tmp_path: Path) -> None:
    for start in range(1, LATEST_VERSION):
        db = connect(tmp_path / f"v{start}.sqlite3")
        migrate(db, now="2025-01-01T00:00:00.000000Z", target=start)
        assert current_version(db) == start
        db.execute(
            "INSERT INTO sessions (id, place, date, form_id, created_at, updated_at, device_id) "
            "VALUES ('s1', 'Guelmim', '2025-01-01', 'f', 't', 't', 'd')"
        )
        db.conn.commit()
        applied = migrate(db, now="2025-01-02T00:00:00.000000Z")
        assert applied == [v for v, _, _ in MIGRATIONS if v > start]
        assert current_version(db) == LATEST_VERSION
        assert db.execute("SELECT place FROM sessions WHERE id = 's1'").fetchone()[0] == "Guelmim"
        assert migrate(db, now="x") == []
        db.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_device_identity_is_private_and_stable(tmp_path: Path) -> None:
    first = load_or_create_device(tmp_path)
    second = load_or_create_device(tmp_path)
    assert first.device_id == second.device_id
    assert first.public_key_bytes == second.public_key_bytes
    for name in ("device.json", "device_key.pem"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600
