"""Saving the desk is one user action: the attendee's details and their answers are checked
together and written in one transaction, both or neither, every problem reported at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from fieldapp.domain.models import Origin
from fieldapp.services.app import AppServices
from fieldapp.services.desk import DeskRefused
from fieldapp.services.events import Change

GOOD = {"name_ar": "فاطمة", "cin": "JA123456", "phone": "0612345678"}
REFUSED_ANSWERS = {"craft_sector": "other", "craft_other": "zel\x1bij", "years_practice": 95}


@pytest.fixture
def session_id(services: AppServices) -> str:
    return services.sessions.create_session(place="Sidi Ifni", date=dt.date(2025, 8, 1)).id


def _save(
    services: AppServices,
    session_id: str,
    fields: dict[str, str],
    answers: dict[str, Any],
    attendee_id: str | None = None,
):
    return services.desk.save(
        session_id=session_id,
        attendee_id=attendee_id,
        fields=fields,
        origin=Origin.WALK_IN,
        consent=True,
        answers=answers,
        lang="fr",
    )


def test_a_refused_answer_leaves_the_new_attendee_unsaved_too(
    services: AppServices, session_id: str
) -> None:
    changes: list[Change] = []
    services.context.bus.subscribe(changes.append)
    with pytest.raises(DeskRefused) as refused:
        _save(services, session_id, GOOD, REFUSED_ANSWERS)
    assert refused.value.errors == ()
    assert set(refused.value.answer_problems) == {"craft_other", "years_practice"}
    assert "U+001B" in refused.value.answer_problems["craft_other"]
    assert services.attendees.list_in_session(session_id) == []
    assert services.attendees.search("JA123456", session_id=session_id) == []
    assert changes == []


def test_bad_details_and_refused_answers_are_reported_together(
    services: AppServices, session_id: str
) -> None:
    fields = {**GOOD, "phone": "0", "birth_year": "99"}
    with pytest.raises(DeskRefused) as refused:
        _save(services, session_id, fields, REFUSED_ANSWERS)
    assert {e.field for e in refused.value.errors} == {"phone", "birth_year"}
    assert set(refused.value.answer_problems) == {"craft_other", "years_practice"}
    assert services.attendees.list_in_session(session_id) == []


def test_a_cin_registered_here_is_reported_with_the_answers(
    services: AppServices, session_id: str
) -> None:
    _save(services, session_id, GOOD, {})
    with pytest.raises(DeskRefused) as refused:
        _save(services, session_id, {**GOOD, "name_ar": "سعاد"}, {"years_practice": 95})
    assert [e.code for e in refused.value.errors] == ["duplicate_cin"]
    assert list(refused.value.answer_problems) == ["years_practice"]
    assert len(services.attendees.list_in_session(session_id)) == 1


def test_an_edit_with_a_refused_answer_keeps_the_old_details_and_answers(
    services: AppServices, session_id: str
) -> None:
    first = _save(services, session_id, GOOD, {"years_practice": 12})
    with pytest.raises(DeskRefused):
        _save(
            services,
            session_id,
            {**GOOD, "name_ar": "فاطمة الزهراء"},
            {"years_practice": 95},
            attendee_id=first.attendee.id,
        )
    assert services.attendees.get(first.attendee.id).name_ar == "فاطمة"
    assert services.answers.load(attendee_id=first.attendee.id).answers == {"years_practice": 12}


def test_a_good_save_writes_the_attendee_and_the_answers_and_announces_both(
    services: AppServices, session_id: str
) -> None:
    changes: list[Change] = []
    services.context.bus.subscribe(changes.append)
    saved = _save(services, session_id, GOOD, {"years_practice": 12, "craft_sector": None})
    assert saved.created
    assert services.attendees.list_in_session(session_id) == [saved.attendee]
    assert services.answers.load(attendee_id=saved.attendee.id).answers == {"years_practice": 12}
    assert [c.kind for c in changes] == ["attendee", "answers"]
    edited = _save(
        services,
        session_id,
        {**GOOD, "name_ar": "فاطمة الزهراء"},
        {"years_practice": 13},
        attendee_id=saved.attendee.id,
    )
    assert not edited.created and edited.attendee.id == saved.attendee.id
    assert services.attendees.get(saved.attendee.id).name_ar == "فاطمة الزهراء"
    assert services.answers.load(attendee_id=saved.attendee.id).answers == {"years_practice": 13}
