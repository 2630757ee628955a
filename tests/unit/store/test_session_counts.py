"""The session list's counts (the first screen) come from one covering index, right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.domain.ids import uuid7
from fieldapp.domain.models import Attendance, AttendanceCounts, Attendee, Origin, Session
from fieldapp.store import Store, load_or_create_device


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path, load_or_create_device(tmp_path))
    yield opened
    opened.close()


def _attendee(session_id: str, status: Attendance) -> Attendee:
    origin = Origin.WALK_IN if status is Attendance.WALK_IN else Origin.PRE_REGISTERED
    return Attendee(id=uuid7(), session_id=session_id, name_ar="سعيد", origin=origin, status=status)


def test_counts_are_per_session_and_status_without_the_deleted(store: Store) -> None:
    with store.transaction("a") as stamp:
        day_one = store.sessions.insert(
            stamp, Session(id=uuid7(), place="Guelmim", date=dt.date(2025, 5, 1))
        )
        day_two = store.sessions.insert(
            stamp, Session(id=uuid7(), place="Tan-Tan", date=dt.date(2025, 5, 2))
        )
        statuses = [Attendance.PRESENT] * 3 + [Attendance.EXPECTED] * 2 + [Attendance.WALK_IN]
        for status in statuses:
            store.attendees.insert(stamp, _attendee(day_one.id, status))
        store.attendees.insert(stamp, _attendee(day_two.id, Attendance.ABSENT))
        gone = store.attendees.insert(stamp, _attendee(day_two.id, Attendance.PRESENT))
        store.attendees.delete(stamp, gone.id)

    counts = store.sessions.counts()

    assert counts[day_one.id] == AttendanceCounts(present=4, walk_ins=1, expected=2, absent=0)
    assert counts[day_two.id] == AttendanceCounts(absent=1)


def test_counts_read_only_the_covering_index(store: Store) -> None:
    plans: list[str] = []
    store.db.conn.set_trace_callback(plans.append)
    try:
        store.sessions.counts()
    finally:
        store.db.conn.set_trace_callback(None)
    query = next(sql for sql in plans if "FROM attendees" in sql)
    plan = " ".join(
        str(row[-1]) for row in store.db.execute(f"EXPLAIN QUERY PLAN {query}").fetchall()
    )
    # Every attendee row would be read otherwise (190 ms at 100,000 attendees), then sorted.
    assert "COVERING INDEX attendees_live_counts" in plan
    assert "TEMP B-TREE" not in plan
