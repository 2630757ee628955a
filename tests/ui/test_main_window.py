from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fieldapp.services.app import AppServices
from fieldapp.ui.dialogs.import_report import ImportReportDialog
from fieldapp.ui.dialogs.session_dialog import SessionDialog

DATA = Path(__file__).resolve().parents[1] / "data"


def _type(qtbot, widget, text: str) -> None:
    """Type text including Arabic (QTest.keyClicks aborts on Arabic characters)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        QApplication.sendEvent(
            widget,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )


def test_opens_in_arabic_right_to_left_by_default(window) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.file_menu.title() == "&الجلسة"
    assert window.sessions_view.title.text() == "الجلسات التحسيسية على هذا الحاسوب"
    assert window.sessions_view.empty_hint.isVisible()


def test_language_switch_without_restart(window, services: AppServices) -> None:
    window.language_actions["fr"].trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.file_menu.title() == "&Séance"
    assert window.sessions_view.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert services.store.settings.get("ui_language") == "fr"
    window.language_actions["en"].trigger()
    assert window.new_session_action.text() == "&New session…"
    window.language_actions["ar"].trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_create_a_session_then_import_a_list(qtbot, window, services: AppServices) -> None:
    dialogs: list[SessionDialog] = []

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SessionDialog)
        dialogs.append(dialog)
        _type(qtbot, dialog.place.lineEdit(), "سيدي إفني")
        dialog.date.line.clear()
        QTest.keyClicks(dialog.date.line, "01082025")  # typed without separators
        _type(qtbot, dialog.venue, "قاعة المسيرة الخضراء")
        dialog.province.setCurrentText("Sidi Ifni")
        dialog.partners.setText("CNSS، دار الصانع")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    qtbot.waitUntil(lambda: True)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill_dialog)
    window.new_session_action.trigger()
    assert dialogs and dialogs[0].saved is not None
    [summary] = services.sessions.list_sessions()
    assert summary.session.place == "سيدي إفني"
    assert summary.session.date == dt.date(2025, 8, 1)
    assert summary.session.partners == ("CNSS", "دار الصانع")
    view = window.sessions_view
    assert view.model.rowCount() == 1
    assert view.selected_session_id() == summary.session.id
    assert not view.empty_hint.isVisible()

    job = window.import_file(summary.session.id, DATA / "prereg_messy.csv")
    qtbot.waitUntil(
        lambda: isinstance(getattr(window, "last_import_report", None), ImportReportDialog),
        timeout=10000,
    )
    report = window.last_import_report
    assert "7" in report.summary.text()
    assert report.table.rowCount() == 8  # 2 refused rows, 5 warnings, 1 duplicate
    assert report.table.item(0, 0).text() == "5"
    assert report.table.item(1, 3).text() == "رقم البطاقة الوطنية"
    assert report.table.item(1, 4).text() == "J9"
    report.close()
    qtbot.waitUntil(lambda: view.model.data(view.model.index(0, view.model.ATTENDEES)) == "7")
    assert job is not None


def test_session_dialog_shows_errors_and_stays_open(qtbot, services: AppServices, window) -> None:
    dialog = SessionDialog(services.sessions, language="ar", parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "المكان" in dialog.error.text()
    assert services.sessions.list_sessions() == []


def test_refused_import_file_shows_a_message(
    qtbot, window, services: AppServices, tmp_path: Path
) -> None:
    session = services.sessions.create_session(place="Tan-Tan", date=dt.date(2025, 3, 1))
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    window.import_file(session.id, bad)
    qtbot.waitUntil(lambda: getattr(window, "last_message", None) is not None, timeout=10000)
    assert "empty" in window.last_message.text()
    window.last_message.close()
