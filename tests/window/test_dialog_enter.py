"""Enter after a dialog's side action does the dialog's main action (real window, xcb, real key
events): after "Add files…" Enter imports, after "Choose folder…" Enter exports, after
"Install" Enter closes. QA found Enter reopening the file chooser, and doing nothing after the
profile was installed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from fieldapp.services.app import AppServices, open_services
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.office.enrol_dialog import EnrolDialog
from fieldapp.ui.office.export_dialog import ExportDialog
from fieldapp.ui.office.import_dialog import ImportDialog
from tests.window.keyboard import Keyboard

ALT = Qt.KeyboardModifier.AltModifier


def mnemonic(button: QPushButton) -> Qt.Key:
    """The Alt+letter key of a button ("&Ajouter des fichiers…" gives Key_A)."""
    found = re.search(r"&(\w)", button.text())
    assert found is not None, button.text()
    return Qt.Key(ord(found.group(1).upper()))


def active(qtbot, dialog) -> None:
    """Give `dialog` the keyboard, as a window manager does when a dialog above it closes (Xvfb
    has none: X may leave no window focused), and wait until it has it. Which of its widgets
    has the focus is Qt's own memory, untouched."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)


def office_profile(tmp_path: Path) -> Path:
    """A profile written by an office (another data directory)."""
    office = open_services(data_dir=tmp_path / "office", agent="clerk")
    try:
        office.office.init_identity()
        profile = tmp_path / "stick" / "profile.json"
        profile.parent.mkdir()
        office.office.write_profile(path=profile, office_name="غرفة كلميم")
    finally:
        office.close()
    return profile


def test_enter_after_add_files_imports_and_then_closes(
    qtbot, make_window, services: AppServices, keyboard: Keyboard, tmp_path: Path
) -> None:
    services.office.init_identity()
    services.preferences.set_mode(mode="office")
    window: MainWindow = make_window("fr")
    bundle = tmp_path / "damaged.fieldbundle"
    bundle.write_bytes(b"not a bundle")
    dialog = window.sync.office.import_bundles()
    assert isinstance(dialog, ImportDialog)
    active(qtbot, dialog)

    chooser = keyboard.when_file_chooser(bundle)
    keyboard.nav(mnemonic(dialog.add_button), ALT)
    qtbot.waitUntil(lambda: dialog.paths() == [bundle], timeout=5000)
    assert chooser
    active(qtbot, dialog)
    keyboard.nav(Qt.Key.Key_Return)
    # Imported (and refused: it is no bundle), not the file chooser again.
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == ImportDialog.RESULT, timeout=15000)
    assert len(chooser) == 1
    assert dialog.report.files[0].status != "imported"

    keyboard.nav(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_enter_after_choose_folder_exports_and_then_closes(
    qtbot, make_window, services: AppServices, keyboard: Keyboard, tmp_path: Path
) -> None:
    services.enrolment.enrol(path=office_profile(tmp_path))
    services.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
    stick = tmp_path / "usb"
    stick.mkdir()
    window: MainWindow = make_window("fr")
    window.commands["export_bundle"].trigger()
    dialog = window.sync.laptop.export_dialog
    assert isinstance(dialog, ExportDialog)
    active(qtbot, dialog)

    chooser = keyboard.when_file_chooser(stick)
    keyboard.nav(mnemonic(dialog.folder_button), ALT)
    qtbot.waitUntil(lambda: dialog.target.text() == str(stick), timeout=5000)
    assert chooser
    active(qtbot, dialog)
    keyboard.nav(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=15000)
    assert len(chooser) == 1
    assert dialog.result_value is not None and dialog.result_value.path.parent == stick

    keyboard.nav(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_enter_installs_the_profile_and_enter_again_closes(
    qtbot, make_window, services: AppServices, keyboard: Keyboard, tmp_path: Path
) -> None:
    profile = office_profile(tmp_path)
    window: MainWindow = make_window("fr")
    window.commands["settings"].trigger()
    settings = window.sync.settings_dialog
    assert settings is not None
    dialog = settings.open_profile(profile)
    assert isinstance(dialog, EnrolDialog)
    active(qtbot, dialog)

    keyboard.nav(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10000)
    assert services.bundle_export.status().enrolled_office == "غرفة كلميم"

    keyboard.nav(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    settings.close()
