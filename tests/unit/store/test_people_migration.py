"""Migration 7 turns an existing office's CIN-keyed registry into people with stable ids:
one person per former person key, each follow-up moved onto its person's id."""

from __future__ import annotations

from pathlib import Path

from fieldapp.store.migrations import LATEST_VERSION, migrate
from fieldapp.store.office.people_registry import PeopleRegistry
from fieldapp.store.sql import SqliteSql
from fieldapp.store.store import connect

T0 = "2025-08-01T08:00:00.000000Z"


def test_an_existing_office_migrates_to_people(tmp_path: Path) -> None:
    db = connect(tmp_path / "office.sqlite3")
    migrate(db, now=T0, target=6)
    for sid, date in (("s1", "2025-08-01"), ("s2", "2025-09-01")):
        db.execute(
            "INSERT INTO sessions (id, place, date, form_id, created_at, updated_at, device_id) "
            "VALUES (?, 'Guelmim', ?, 'f', ?, ?, 'd1')",
            [sid, date, T0, T0],
        )
    for attendee_id, sid, cin in (
        ("a1", "s1", "JA123456"),
        ("a2", "s2", "JA123456"),
        ("a3", "s1", ""),
        ("a4", "s2", "JB777777"),
    ):
        db.execute(
            "INSERT INTO attendees (id, session_id, name_ar, cin, status, created_at, "
            "updated_at, device_id) VALUES (?, ?, 'اسم', ?, 'present', ?, ?, 'd1')",
            [attendee_id, sid, cin, T0, T0],
        )
    for key, status in (("JA123456", "contacted"), ("id:a3", "closed")):
        db.execute(
            "INSERT INTO follow_ups (person_key, status, note, updated_at, device_id, agent) "
            "VALUES (?, ?, 'note', ?, 'office', 'clerk')",
            [key, status, T0],
        )
    db.conn.commit()
    # Migration 7, and those after it (the registry reads today's schema).
    assert migrate(db, now=T0) == list(range(7, LATEST_VERSION + 1))
    people = {p.attendee_id: p for p in PeopleRegistry(SqliteSql(db)).people()}
    assert set(people) == {"a2", "a3", "a4"}  # a1 and a2 are one person, a2 the latest
    assert people["a2"].sessions == 2
    assert (people["a2"].follow_up, people["a3"].follow_up, people["a4"].follow_up) == (
        "contacted",
        "closed",
        "",
    )
    assert len({p.person_key for p in people.values()}) == 3
    assert all(len(p.person_key) == 36 and p.person_key[14] == "7" for p in people.values())
    db.close()
