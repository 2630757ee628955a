"""Attendance status: check-in with the time and consent in one transaction, undo audited,
absent after the day, counts by status."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.models import Attendance, AttendanceCounts, AttendeeInput, Origin
from fieldapp.services.app import AppServices


def _pre(services: AppServices, session_id: str, cin: str):
    data = AttendeeInput(name_ar="فاطمة", cin=cin, origin=Origin.PRE_REGISTERED)
    return services.attendees.register(session_id=session_id, data=data, checked_in=False)


@pytest.fixture
def session_id(services: AppServices) -> str:
    return services.sessions.create_session(place="Sidi Ifni", date=dt.date(2025, 8, 1)).id


def _audit(services: AppServices, attendee_id: str) -> list[dict[str, list[object]]]:
    rows = services.store.db.execute(
        "SELECT changes FROM audit WHERE record_id = ? AND action = 'update' ORDER BY at",
        [attendee_id],
    )
    return [json.loads(row[0]) for row in rows]


def test_check_in_sets_present_time_and_consent_in_one_edit(
    services: AppServices, session_id: str
) -> None:
    person = _pre(services, session_id, "JA1001")
    assert person.status is Attendance.EXPECTED and person.arrived_at is None
    checked = services.attendees.check_in(attendee_id=person.id, consent=True)
    assert checked.status is Attendance.PRESENT and checked.consent
    assert checked.arrived_at == checked.updated_at
    [changes] = _audit(services, person.id)
    assert changes["status"] == ["expected", "present"]
    assert changes["consent"] == [0, 1]
    assert changes["arrived_at"] == [None, checked.arrived_at]
    # Checking in again changes nothing.
    assert services.attendees.check_in(attendee_id=person.id) == checked
    assert len(_audit(services, person.id)) == 1


def test_undo_puts_the_person_back_to_expected_and_is_audited(
    services: AppServices, session_id: str
) -> None:
    person = _pre(services, session_id, "JA1002")
    checked = services.attendees.check_in(attendee_id=person.id)
    undone = services.attendees.undo_check_in(attendee_id=person.id)
    assert undone.status is Attendance.EXPECTED and undone.arrived_at is None
    assert _audit(services, person.id)[-1]["status"] == ["present", "expected"]
    assert _audit(services, person.id)[-1]["arrived_at"] == [checked.arrived_at, None]
    with pytest.raises(ValidationFailed) as caught:
        services.attendees.undo_check_in(attendee_id=person.id)
    assert caught.value.errors[0].code == "not_checked_in"


def test_a_walk_in_has_no_check_in_to_undo(services: AppServices, session_id: str) -> None:
    walk_in = services.attendees.register(
        session_id=session_id, data=AttendeeInput(name_ar="مريم", cin="JB2000", consent=True)
    )
    assert walk_in.status is Attendance.WALK_IN and walk_in.arrived_at == walk_in.created_at
    with pytest.raises(ValidationFailed, match="walk-in"):
        services.attendees.undo_check_in(attendee_id=walk_in.id)


def test_absent_only_for_someone_who_did_not_come(services: AppServices, session_id: str) -> None:
    came, stayed_home = _pre(services, session_id, "JA1003"), _pre(services, session_id, "JA1004")
    services.attendees.check_in(attendee_id=came.id)
    with pytest.raises(ValidationFailed):
        services.attendees.mark_absent(attendee_id=came.id)
    assert services.attendees.mark_absent(attendee_id=stayed_home.id).status is Attendance.ABSENT
    [summary] = services.sessions.list_sessions()
    assert summary.counts == AttendanceCounts(present=1, walk_ins=0, expected=0, absent=1)
    assert summary.attendees == 2
