"""A damaged database at start-up: the window's message offers the latest backup (with its
date) beside quitting, and restoring it opens the data folder in the known state."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldapp.domain.models import AttendeeInput
from fieldapp.services.app import open_services
from fieldapp.store.backup import list_backups
from fieldapp.ui.dialogs.damaged_start import DamagedStartDialog, open_or_restore


def _laptop_with_person(folder: Path) -> str:
    services = open_services(data_dir=folder, agent="t")
    try:
        session = services.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
        data = AttendeeInput(name_ar="فاطمة", cin="JA123456", consent=True)
        return services.attendees.register(session_id=session.id, data=data).id
    finally:
        services.close()  # a clean exit writes a backup


def _damage(database: Path) -> bytes:
    size = database.stat().st_size
    with database.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(8192))
    return database.read_bytes()


def _answer(key: Qt.Key, seen: list[DamagedStartDialog]) -> None:
    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, DamagedStartDialog):
            QTimer.singleShot(50, act)
            return
        seen.append(box)
        if key == Qt.Key.Key_Escape:
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            assert box.restore_button is not None
            box.restore_button.setFocus()
            QTest.keyClick(box.restore_button, key)

    QTimer.singleShot(0, act)


def test_quitting_leaves_the_damaged_file_alone(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    _laptop_with_person(folder)
    damaged = _damage(folder / "fieldapp.sqlite3")
    seen: list[DamagedStartDialog] = []
    _answer(Qt.Key.Key_Escape, seen)
    assert open_or_restore(qapp, folder, "fr") is None
    (box,) = seen
    assert "endommagée" in box.text() and str(folder / "fieldapp.sqlite3") in box.text()
    assert box.restore_button is not None
    assert box.restore_button.text().startswith("&Restaurer la dernière sauvegarde (")
    assert box.defaultButton() is box.quit_button
    assert (folder / "fieldapp.sqlite3").read_bytes() == damaged


def test_restoring_the_latest_backup_opens_the_known_state(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    person = _laptop_with_person(folder)
    latest = list_backups(folder)[-1]
    _damage(folder / "fieldapp.sqlite3")
    seen: list[DamagedStartDialog] = []
    _answer(Qt.Key.Key_Space, seen)
    services = open_or_restore(qapp, folder, "ar")
    assert services is not None
    try:
        assert services.store.attendees.get(person).name_ar == "فاطمة"
    finally:
        services.close()
    (box,) = seen
    assert "تالفة" in box.text()
    assert (
        box.restore_button is not None and "استرجاع آخر نسخة احتياطية" in box.restore_button.text()
    )
    stamp = latest.name.split("-")[1][:8]  # the backup's date, as the button shows it
    assert stamp[:4] in box.restore_button.text()
    assert list(folder.glob("fieldapp.sqlite3.replaced-*"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_no_backup_means_no_restore_button(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    _laptop_with_person(folder)
    for backup in list_backups(folder):
        backup.unlink()
    _damage(folder / "fieldapp.sqlite3")
    dialogs: list[DamagedStartDialog] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, DamagedStartDialog):
            QTimer.singleShot(50, act)
            return
        dialogs.append(box)
        QTest.keyClick(box, Qt.Key.Key_Return)  # the default button: Quit

    QTimer.singleShot(0, act)
    assert open_or_restore(qapp, folder, "en") is None
    assert dialogs[0].restore_button is None
