"""The office keys' passphrase in the real window (xcb, real key events): the start-up ask can
be put off; the import asks again, a wrong passphrase is told and the clerk types it again,
then the import goes on and the bundle is in the registry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.services.app import AppServices
from fieldapp.ui.office.import_dialog import ImportDialog
from fieldapp.ui.office.passphrase_dialog import UNLOCK, PassphraseDialog
from tests.office_keys_kit import ProtectedOffice
from tests.window.keyboard import Keyboard

SCRYPT = 60000  # a few seconds of scrypt, more on a loaded machine


def test_a_wrong_passphrase_is_told_then_the_right_one_imports_the_bundle(
    qtbot,
    make_window,
    services: AppServices,
    protected_office: ProtectedOffice,
    keyboard: Keyboard,
    tmp_path: Path,
) -> None:
    protected_office.install(services.data_dir)  # a clerk's PC, set up by IT
    services.preferences.set_mode(mode="office")
    window = make_window("fr")

    at_start = window.sync.check_office_keys()  # what the app shows once the window is up
    assert isinstance(at_start, PassphraseDialog) and at_start.mode == UNLOCK
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is at_start)
    keyboard.nav(Qt.Key.Key_Escape)  # "Later"
    qtbot.waitUntil(lambda: not at_start.isVisible())
    assert services.office_keys.locked()

    bundle = protected_office.bundle_copy(tmp_path)
    importing = window.sync.office.import_bundles([bundle])
    importing.import_button.click()
    asked = importing.passphrase_dialog
    assert isinstance(asked, PassphraseDialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is asked)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is asked.current)  # the typing goes there

    keyboard.type(protected_office.passphrase.lower())
    keyboard.nav(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "n'ouvre pas les clés du bureau" in asked.message.text(), timeout=SCRYPT
    )
    assert asked.isVisible() and asked.current.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is asked.current)  # ready to retry
    assert importing.pages.currentIndex() == ImportDialog.CHOOSE

    keyboard.type(protected_office.passphrase)
    keyboard.nav(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: importing.pages.currentIndex() == ImportDialog.RESULT, timeout=SCRYPT)
    assert not asked.isVisible() and not services.office_keys.locked()
    page = importing.result_page
    assert bundle in page.trust_buttons  # decrypted and verified: an unknown laptop
    page.trust_buttons[bundle].click()
    qtbot.waitUntil(lambda: importing.report.files[0].status == "imported", timeout=15000)
    assert [p.cin for p in services.office.people()] == ["JA123456"]
    assert Path(f"{bundle}.receipt.json").exists()  # signed with the unlocked key
    importing.close()
