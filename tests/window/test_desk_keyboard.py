"""The desk played from the keyboard in the real window, with the keystroke budgets of the
agent's guide (docs/guide-ar.md, docs/guide-fr.md): every key below is a real key event sent
where Qt's focus is, and counted."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldapp.domain.attendee_fields import FIELD_NAMES
from fieldapp.services.app import AppServices
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.widgets.question_inputs import ChoiceButtons
from tests.window.keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
K = Qt.Key
CHECK_IN_BUDGET = 10
WALK_IN_BUDGET = 8


def in_view(window: MainWindow, widget: QWidget) -> bool:
    """True when `widget` is inside the visible part of the desk's scrolling editor."""
    viewport = window.session_screen.desk.editor_scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().intersects(QRect(top_left, widget.size())) and widget.isVisible()


def focused(window: MainWindow) -> QWidget | None:
    """The widget the next key goes to (the window's focus widget, also while the X server
    has not yet given the keyboard back to the window after a dialog)."""
    return QApplication.focusWidget() or window.focusWidget()


def test_pre_registered_check_in_to_checklist_printed_by_keyboard(
    qtbot, desk: MainWindow, keyboard: Keyboard, services: AppServices, tmp_path: Path
) -> None:
    screen = desk.session_screen
    rows = screen.desk.questionnaire.rows
    assert focused(desk) is screen.desk.search
    keyboard.type("JA123456")
    qtbot.waitUntil(lambda: screen.desk.results_model.rowCount() == 1, timeout=3000)
    consent = keyboard.when_modal(lambda w: isinstance(w, QMessageBox))
    started = time.perf_counter()
    keyboard.nav(K.Key_Return)  # open the person found: the consent question
    assert consent
    current = screen.registration.current
    assert current is not None and services.attendees.get(current.id).checked_in
    # Focus on the first question, on screen; keys typed now land there.
    assert focused(desk) is rows["craft_sector"].input.focus_widget()
    assert in_view(desk, focused(desk))
    keyboard.nav(K.Key_Tab)  # the craft is optional
    assert focused(desk) is rows["practice_mode"].input
    keyboard.answer(K.Key_1)  # individually → next question
    assert focused(desk) is rows["has_diploma"].input
    assert in_view(desk, focused(desk))
    keyboard.answer(K.Key_2)  # no
    assert focused(desk) is rows["years_practice"].input.focus_widget()
    keyboard.type("١٢")  # Arabic-Indic digits
    keyboard.nav(K.Key_Return)
    assert focused(desk) is rows["rna_status"].input
    keyboard.type("٣")  # not registered (an Arabic-Indic 3)
    # the NIA question stays hidden; the health cover is a drop-down list (7 choices)
    assert focused(desk) is rows["amo_status"].input.focus_widget()
    keyboard.answer(K.Key_1)  # no health cover → the tax and RSU questions appear
    assert focused(desk) is rows["tax_regime"].input.focus_widget()
    assert in_view(desk, focused(desk))
    keyboard.answer(K.Key_1)  # not taxed
    assert focused(desk) is rows["can_pay"].input
    keyboard.answer(K.Key_1)  # can pay: yes
    assert focused(desk) is rows["rsu_status"].input.focus_widget()
    keyboard.answer(K.Key_3)  # not in the RSU
    printed = keyboard.when_modal(lambda w: isinstance(w, QPrintDialog))
    keyboard.nav(K.Key_P, CTRL)  # saves, then the print preview
    qtbot.waitUntil(lambda: desk.printer.preview is not None, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.printer.preview, timeout=3000)
    keyboard.nav(K.Key_Return)  # print from the preview → the print dialog → Enter
    assert printed
    pdf = tmp_path / "Ahmed-Benali-JA123456.pdf"
    qtbot.waitUntil(pdf.exists, timeout=10000)
    elapsed = time.perf_counter() - started
    qtbot.waitUntil(lambda: services.attendees.get(current.id).printed_at is not None)
    answers = services.answers.load(attendee_id=current.id).answers
    assert answers["practice_mode"] == "individual"
    assert answers["has_diploma"] is False
    assert answers["years_practice"] == 12
    assert answers["rna_status"] == "not_registered"
    assert answers["amo_status"] == "none"
    assert (answers["tax_regime"], answers["can_pay"]) == ("none", True)
    assert answers["rsu_status"] == "not_in_rsu"
    qtbot.waitUntil(lambda: focused(desk) is screen.desk.search, timeout=2000)
    print(
        f"\ncheck-in → printed: {keyboard.navigation} navigation keys, {keyboard.data} data keys,"
        f" {elapsed:.2f} s: {' '.join(keyboard.sequence)}"
    )
    assert keyboard.navigation <= CHECK_IN_BUDGET


def test_walk_in_typed_at_full_speed_right_after_ctrl_n(
    qtbot, desk: MainWindow, keyboard: Keyboard, services: AppServices
) -> None:
    screen = desk.session_screen
    form = screen.desk.attendee_form
    keyboard.nav(K.Key_N, CTRL)
    keyboard.type("مريم آيت باها")
    keyboard.nav(K.Key_Tab)
    keyboard.type("Meryem Ait Baha")
    keyboard.nav(K.Key_Tab)
    keyboard.type("JB123456")
    keyboard.nav(K.Key_Tab)
    keyboard.type("0612345678")
    keyboard.nav(K.Key_Return)  # save: consent is missing → focus on it, in view
    shown = {name: label.text() for name, label in form.errors.items() if label.text()}
    assert list(shown) == ["consent"], (shown, form.raw_values())
    assert focused(desk) is form.consent
    assert in_view(desk, form.consent)
    assert form.errors["consent"].isVisible()
    keyboard.answer(K.Key_Space)
    keyboard.nav(K.Key_S, CTRL)
    saved = screen.registration.current
    assert saved is not None
    assert (saved.name_ar, saved.name_lat, saved.cin) == (
        "مريم آيت باها",
        "Meryem Ait Baha",
        "JB123456",
    )
    assert saved.phone.endswith("612345678")
    assert focused(desk) is screen.desk.search
    print(f"\nwalk-in: {keyboard.navigation} navigation keys: {' '.join(keyboard.sequence)}")
    assert keyboard.navigation <= WALK_IN_BUDGET


def test_failed_save_focuses_the_first_invalid_field_and_shows_every_error(
    qtbot, make_window, session, keyboard: Keyboard, services: AppServices
) -> None:
    window = make_window("fr")
    window.resize(1024, 600)
    assert window.open_session(session.id, agent="Aicha")
    form = window.session_screen.desk.attendee_form
    rows = window.session_screen.desk.questionnaire.rows
    keyboard.nav(K.Key_N, CTRL)
    keyboard.type("Brahim")
    keyboard.nav(K.Key_Tab)
    keyboard.nav(K.Key_Tab)
    keyboard.type("JB22222")  # already on the list: the duplicate is named at once
    keyboard.nav(K.Key_Tab)
    keyboard.type("12")  # not a phone number
    # Down to the questions, one Tab per field after the phone, then the consent: scroll
    # follows the focus.
    after_phone = FIELD_NAMES[FIELD_NAMES.index("phone") + 1 :]
    for name in [*after_phone, "consent"]:
        keyboard.nav(K.Key_Tab)
        assert focused(window) is form.field_widgets[name], name
    keyboard.nav(K.Key_Tab)
    assert focused(window) is rows["craft_sector"].input.focus_widget()
    assert in_view(window, focused(window))
    keyboard.nav(K.Key_S, CTRL)
    assert focused(window) is form.inputs["cin"]
    assert in_view(window, form.inputs["cin"])
    assert form.errors["phone"].isVisible() and form.errors["consent"].isVisible()
    assert "فاطمة الزهراء بنعلي" in form.errors["cin"].text()
    assert not rows["practice_mode"].error.isHidden()  # required questions flagged too
    keyboard.when_modal(lambda w: isinstance(w, QMessageBox))  # her consent: Enter
    keyboard.nav(K.Key_F2)  # open the person already registered with that CIN
    current = window.session_screen.registration.current
    assert current is not None and current.cin == "JB22222"


def test_choice_groups_keep_no_cursor_from_the_previous_attendee(
    qtbot, desk: MainWindow, keyboard: Keyboard
) -> None:
    rows = desk.session_screen.desk.questionnaire.rows
    group = rows["rna_status"].input
    assert isinstance(group, ChoiceButtons)
    group.setFocus(Qt.FocusReason.TabFocusReason)
    keyboard.nav(K.Key_Down)
    keyboard.nav(K.Key_Down)
    assert group.value() == "not_registered"
    # Ctrl+N on a half-typed person asks first (Escape keeps it, the default is to keep it)
    asked = keyboard.when_modal(lambda w: isinstance(w, QMessageBox), K.Key_Escape)
    keyboard.nav(K.Key_N, CTRL)
    assert asked and group.value() is not None
    asked = keyboard.when_modal(
        lambda w: isinstance(w, QMessageBox),
        K.Key_Space,
        lambda box: box.button(QMessageBox.StandardButton.Discard),
    )
    keyboard.nav(K.Key_N, CTRL)  # then the Discard button: drop it
    assert asked and group.value() is None
    group.setFocus(Qt.FocusReason.TabFocusReason)
    assert group.current_option == 0 and group.value() is None
