"""Answers typed at the desk or the CLI go through the domain text rule before they are saved:
a control or damaged character is refused naming the question, in the user's language."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldapp.domain.models import AttendeeInput
from fieldapp.services.answers import AnswersRejected
from fieldapp.services.app import AppServices


@pytest.fixture
def attendee_id(services: AppServices) -> str:
    session = services.sessions.create_session(place="Sidi Ifni", date=dt.date(2025, 8, 1))
    data = AttendeeInput(name_ar="فاطمة", cin="JA123456")
    return services.attendees.register(session_id=session.id, data=data).id


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "invisible control character (U+001B) at position 4"),
        ("fr", "caractère de contrôle invisible (U+001B) en position 4"),
        ("ar", "حرف تحكم غير مرئي (U+001B) في الموضع 4"),
    ],
)
def test_a_control_character_in_an_answer_is_refused_naming_the_question(
    services: AppServices, attendee_id: str, lang: str, expected: str
) -> None:
    with pytest.raises(AnswersRejected) as refused:
        services.answers.set_answers(
            attendee_id=attendee_id,
            values={"craft_sector": "other", "craft_other": "zel\x1bij"},
            lang=lang,
        )
    assert list(refused.value.problems) == ["craft_other"]
    assert expected in refused.value.problems["craft_other"]
    (error,) = refused.value.errors
    assert error.field == "craft_other" and error.code == "control_character"
    assert services.answers.load(attendee_id=attendee_id).answers == {}


def test_a_damaged_character_inside_a_repeat_row_is_refused_with_its_row(
    services: AppServices, attendee_id: str
) -> None:
    row = {"relationship": "child", "name": "Sara\ud800", "birth_year": 2010}
    with pytest.raises(AnswersRejected) as refused:
        services.answers.set_answers(attendee_id=attendee_id, values={"dependants": [row]})
    assert list(refused.value.problems) == ["dependants[1].name"]
    assert refused.value.errors[0].code == "lone_surrogate"


def test_clean_text_with_arabic_and_bidi_marks_is_kept(
    services: AppServices, attendee_id: str
) -> None:
    text = "نقش \u200fالخشب"
    saved = services.answers.set_answers(
        attendee_id=attendee_id, values={"craft_sector": "other", "craft_other": text}
    )
    assert saved.answers["craft_other"] == text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "craft_other: the text holds an invisible control character (U+0001)"),
        ("fr", "craft_other: le texte contient un caractère de contrôle invisible (U+0001)"),
        ("ar", "craft_other: النص يحتوي على حرف تحكم غير مرئي (U+0001)"),
    ],
)
def test_the_cli_refuses_a_control_character_in_an_answer(
    cli, attendee_id: str, services: AppServices, lang: str, expected: str
) -> None:
    services.close()
    result = cli(
        "--lang", lang, "answers", "set", attendee_id, "craft_sector=other", "craft_other=a\x01b"
    )
    assert result.code == 1
    assert expected in result.err
    shown = cli("answers", "show", attendee_id, "--json")
    assert '"answers": {}' in shown.out
