"""Ctrl+Shift+P in the real window: Qt's print dialog, then every unprinted checklist printed
off the GUI thread with a progress dialog; focus back to the search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication

from fieldapp.services.app import AppServices
from fieldapp.ui.main_window import MainWindow
from tests.unit.questionnaire.profiles import PROFILES
from tests.window.keyboard import Keyboard

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_batch_print_of_the_unprinted_checklists(
    qtbot, desk: MainWindow, keyboard: Keyboard, services: AppServices, tmp_path: Path
) -> None:
    session_id = desk.current_session_id()
    assert session_id is not None
    for attendee in services.attendees.list_in_session(session_id):
        services.attendees.check_in(attendee_id=attendee.id)
        services.answers.set_answers(attendee_id=attendee.id, values=PROFILES["welder_1_year"])
    done: list[object] = []
    desk.printer.batch_done.connect(done.append)
    keyboard.nav(Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog), timeout=5000
    )
    qtbot.waitUntil(lambda: QApplication.activeWindow() is QApplication.activeModalWidget())
    keyboard.nav(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert done[0] is not None and not done[0].cancelled
    assert (tmp_path / "checklists.pdf").stat().st_size > 10_000
    assert services.documents.unprinted(session_id) == []
    count = len(services.attendees.list_in_session(session_id))
    assert desk.statusBar().currentMessage() == f"طبعت {count} استمارات."  # Arabic plural
    qtbot.waitUntil(lambda: desk.session_screen.desk.search.hasFocus(), timeout=3000)
