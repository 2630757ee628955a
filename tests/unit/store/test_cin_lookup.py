"""A save checks the session's CIN through the unique index, not by reading the session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.domain.ids import uuid7
from fieldapp.domain.models import Attendee, Session
from fieldapp.store import Store, load_or_create_device


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path, load_or_create_device(tmp_path))
    yield opened
    opened.close()


def test_cin_taken_answers_from_the_session_cin_index(store: Store) -> None:
    with store.transaction("a") as stamp:
        session = store.sessions.insert(
            stamp, Session(id=uuid7(), place="Guelmim", date=dt.date(2025, 5, 1))
        )
        first = store.attendees.insert(
            stamp, Attendee(id=uuid7(), session_id=session.id, name_ar="سعيد", cin="JA123456")
        )
    plans: list[str] = []
    store.db.conn.set_trace_callback(plans.append)
    try:
        assert store.attendees.cin_taken(session.id, "JA123456")
        assert not store.attendees.cin_taken(session.id, "JA123456", other_than=first.id)
        assert not store.attendees.cin_taken(session.id, "JB1")
    finally:
        store.db.conn.set_trace_callback(None)
    query = next(sql for sql in plans if "FROM attendees" in sql)
    plan = " ".join(
        str(row[-1]) for row in store.db.execute(f"EXPLAIN QUERY PLAN {query}").fetchall()
    )
    assert "attendees_session_cin" in plan
