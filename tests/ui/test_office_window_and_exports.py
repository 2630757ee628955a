"""What QA found around the exports and the office window: the export dialogs start in the
folder of the last export, the office window is titled after the registry, and its status line
names the database the registry is in (never a password)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from fieldapp.services.app import AppServices
from fieldapp.services.office.database_check import registry_location
from fieldapp.ui.main_window import MainWindow


def _next_chooser_folder() -> list[str]:
    """The folder the next file chooser opens in (it is then cancelled)."""
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QFileDialog) and modal.isVisible():
            timer.stop()
            seen.append(modal.directory().absolutePath())
            modal.reject()

    timer.timeout.connect(check)
    timer.start()
    _TIMERS.append(timer)  # alive until it has answered
    return seen


_TIMERS: list[QTimer] = []


def test_the_sheet_and_summary_exports_start_where_the_last_one_went(
    qtbot, make_window, services: AppServices, tmp_path: Path
) -> None:
    session = services.sessions.create_session(place="كلميم", date=dt.date(2026, 12, 2))
    window: MainWindow = make_window("fr")
    assert window.open_session(session.id, agent="Aicha")
    stick = tmp_path / "usb"
    stick.mkdir()
    files = window.files
    job = files.export_sheet(session.id, stick / "presence.pdf")
    qtbot.waitUntil(lambda: (stick / "presence.pdf").exists(), timeout=10000)
    assert job is not None
    qtbot.waitUntil(lambda: "presence.pdf" in window.statusBar().currentMessage(), timeout=5000)

    for choose in (files.choose_and_export_sheet, files.choose_and_export_summary):
        opened_in = _next_chooser_folder()
        choose()
        assert opened_in == [str(stick)]


def test_the_office_window_names_the_registry_and_its_database(
    qtbot, make_window, services: AppServices, tmp_path: Path
) -> None:
    services.office.init_identity()
    services.preferences.set_mode(mode="office")
    window: MainWindow = make_window("fr")
    assert window.sync.showing_office()
    assert window.windowTitle() == "fieldapp — registre de la chambre"
    database = services.data_dir / "fieldapp.sqlite3"
    assert database.exists()
    assert window.statusBar().currentMessage() == (
        f"Registre de la chambre : fichier SQLite \u2066{database}\u2069"
    )

    lists = tmp_path / "listes"
    lists.mkdir()
    window.sync.office.export(lists / "registre.csv")
    qtbot.waitUntil(lambda: window.sync.office.last_export is not None, timeout=10000)
    opened_in = _next_chooser_folder()
    window.sync.office.choose_and_export()
    assert opened_in == [str(lists)]

    window.commands["show_sessions"].trigger()
    assert window.windowTitle() == "fieldapp — journées de sensibilisation"
    assert window.statusBar().currentMessage().startswith("Dossier des données : ")
    window.commands["show_office"].trigger()
    window.set_language("ar")
    assert window.windowTitle() == "fieldapp — سجل الغرفة"
    assert window.statusBar().currentMessage().startswith("سجل الغرفة: ملف SQLite \u2066")


def test_a_postgresql_registry_is_named_by_server_and_database_without_its_password(
    tmp_path: Path,
) -> None:
    where = registry_location(tmp_path, "postgresql://clerk:s3cret@db.chambre.ma:5433/registre")
    assert (where.engine, where.where) == ("postgresql", "db.chambre.ma:5433/registre")
    local = registry_location(tmp_path, "postgresql:///registre")
    assert (local.engine, local.where) == ("postgresql", "localhost/registre")
    embedded = registry_location(tmp_path, None)
    assert (embedded.engine, embedded.where) == ("sqlite", str(tmp_path / "fieldapp.sqlite3"))
