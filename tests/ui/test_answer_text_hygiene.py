"""The desk's Save goes through the answers service's text rule: a control character pasted
into a questionnaire answer is refused beside that question, in the interface language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldapp.services.app import AppServices
from fieldapp.ui.widgets.question_inputs import ChoiceCombo, LineInput
from tests.ui.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _walk_in_with_a_pasted_escape(qtbot, make_window, services: AppServices, *, phone: str = ""):
    """A walk-in typed at the desk whose "other craft" answer holds a pasted ESC, not saved
    yet: returns the window, the session, the attendee form, the question rows and that
    answer's line input."""
    window = make_window()
    session = services.sessions.create_session(place="سيدي إفني", date=dt.date(2025, 8, 1))
    window.sessions_view.refresh()
    assert window.open_session(session.id, agent="عائشة")
    window.activateWindow()
    qtbot.waitActive(window)
    desk = window.session_screen.desk
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    form = desk.attendee_form
    type_text(form.inputs["name_ar"], "مريم")
    QTest.keyClicks(form.inputs["cin"], "JB123456")
    if phone:
        QTest.keyClicks(form.inputs["phone"], phone)
    QTest.keyClick(form.consent, Qt.Key.Key_Space)
    rows = desk.questionnaire.rows
    sector = rows["craft_sector"].input
    assert isinstance(sector, ChoiceCombo)
    sector.combo.setCurrentIndex(sector.combo.findData("other"))
    sector.combo.activated.emit(sector.combo.currentIndex())
    window.session_screen.registration.refresh_preview()
    other = rows["craft_other"].input
    assert isinstance(other, LineInput)
    other.line.setFocus()
    type_text(other.line, "زليج")
    other.line.insert("\x1b")  # as a paste would (a key press cannot type it)
    return window, session, form, rows, other


def test_a_pasted_control_character_is_refused_beside_its_question(
    qtbot, make_window, services: AppServices
) -> None:
    window, session, _form, rows, _other = _walk_in_with_a_pasted_escape(
        qtbot, make_window, services
    )
    desk = window.session_screen.desk
    window.commands["save"].trigger()  # Save (Ctrl+S)
    error = rows["craft_other"].error
    assert error.isVisible()
    assert "حرف تحكم غير مرئي (U+001B)" in error.text()
    # One save, one transaction: the refused answer leaves the details unsaved too.
    assert services.attendees.list_in_session(session.id) == []
    assert "لم يتم الحفظ" in desk.message.text()


def test_a_bad_phone_and_a_refused_answer_are_shown_together_and_nothing_is_saved(
    qtbot, make_window, services: AppServices
) -> None:
    window, session, form, rows, other = _walk_in_with_a_pasted_escape(
        qtbot, make_window, services, phone="06"
    )
    window.commands["save"].trigger()
    assert form.errors["phone"].isVisible() and form.errors["phone"].text()
    assert "U+001B" in rows["craft_other"].error.text()
    assert rows["craft_other"].error.isVisible()
    assert services.attendees.list_in_session(session.id) == []
    # Corrected, the same Save writes the person and the answer together.
    form.inputs["phone"].clear()
    QTest.keyClicks(form.inputs["phone"], "0612345678")
    other.line.clear()
    type_text(other.line, "زليج")
    window.commands["save"].trigger()
    [person] = services.attendees.list_in_session(session.id)
    assert services.answers.load(attendee_id=person.id).answers["craft_other"] == "زليج"
