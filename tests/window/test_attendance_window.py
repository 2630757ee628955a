"""Attendance in the real window: a check-in shows as present with its time in the attendance
list and the status bar; a mistaken one is undone with a real click, and the counts follow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldapp.domain.models import Attendance, Session
from fieldapp.services.app import AppServices
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.models.attendance_table import AttendanceTableModel
from tests.window.keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


def test_check_in_shows_present_and_undo_puts_back_expected(
    qtbot, desk: MainWindow, keyboard: Keyboard, services: AppServices, session: Session
) -> None:
    people = {a.cin: a for a in services.attendees.list_in_session(session.id)}
    fatima = services.attendees.check_in(attendee_id=people["JB22222"].id)
    screen = desk.session_screen
    keyboard.nav(Qt.Key.Key_L, CTRL)  # the attendance list
    view = screen.attendance
    qtbot.waitUntil(lambda: view.isVisible(), timeout=3000)
    screen.refresh()
    qtbot.waitUntil(lambda: desk.statusBar().currentMessage().startswith("الحاضرون: 1"))
    assert desk.statusBar().currentMessage().endswith("منتظرون: 6")
    view.select(fatima.id)
    [row] = view.table.selectionModel().selectedRows()
    arrival = row.siblingAtColumn(AttendanceTableModel.ARRIVAL).data()
    assert arrival == f"حاضر {fatima.arrival_time}"
    assert view.undo_button.isEnabled() and view.undo_button.isVisible()
    QTest.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: services.attendees.get(fatima.id).status is Attendance.EXPECTED, timeout=3000
    )
    screen.refresh()
    qtbot.waitUntil(lambda: desk.statusBar().currentMessage().startswith("الحاضرون: 0"))
    view.select(fatima.id)
    assert not view.undo_button.isEnabled()
