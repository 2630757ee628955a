from __future__ import annotations

import datetime as dt

import pytest

from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.models import Origin
from fieldapp.services.app import AppServices
from fieldapp.services.attendee_input import parse_attendee_fields
from fieldapp.services.attendees import MatchKind
from fieldapp.store import StoreError


def _data(**fields: str):
    return parse_attendee_fields(fields, consent=True, require_consent=True)


def test_walk_in_registration_validates_every_field_at_once() -> None:
    with pytest.raises(ValidationFailed) as caught:
        parse_attendee_fields(
            {"cin": "123", "phone": "0", "birth_year": "99"}, require_consent=True
        )
    assert {e.field for e in caught.value.errors} == {
        "name",
        "cin",
        "phone",
        "birth_year",
        "consent",
    }
    assert "الموافقة" in caught.value.describe("ar")


def test_same_cin_twice_in_a_session_is_refused(services: AppServices) -> None:
    session = services.sessions.create_session(place="Guelmim", date=dt.date(2025, 5, 1))
    services.attendees.register(session_id=session.id, data=_data(name_ar="سعيد", cin="JA5555"))
    with pytest.raises(ValidationFailed) as caught:
        services.attendees.register(
            session_id=session.id, data=_data(name_ar="سعيد", cin="ja 5555")
        )
    assert caught.value.errors[0].code == "duplicate_cin"


def test_search_tells_here_pre_registered_and_known_elsewhere(services: AppServices) -> None:
    earlier = services.sessions.create_session(place="Tan-Tan", date=dt.date(2025, 3, 1))
    today = services.sessions.create_session(place="Sidi Ifni", date=dt.date(2025, 8, 1))
    services.attendees.register(
        session_id=earlier.id, data=_data(name_ar="خديجة آيت لحسن", cin="JC1010")
    )
    services.attendees.register(
        session_id=earlier.id, data=_data(name_ar="خديجة بنت علي", cin="JC2020")
    )
    pre = parse_attendee_fields(
        {"name_ar": "خديجة بنت علي", "cin": "JC2020"}, origin=Origin.PRE_REGISTERED
    )
    services.attendees.register(session_id=today.id, data=pre, checked_in=False)
    services.attendees.register(
        session_id=today.id, data=_data(name_ar="خديجة الساحلي", cin="JC3030")
    )

    results = services.attendees.search("خديجه", session_id=today.id)
    kinds = {r.attendee.cin: r.kind for r in results}
    assert kinds == {
        "JC3030": MatchKind.REGISTERED_HERE,
        "JC2020": MatchKind.PRE_REGISTERED,
        "JC1010": MatchKind.KNOWN_ELSEWHERE,
    }
    assert [r.kind for r in results] == sorted(
        (r.kind for r in results),
        key=[MatchKind.REGISTERED_HERE, MatchKind.PRE_REGISTERED, MatchKind.KNOWN_ELSEWHERE].index,
    )
    known = next(r for r in results if r.kind is MatchKind.KNOWN_ELSEWHERE)
    assert known.session_place == "Tan-Tan"


def test_check_in_marks_present_and_records_consent(services: AppServices) -> None:
    session = services.sessions.create_session(place="Assa", date=dt.date(2025, 6, 1))
    pre = parse_attendee_fields(
        {"name_lat": "Brahim", "cin": "JD1111"}, origin=Origin.PRE_REGISTERED
    )
    attendee = services.attendees.register(session_id=session.id, data=pre, checked_in=False)
    checked = services.attendees.check_in(attendee_id=attendee.id)
    assert checked.checked_in and checked.consent
    assert checked.origin is Origin.PRE_REGISTERED
    actions = [e.action for e in services.store.audit.for_record("attendee", attendee.id)]
    assert actions == ["create", "update"]


def test_agent_name_is_stamped_on_records_and_audit(services: AppServices) -> None:
    services.agent = "  فاطمة (عون ميداني)  "
    session = services.sessions.create_session(place="Guelmim", date=dt.date(2025, 5, 1))
    attendee = services.attendees.register(
        session_id=session.id, data=_data(name_lat="Ali", cin="JE1111")
    )
    assert attendee.agent == "فاطمة (عون ميداني)"
    assert services.store.audit.for_record("attendee", attendee.id)[0].agent == "فاطمة (عون ميداني)"


def test_a_full_disk_is_reported_and_nothing_is_half_written(
    services: AppServices, tmp_path
) -> None:
    session = services.sessions.create_session(place="Guelmim", date=dt.date(2025, 5, 1))
    services.attendees.register(session_id=session.id, data=_data(name_lat="First", cin="JF1111"))
    pages = services.store.db.execute("PRAGMA page_count").fetchone()[0]
    services.store.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    path = tmp_path / "big.csv"
    rows = "\n".join(f"JG{n:06d},اسم طويل جدا للاختبار رقم {n}" for n in range(3000))
    path.write_text("cin,name_ar\n" + rows + "\n", encoding="utf-8")
    from fieldapp.services.preregistration import import_preregistration

    with pytest.raises(StoreError, match="disk is full"):
        import_preregistration(services.context, session_id=session.id, path=path)
    assert [a.cin for a in services.attendees.list_in_session(session.id)] == ["JF1111"]


def test_overlong_text_is_reported_per_field() -> None:
    with pytest.raises(ValidationFailed) as caught:
        parse_attendee_fields({"name_ar": "ا" * 201, "craft": " x " * 100, "cin": "JA1234"})
    problems = {(e.field, e.code, tuple(e.params.items())) for e in caught.value.errors}
    assert problems == {
        ("name_ar", "too_long", (("max", 200),)),
        ("craft", "too_long", (("max", 200),)),
    }  # the name was typed: "too long" says what is wrong, not "enter a name"
