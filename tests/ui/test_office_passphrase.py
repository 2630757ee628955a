"""The office keys' passphrase in the GUI (offscreen): protection offered at start-up and
declined for now, a new passphrase checked before any work, protecting from the dialog,
locked keys asked for before an import or a profile. (Typing a wrong then the right
passphrase into the real window is in tests/window/test_office_passphrase.py.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fieldapp.services.app import AppServices
from fieldapp.ui.dialogs.settings_dialog import SettingsDialog
from fieldapp.ui.office.import_dialog import ImportDialog
from fieldapp.ui.office.passphrase_dialog import CHANGE, PROTECT, UNLOCK, PassphraseDialog
from fieldapp.ui.office.profile_dialog import ProfileDialog
from tests.office_keys_kit import ProtectedOffice
from tests.ui.helpers import type_text


def test_unprotected_keys_are_offered_protection_at_start_and_it_can_wait(
    qtbot, services: AppServices, make_window
) -> None:
    services.office.init_identity()
    services.preferences.set_mode(mode="office")
    window = make_window("fr")
    offer = window.sync.check_office_keys()
    assert isinstance(offer, PassphraseDialog) and offer.mode == PROTECT
    assert offer.isVisible() and "peut lire tous les paquets" in offer.explanation.text()
    QTest.keyClicks(offer.new, "court")
    offer.ok_button.click()
    assert "trop courte" in offer.message.text() and offer.job is None
    QTest.keyClicks(offer.new, " mais assez long")
    QTest.keyClicks(offer.repeat, "court mais assez lont")
    offer.ok_button.click()
    assert "diffèrent" in offer.message.text() and offer.job is None
    offer.later_button.click()  # "Not now"
    assert not offer.isVisible()
    assert not services.office_keys.protected()
    assert (services.data_dir / "office" / "office-age.key").exists()


def test_a_laptop_and_an_unlocked_office_are_asked_nothing(
    qtbot, services: AppServices, make_window
) -> None:
    window = make_window("fr")
    assert window.sync.check_office_keys() is None  # a field laptop


def test_protecting_the_keys_from_the_settings(qtbot, services: AppServices, make_window) -> None:
    services.office.init_identity()
    services.preferences.set_mode(mode="office")
    window = make_window("en")
    settings = window.sync.open_settings()
    assert isinstance(settings, SettingsDialog)
    assert settings.passphrase_button.text() == "&Protect the keys with a passphrase…"
    dialog = settings.open_passphrase_dialog()
    assert dialog.mode == PROTECT
    QTest.keyClicks(dialog.new, "Tan-Tan moussem 2025")
    QTest.keyClicks(dialog.repeat, "Tan-Tan moussem 2025")
    QTest.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.job is not None and not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60000)  # scrypt, off the GUI thread
    keys = services.office_keys
    assert keys.protected() and not keys.locked()  # this session keeps working
    assert not (keys.directory / "office-age.key").exists()
    assert settings.passphrase_button.text() == "C&hange the keys' passphrase…"
    settings.reject()


def test_locked_keys_are_asked_for_at_start_and_before_an_import_or_a_profile(
    qtbot, services: AppServices, make_window, protected_office: ProtectedOffice, tmp_path: Path
) -> None:
    protected_office.install(services.data_dir)
    services.preferences.set_mode(mode="office")
    window = make_window("ar")
    asked = window.sync.check_office_keys()
    assert isinstance(asked, PassphraseDialog) and asked.mode == UNLOCK
    assert asked.current.echoMode() == asked.current.EchoMode.Password
    asked.later_button.click()
    assert services.office_keys.locked()

    bundle = protected_office.bundle_copy(tmp_path)
    importing = window.sync.office.import_bundles([bundle])
    assert isinstance(importing, ImportDialog)
    assert importing.start() is None  # nothing runs before the passphrase
    again = importing.passphrase_dialog
    assert isinstance(again, PassphraseDialog) and again.isVisible()
    assert importing.pages.currentIndex() == ImportDialog.CHOOSE
    again.later_button.click()
    assert services.office.people() == [] and not Path(f"{bundle}.receipt.json").exists()
    importing.close()

    profile = ProfileDialog(services, language="ar", parent=window)
    qtbot.addWidget(profile)
    profile.path.setText(str(tmp_path / "profile.json"))
    profile.office_name.setText("غرفة كلميم")
    assert profile.write() is None
    assert isinstance(profile.passphrase_dialog, PassphraseDialog)
    assert profile.passphrase_dialog.mode == UNLOCK
    profile.passphrase_dialog.reject()
    assert not (tmp_path / "profile.json").exists()

    settings = window.sync.open_settings()
    assert settings.passphrase_button.text() == "&غيّر عبارة مرور المفاتيح…"
    change = settings.open_passphrase_dialog()
    assert change.mode == CHANGE
    QTest.keyClicks(change.current, protected_office.passphrase)
    type_text(change.new, "كلمة سر جديدة طويلة")
    type_text(change.repeat, "كلمة سر جديدة طويله")
    change.ok_button.click()
    assert change.job is None and "مختلفتان" in change.message.text()
    change.reject()
    settings.reject()
