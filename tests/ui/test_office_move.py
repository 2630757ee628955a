"""Office settings → move the registry to PostgreSQL: the confirmation (Cancel changes
nothing), then the move as a job, its result, and a refusal shown in the clerk's language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from fieldapp.services.app import AppServices
from fieldapp.services.office.database_setting import stored_database_url
from fieldapp.ui.office.move_dialog import MoveConfirmation, MoveDialog

pytestmark = pytest.mark.postgres


def _answer(dialog: MoveDialog, key: int, seen: list[str]) -> None:
    """When the confirmation opens, note its text and press `key` on the chosen button."""

    def act() -> None:
        box = dialog.confirmation
        if not isinstance(box, MoveConfirmation) or not box.isVisible():
            QTimer.singleShot(50, act)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        if key == Qt.Key.Key_Escape:
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            box.move_button.setFocus()
            QTest.keyClick(box.move_button, Qt.Key.Key_Space)

    QTimer.singleShot(0, act)


def test_moving_the_registry_from_the_office_settings(
    qtbot, make_window, services: AppServices, postgres_databases: Callable[[], str]
) -> None:
    window = make_window("fr")
    services.office.init_identity()
    window.commands["settings"].trigger()
    settings = window.sync.settings_dialog
    assert settings is not None
    settings.office_radio.setChecked(True)
    settings.refresh()
    assert settings.move_button.isEnabled()
    dialog = settings.open_move_dialog()
    url = postgres_databases()
    dialog.url.setText(url)

    seen: list[str] = []
    _answer(dialog, Qt.Key.Key_Escape, seen)
    assert dialog.ask() is None
    assert "laissé tel quel" in seen[0] and "vide" in seen[0]
    assert stored_database_url(services.data_dir) is None

    _answer(dialog, Qt.Key.Key_Space, seen)
    with qtbot.waitSignal(dialog.moved, timeout=60000) as moved:
        assert dialog.ask() is not None
    assert moved.args[0].target == url
    assert "redémarrez fieldapp" in dialog.status.text()
    assert stored_database_url(services.data_dir) == url

    # A second move into the same, now filled, database is refused with the reason.
    other = MoveDialog(services, language="fr")
    qtbot.addWidget(other)
    job = other.start(url)
    qtbot.waitUntil(lambda: other.job is None, timeout=60000)
    assert job is not None and "n'est pas vide" in other.status.text()
    assert other.move_button.isEnabled()
