"""Printing in the real window: Ctrl+P opens Qt's preview, Enter prints through the real print
dialog to a PDF file (no printer here), the attendee is recorded as printed."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldapp.services.app import AppServices
from fieldapp.ui.main_window import MainWindow
from tests.unit.questionnaire.profiles import PROFILES
from tests.window.keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


def pdf_text(path: Path) -> str:
    """The text of a PDF as pdftotext reads it."""
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def answer_everything(services: AppServices, cin: str) -> None:
    """The person's questionnaire complete, as if answered at an earlier visit to the desk."""
    session_id = services.sessions.list_sessions()[0].session.id
    [person] = [a for a in services.attendees.list_in_session(session_id) if a.cin == cin]
    services.answers.set_answers(attendee_id=person.id, values=PROFILES["welder_1_year"])


def test_ctrl_p_prints_a_pdf_through_the_real_preview(
    qtbot, desk: MainWindow, keyboard: Keyboard, services: AppServices, tmp_path: Path
) -> None:
    answer_everything(services, "JA123456")
    screen = desk.session_screen
    assert screen.desk.search.hasFocus()
    keyboard.type("JA123456")
    qtbot.waitUntil(lambda: screen.desk.results_model.rowCount() == 1, timeout=3000)
    keyboard.when_modal(lambda w: isinstance(w, QMessageBox))
    keyboard.nav(Qt.Key.Key_Return)
    current = screen.registration.current
    assert current is not None and services.attendees.get(current.id).checked_in

    keyboard.nav(Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: isinstance(desk.printer.preview, QPrintPreviewDialog), timeout=5000)
    preview = desk.printer.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview, timeout=3000)
    printed = keyboard.when_modal(lambda w: isinstance(w, QPrintDialog))
    keyboard.nav(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(printed), timeout=5000)
    qtbot.waitUntil(lambda: desk.printer.preview is None, timeout=10000)
    pdf = tmp_path / "Ahmed-Benali-JA123456.pdf"
    assert pdf.exists()
    text = pdf_text(pdf)
    assert "JA123456" in text
    assert services.attendees.get(current.id).printed_at
    assert "JA123456" in desk.statusBar().currentMessage()
    qtbot.waitUntil(lambda: screen.desk.search.hasFocus(), timeout=2000)


def test_save_as_pdf_names_the_file_after_the_person_and_remembers_the_folder(
    qtbot, desk: MainWindow, keyboard: Keyboard, services: AppServices, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from fieldapp.services.preferences import Preference

    answer_everything(services, "JB22222")
    screen = desk.session_screen
    keyboard.type("JB22222")
    qtbot.waitUntil(lambda: screen.desk.results_model.rowCount() == 1, timeout=3000)
    keyboard.when_modal(lambda w: isinstance(w, QMessageBox))
    keyboard.nav(Qt.Key.Key_Return)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    services.preferences.set_folder(Preference.PDF_FOLDER, folder=elsewhere)
    asked = keyboard.when_modal(lambda w: isinstance(w, QFileDialog))
    keyboard.nav(Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert asked
    pdf = elsewhere / "Fatima-Zahra-Benali-JB22222.pdf"
    assert pdf.exists()
    assert "JB22222" in pdf_text(pdf)
    assert services.preferences.folder(Preference.PDF_FOLDER) == elsewhere
    assert pdf.name in desk.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None  # no "Saved" box to dismiss
    qtbot.waitUntil(lambda: screen.desk.search.hasFocus(), timeout=2000)


def test_ctrl_p_on_an_unfinished_questionnaire_goes_back_to_the_first_unanswered_question(
    qtbot, desk: MainWindow, keyboard: Keyboard, services: AppServices
) -> None:
    screen = desk.session_screen
    keyboard.type("JA123456")
    qtbot.waitUntil(lambda: screen.desk.results_model.rowCount() == 1, timeout=3000)
    keyboard.when_modal(lambda w: isinstance(w, QMessageBox))
    keyboard.nav(Qt.Key.Key_Return)
    current = screen.registration.current
    assert current is not None
    told = keyboard.when_modal(lambda w: isinstance(w, QMessageBox))  # read it, Enter
    keyboard.nav(Qt.Key.Key_P, CTRL)
    # No preview: a checklist resting on missing answers would give wrong advice.
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert desk.printer.preview is None
    assert "أجب عن هذه الأسئلة قبل طبع لائحة الخطوات" in told[0].text()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    first = screen.desk.questionnaire.first_invalid()
    assert first is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2000)
    assert services.attendees.get(current.id).printed_at is None
