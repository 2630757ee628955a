"""The office database setting in the real window (xcb, real key events): the clerk opens the
settings with Ctrl+, chooses PostgreSQL, types a URL nothing answers at (told in full), then
the right one, tests the connection and saves with Enter; the window says the office must be
started again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldapp.services.app import AppServices
from fieldapp.services.office.database_setting import ENV_VAR, stored_database_url
from tests.window.keyboard import Keyboard

ALT = Qt.KeyboardModifier.AltModifier


def test_typing_a_url_testing_it_and_saving_it(
    qtbot,
    make_window,
    services: AppServices,
    keyboard: Keyboard,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    services.office.init_identity()
    services.preferences.set_mode(mode="office")
    window = make_window("fr")

    keyboard.nav(Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.sync.settings_dialog is not None)
    settings = window.sync.settings_dialog
    assert settings is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)
    box = settings.database_box
    assert box.title() == "Base de données du bureau" and box.embedded_radio.isChecked()

    keyboard.nav(Qt.Key.Key_S, ALT)  # "Un serveur Postgre&SQL"
    qtbot.waitUntil(box.postgres_radio.isChecked)
    keyboard.nav(Qt.Key.Key_A, ALT)  # "&Adresse de la base :"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.url)
    keyboard.type("postgresql://clerk@127.0.0.1:1/office")  # a port nothing listens on
    keyboard.nav(Qt.Key.Key_N, ALT)  # "Tester la co&nnexion"
    qtbot.waitUntil(lambda: "Impossible d'ouvrir" in box.status.text(), timeout=20000)
    # the whole message is shown and nothing else squeezed for it: the dialog grew for its
    # lines, within the 768-pixel screen
    fingerprint = settings.identity_fingerprint
    qtbot.waitUntil(lambda: box.status.height() >= box.status.heightForWidth(box.status.width()))
    qtbot.waitUntil(lambda: fingerprint.height() >= fingerprint.sizeHint().height())
    assert settings.frameGeometry().bottom() <= settings.screen().availableGeometry().bottom()

    keyboard.nav(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.url)
    keyboard.nav(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select it all
    keyboard.type(postgres_url)
    assert box.url.text() == postgres_url

    keyboard.nav(Qt.Key.Key_N, ALT)  # "Tester la co&nnexion"
    qtbot.waitUntil(lambda: box.status.text().startswith("Connecté : PostgreSQL "), timeout=20000)
    assert "pas encore de registre du bureau" in box.status.text()
    assert stored_database_url(services.data_dir) is None  # tested, not saved yet

    keyboard.nav(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.url)
    keyboard.nav(Qt.Key.Key_Return)  # the dialog's OK: the choice is saved
    qtbot.waitUntil(lambda: not settings.isVisible())
    assert stored_database_url(services.data_dir) == postgres_url
    told = window.last_message
    assert isinstance(told, QMessageBox)
    assert "relancez-le" in told.text()
    told.close()
