"""A dependant added and removed with the keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.ui.main_window import MainWindow
from tests.window.keyboard import Keyboard

K = Qt.Key


def test_add_and_remove_a_dependant_by_keyboard(desk: MainWindow, keyboard: Keyboard) -> None:
    questionnaire = desk.session_screen.desk.questionnaire
    group = questionnaire.groups["dependants"]
    desk.session_screen.desk.focus_field(group.add_button)
    keyboard.answer(K.Key_Space)  # add a person: focus on their first question
    assert len(group.rows) == 1
    row = group.rows[0]
    assert QApplication.focusWidget() is row.subs["relationship"].input
    keyboard.answer(K.Key_2)  # a child → next question of the row
    assert QApplication.focusWidget() is row.subs["name"].input.focus_widget()
    keyboard.type("Youssef")
    keyboard.nav(K.Key_Return)
    assert QApplication.focusWidget() is row.subs["birth_year"].input.focus_widget()
    assert group.value() == [{"relationship": "child", "name": "Youssef"}]
    row.remove.setFocus()
    keyboard.answer(K.Key_Space)  # remove: back on "add a person"
    assert group.rows == [] and group.value() is None
    assert QApplication.focusWidget() is group.add_button
