"""The office database in the settings (offscreen): a connection test on a real PostgreSQL
database says which server and how many people, a bad or unreachable URL is told with the
setting to correct, a URL with a password is not saved, the choice is saved for the next
start, and FIELDAPP_OFFICE_DATABASE is shown but not editable. (Typing a URL into the real
window: tests/window/test_office_database.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from fieldapp.services.app import AppServices
from fieldapp.services.office.database_setting import ENV_VAR, stored_database_url, url_file
from fieldapp.store.office.postgres import PostgresOffice
from fieldapp.ui.dialogs.settings_dialog import SettingsDialog
from fieldapp.ui.office.database_box import DatabaseBox
from fieldapp.ui.office.passphrase_dialog import PROTECT
from tests.unit.services.office.office_kit import make_laptop, make_office, new_session, person


@pytest.fixture
def office(services: AppServices, monkeypatch: pytest.MonkeyPatch) -> AppServices:
    """An office (keys, office mode) on its own file, with no database variable set."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    services.office.init_identity()
    services.preferences.set_mode(mode="office")
    return services


@pytest.fixture
def settings(qtbot, office: AppServices) -> Iterator[SettingsDialog]:
    dialog = SettingsDialog(office, language="fr")
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog


def _registry_of_two(root: Path, url: str) -> None:
    """An office on the PostgreSQL database `url` holding two people from one laptop."""
    other = make_office(root, url)
    laptop = make_laptop(root, "laptop", other)
    session = new_session(laptop)
    laptop.attendees.register(session_id=session, data=person("فاطمة بنعلي", "JA123456"))
    laptop.attendees.register(session_id=session, data=person("خديجة العلوي", "JB654321"))
    bundle = laptop.bundle_export.export_bundle(target=root).path
    assert other.bundle_import.import_bundles(paths=[bundle], trust_new_devices=True).ok
    laptop.close()
    other.close()


def _choose_postgres(box: DatabaseBox, url: str) -> None:
    box.postgres_radio.click()
    box.url.clear()
    QTest.keyClicks(box.url, url)


def test_the_connection_test_tells_the_server_and_its_people_then_saves(
    qtbot, settings: SettingsDialog, office: AppServices, postgres_url: str, tmp_path: Path
) -> None:
    _registry_of_two(tmp_path / "other", postgres_url)
    box = settings.database_box
    assert box.isVisibleTo(settings)
    assert box.embedded_radio.isChecked() and not box.url.isEnabled()
    assert not box.test_button.isEnabled()
    _choose_postgres(box, postgres_url)
    assert box.url.isEnabled() and box.test_button.isEnabled()
    job = box.test_connection()
    assert job is not None and not box.test_button.isEnabled()  # one test at a time
    qtbot.waitUntil(lambda: box.job is None, timeout=20000)
    assert box.status.text().startswith("Connected: PostgreSQL ")
    assert box.status.text().endswith(", 2 people in the registry.")
    assert stored_database_url(office.data_dir) is None  # a test saves nothing
    box.save_button.click()
    assert stored_database_url(office.data_dir) == postgres_url
    assert "start it again" in box.status.text()
    assert office.office_database.dialect == "sqlite"  # the office open now keeps its file


def test_a_fresh_database_is_tried_without_being_changed(
    qtbot, settings: SettingsDialog, postgres_url: str
) -> None:
    box = settings.database_box
    _choose_postgres(box, postgres_url)
    box.test_button.click()
    qtbot.waitUntil(lambda: box.job is None, timeout=20000)
    assert "holds no office registry yet" in box.status.text()
    probe = PostgresOffice(postgres_url, device_id="test")
    try:
        assert probe.tables() == []
    finally:
        probe.close()


def test_a_bad_url_is_refused_naming_the_setting_in_the_clerks_language(
    qtbot, settings: SettingsDialog, office: AppServices
) -> None:
    box = settings.database_box
    _choose_postgres(box, "mysql://clerk@server/office")
    box.test_button.click()
    qtbot.waitUntil(lambda: box.job is None, timeout=10000)
    assert "n'est pas l'adresse d'une base PostgreSQL" in box.status.text()
    assert "Réglages du bureau" in box.status.text()
    assert "color: #a00" in box.status.styleSheet()
    assert not box.save()
    assert not url_file(office.data_dir).exists()


def test_an_unreachable_server_is_told(qtbot, settings: SettingsDialog) -> None:
    box = settings.database_box
    # port 1 on this machine: nothing listens there, the connection is refused at once
    _choose_postgres(box, "postgresql://clerk@127.0.0.1:1/office")
    box.test_button.click()
    qtbot.waitUntil(lambda: box.job is None, timeout=20000)
    assert box.status.text().startswith(
        "Impossible d'ouvrir la base de données du bureau postgresql://clerk@127.0.0.1:1/office"
    )
    assert box.test_button.isEnabled() and box.postgres_radio.isChecked()


def test_a_url_with_a_password_is_neither_tried_nor_saved(
    qtbot, settings: SettingsDialog, office: AppServices
) -> None:
    box = settings.database_box
    _choose_postgres(box, "postgresql://clerk:s3cret@server/office")
    box.test_button.click()
    qtbot.waitUntil(lambda: box.job is None, timeout=10000)
    assert "PGPASSFILE" in box.status.text() and "s3cret" not in box.status.text()
    settings.accept()  # OK saves the choice: refused, the dialog stays open
    assert settings.isVisible() and "PGPASSFILE" in box.status.text()
    assert not url_file(office.data_dir).exists()


def test_ok_saves_the_choice_and_back_to_the_file_forgets_it(
    qtbot, settings: SettingsDialog, office: AppServices, postgres_url: str
) -> None:
    box = settings.database_box
    _choose_postgres(box, postgres_url)
    with qtbot.waitSignal(settings.database_saved) as said:
        settings.accept()
    assert "start it again" in said.args[0]
    assert stored_database_url(office.data_dir) == postgres_url
    again = SettingsDialog(office, language="fr")
    qtbot.addWidget(again)
    assert again.database_box.postgres_radio.isChecked()
    assert again.database_box.url.text() == postgres_url
    again.database_box.embedded_radio.click()
    assert again.database_box.save()
    assert stored_database_url(office.data_dir) is None


def test_the_variable_overrides_and_is_shown_read_only(
    qtbot, office: AppServices, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, postgres_url)
    dialog = SettingsDialog(office, language="fr")
    qtbot.addWidget(dialog)
    box = dialog.database_box
    assert box.postgres_radio.isChecked() and box.url.text() == postgres_url
    assert box.url.isReadOnly() and not box.embedded_radio.isEnabled()
    assert not box.save_button.isEnabled()
    assert ENV_VAR in box.status.text()
    box.test_button.click()  # the variable's database can still be tried
    qtbot.waitUntil(lambda: box.job is None, timeout=20000)
    assert box.status.text().startswith("Connected: PostgreSQL ")
    dialog.accept()
    assert not url_file(office.data_dir).exists()


def test_without_office_keys_the_setting_waits_for_them(
    qtbot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    dialog = SettingsDialog(services, language="fr")
    qtbot.addWidget(dialog)
    dialog.office_radio.setChecked(True)
    box = dialog.database_box
    assert box.isVisibleTo(dialog) and not box.save_button.isEnabled()
    dialog.create_button.click()
    assert box.save_button.isEnabled()
    offer = dialog.passphrase_dialog  # new keys: protecting them is offered at once
    assert offer is not None and offer.mode == PROTECT and offer.isVisible()
    offer.reject()
