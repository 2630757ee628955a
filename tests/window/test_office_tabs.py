"""The office registry's two tabs by keyboard alone, in the real window (xcb, real key
events): Ctrl+2 opens the possible duplicates with the focus in their list, Ctrl+1 the
people again (a clerk without a mouse could not reach the duplicate review before)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.services.app import AppServices
from fieldapp.ui.office.registry_view import OfficeView
from tests.unit.services.office.office_kit import make_laptop, new_session, person
from tests.window.keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_2_opens_the_duplicates_and_ctrl_1_the_people(
    qtbot, make_window, services: AppServices, keyboard: Keyboard, tmp_path: Path
) -> None:
    services.office.init_identity()
    laptop = make_laptop(tmp_path, "lap", services)
    try:
        session = new_session(laptop)
        laptop.attendees.register(session_id=session, data=person("فاطمة بنعلي", "JA1001"))
        laptop.attendees.register(
            session_id=session, data=person("Fatima Benali", "JB2002", phone="+212622222222")
        )
        bundle = laptop.bundle_export.export_bundle(target=tmp_path).path
    finally:
        laptop.close()
    report = services.bundle_import.import_bundles(paths=[bundle], trust_new_devices=True)
    assert report.ok
    services.preferences.set_mode(mode="office")
    window = make_window("fr")
    window.commands["show_office"].trigger()
    view = window.sync.office_view
    assert isinstance(view, OfficeView)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is view)
    view.table.setFocus()
    assert view.tabs.tabText(OfficeView.DUPLICATES) == "Doublons possibles : 1 (Ctrl+2)"

    keyboard.nav(Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: view.tabs.currentIndex() == OfficeView.DUPLICATES)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.duplicates_table)
    assert view.duplicates.rowCount() > 0  # فاطمة بنعلي and Fatima Benali, to review

    keyboard.nav(Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: view.tabs.currentIndex() == OfficeView.PEOPLE)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.table)
