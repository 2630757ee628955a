"""Erasing a person's personal data from the office registry view (law 09-08): a real
confirmation dialog, driven with key events, naming the person and what is kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldapp.app import build_window
from fieldapp.domain.models import AttendeeInput
from fieldapp.services.app import AppServices, open_services
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.office.erase_dialog import EraseDialog
from fieldapp.ui.office.mode import MODE_SETTING


@pytest.fixture
def office(tmp_path: Path) -> Iterator[AppServices]:
    services = open_services(data_dir=tmp_path / "office", agent="clerk")
    services.office.init_identity()
    services.store.settings.set(MODE_SETTING, "office")
    session = services.sessions.create_session(place="Guelmim", date=dt.date(2025, 8, 1))
    for name, cin in (("فاطمة بنعلي", "JA123456"), ("يوسف", "JB654321")):
        services.attendees.register(
            session_id=session.id, data=AttendeeInput(name_ar=name, cin=cin, phone="0612345678")
        )
    yield services
    services.close()


@pytest.fixture
def office_window(qtbot, office: AppServices) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_window(office, app, "fr")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.relay.detach()
    window.languages.apply("en")
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _answer_dialog(qtbot, view, key: int, seen: list[str]) -> None:
    """When the confirmation opens, note its texts and press `key` on the focused button."""

    def act() -> None:
        box = view.erase_dialog
        if not isinstance(box, EraseDialog) or not box.isVisible():
            QTimer.singleShot(50, act)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        if key == Qt.Key.Key_Escape:
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            box.erase_button.setFocus()
            QTest.keyClick(box.erase_button, Qt.Key.Key_Space)

    QTimer.singleShot(0, act)


def test_erasing_a_person_from_the_registry_view(
    qtbot, office_window: MainWindow, office: AppServices
) -> None:
    view = office_window.sync.office_view
    assert office_window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    view.select(None)
    assert not view.erase_button.isEnabled()
    view.select(office.office.resolve_person("JA123456"))  # the person id
    assert view.erase_button.isEnabled()
    assert view.erase_button.text() == "Effacer les données personnelles de cette personne…"

    # Cancel (Escape): nothing is erased.
    seen: list[str] = []
    _answer_dialog(qtbot, view, Qt.Key.Key_Escape, seen)
    view.erase_button.click()
    assert "فاطمة بنعلي" in seen[0] and "JA123456" in seen[0]
    assert "Conservés" in seen[0]
    assert {p.cin for p in office.office.people()} == {"JA123456", "JB654321"}

    # Erase: the registry no longer knows her, the other person stays.
    _answer_dialog(qtbot, view, Qt.Key.Key_Space, seen)
    view.erase_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert [p.cin for p in office.office.people()] == ["JB654321"]
    assert view.model.person(0).name_ar == "يوسف"
    assert "effacées" in view.status.text() and "1" in view.status.text()
    stored = office.store.db.execute(
        "SELECT name_ar, cin, phone FROM attendees WHERE deleted = 1"
    ).fetchall()
    assert [tuple(row) for row in stored] == [("", "", "")]
