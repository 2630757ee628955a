"""Laptop and office through the GUI: enrol, register, export a bundle, import it at the
office (refused as an unknown laptop, then trusted), registry, filter, follow-up, CSV export,
and the receipt back on the laptop."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from fieldapp.app import build_window
from fieldapp.services.app import AppServices, open_services
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.office.export_dialog import ExportDialog
from fieldapp.ui.office.import_dialog import ImportDialog
from fieldapp.ui.office.people_model import PeopleTableModel
from tests.ui.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def office(tmp_path: Path) -> Iterator[AppServices]:
    """An office data directory (another tmp dir), in office mode, with its keys."""
    services = open_services(data_dir=tmp_path / "office", agent="clerk")
    services.office.init_identity()
    services.preferences.set_mode(mode="office")
    yield services
    services.close()


@pytest.fixture
def office_window(qtbot, office: AppServices, make_window) -> Iterator[MainWindow]:
    """The office's main window (built after the laptop's so both share one language)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_window(office, app, "fr")
    qtbot.addWidget(window)
    window.show()
    yield window
    window.relay.detach()


def _plain(text: str) -> str:
    """Shown text without the bidi marks that keep file names in order."""
    return re.sub("[\u200e\u2066-\u2069]", "", text)


def _register_walk_in(qtbot, window: MainWindow, name: str, cin: str) -> None:
    registration = window.session_screen.registration
    form = window.session_screen.desk.attendee_form
    window.commands["walk_in"].trigger()
    type_text(form.inputs["name_ar"], name)
    QTest.keyClicks(form.inputs["cin"], cin)
    QTest.keyClicks(form.inputs["phone"], "0612345678")
    QTest.keyClick(form.consent, Qt.Key.Key_Space)
    window.commands["save"].trigger()
    shown = {k: e.text() for k, e in form.errors.items() if e.isVisible()}
    assert shown == {}
    assert registration.current is not None and registration.current.name_ar == name


def test_export_before_enrolment_is_explained(qtbot, window, services: AppServices) -> None:
    services.sessions.create_session(place="طانطان", date=dt.date(2025, 8, 2))
    window.commands["export_bundle"].trigger()
    dialog = window.sync.laptop.export_dialog
    assert isinstance(dialog, ExportDialog)
    assert not dialog.export_button.isEnabled()
    assert "Ctrl+," in dialog.enrolment_hint.text()
    job = dialog.export()
    assert job is not None
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert dialog.pages.currentIndex() == ExportDialog.CHOOSE
    assert "enroll" in dialog.error.text()  # the service's own message, framed in Arabic
    assert "Traceback" not in dialog.error.text()
    dialog.close()


def test_laptop_to_office_and_back(
    qtbot,
    monkeypatch,
    window,
    office_window,
    services: AppServices,
    office: AppServices,
    tmp_path: Path,
) -> None:
    # The office writes its profile; the laptop enrols from it after comparing fingerprints.
    profile = tmp_path / "stick" / "profile.json"
    profile.parent.mkdir()
    office.office.write_profile(path=profile, office_name="غرفة كلميم")
    window.commands["settings"].trigger()
    settings = window.sync.settings_dialog
    assert settings is not None and settings.laptop_box.isVisible()
    assert (
        settings.device_fingerprint.fingerprint
        == services.bundle_export.status().device_fingerprint
    )
    enrol = settings.open_profile(profile)
    assert enrol is not None
    assert enrol.office_name.text() == "غرفة كلميم"
    assert enrol.fingerprint.fingerprint == office.office.info().fingerprint
    assert enrol.fingerprint.text().count("\n") == 1  # two lines of four groups
    enrol.install_button.click()
    qtbot.waitUntil(lambda: enrol.result_value is not None, timeout=10000)
    assert services.bundle_export.status().office_fingerprint == office.office.info().fingerprint
    assert "غرفة كلميم" in settings.enrolled_label.text()
    enrol.close()
    settings.accept()

    # Register two walk-ins at the desk, then export everything not yet delivered.
    session = services.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
    window.sessions_view.refresh()
    assert window.open_session(session.id, agent="عائشة")
    _register_walk_in(qtbot, window, "مريم آيت باها", "JB123456")
    _register_walk_in(qtbot, window, "يوسف", "")
    window.commands["export_bundle"].trigger()
    export = window.sync.laptop.export_dialog
    assert isinstance(export, ExportDialog)
    assert export.session_radio.isChecked()  # the open session is preselected
    export.pending_radio.setChecked(True)
    export.target.setText(str(profile.parent))
    chooser_opened: list[bool] = []
    export.folder_button.clicked.connect(lambda: chooser_opened.append(True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    # Enter on the focused folder button exports; it does not open the folder chooser.
    export.folder_button.setFocus()
    assert export.export_button.isDefault() and not export.folder_button.isDefault()
    QTest.keyClick(export.folder_button, Qt.Key.Key_Return)
    assert chooser_opened == []
    qtbot.waitUntil(lambda: export.result_value is not None, timeout=15000)
    bundle = export.result_value.path
    assert bundle.parent == profile.parent and bundle.exists()
    assert export.pages.currentIndex() == ExportDialog.DONE
    assert bundle.name in _plain(export.summary.text())
    assert export.result_value.counts["attendees"] == 2
    export.close()

    # The office window opens on the registry; importing is first refused (unknown laptop).
    assert office_window.stack.currentWidget() is office_window.sync.office_view
    office_window.commands["import_bundles"].trigger()
    dialog = office_window.sync.office.import_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.add_files([bundle])
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == ImportDialog.RESULT, timeout=15000)
    page = dialog.result_page
    assert page.model.rowCount() == 1
    assert page.model.index(0, page.RESULT).data() == "Refusé"
    assert bundle in page.trust_buttons
    laptop_fingerprint = services.bundle_export.status().device_fingerprint
    details = page.details.toPlainText()
    assert f"\u2066{laptop_fingerprint}\u2069" in details
    # The window points at its own button, not at the command line's flag; the laptop id is
    # a left-to-right isolate inside the sentence.
    assert "--trust-device" not in details
    assert "Faire confiance à cet ordinateur et réimporter" in details
    assert f"\u2066{services.store.device.device_id}\u2069" in details
    assert office.office.people() == []

    # Trusted from the result page: the same bundle is imported again.
    page.trust_buttons[bundle].click()
    qtbot.waitUntil(
        lambda: (
            dialog.pages.currentIndex() == ImportDialog.RESULT
            and dialog.report.files[0].status == "imported"
        ),
        timeout=15000,
    )
    assert page.model.index(0, page.RESULT).data() == "Importé"
    assert int(page.model.index(0, page.NEW).data()) > 0
    assert not page.trust_buttons
    assert [d.fingerprint for d in office.bundle_import.trust.devices()] == [laptop_fingerprint]
    dialog.close()

    # The registry shows both people; a filter keeps the one without a CIN.
    view = office_window.sync.office_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    names = {view.model.person(r).name_ar for r in range(view.model.rowCount())}
    assert names == {"مريم آيت باها", "يوسف"}
    view.set_filter("without_cin")
    assert view.model.rowCount() == 1
    assert view.model.index(0, PeopleTableModel.NAME_AR).data() == "يوسف"
    view.set_filter(None)

    # Follow-up of the selected person.
    key = office.office.resolve_person("JB123456")  # the person id
    view.select(key)
    panel = view.follow_up
    # Nobody followed this person up yet: "not set", as the list says, and nothing to save
    # until a status is chosen (a note alone never sets "to contact" behind the clerk's back).
    assert panel.status.currentText() == "Non défini" and not panel.save_button.isEnabled()
    panel.status.setCurrentIndex(panel.status.findData("contacted"))
    assert panel.save_button.isEnabled()
    panel.note.setPlainText("rappel en septembre")
    panel.save_button.click()
    [person] = [p for p in office.office.people() if p.cin == "JB123456"]
    assert (person.follow_up, person.follow_up_note) == ("contacted", "rappel en septembre")
    row = view.model.row_of(key)
    assert view.model.index(row, PeopleTableModel.FOLLOW_UP).data() == "Contacté"

    # CSV export of the filtered list, off the GUI thread.
    view.set_filter("follow_up_open")
    out = tmp_path / "suivi.csv"
    office_window.sync.office.export(out)
    qtbot.waitUntil(lambda: office_window.sync.office.last_export is not None, timeout=10000)
    text = out.read_text(encoding="utf-8-sig")
    assert "مريم آيت باها" in text
    assert len(list(csv.reader(text.splitlines()))) >= 2
    # In the window's language: French headings and words, as the list shows them.
    exported = {row["CIN"]: row for row in csv.DictReader(text.splitlines())}
    assert exported["JB123456"]["Suivi"] == "Contacté"
    assert exported["JB123456"]["Note de suivi"] == "rappel en septembre"

    # Back on the laptop: the receipt marks everything delivered.
    receipt = Path(f"{bundle}.receipt.json")
    assert receipt.exists()
    assert services.bundle_export.status().pending_total > 0
    pending = window.sync.laptop.show_pending()
    assert pending.kinds.rowCount() > 0
    window.sync.laptop.import_receipt(receipt)
    qtbot.waitUntil(lambda: window.sync.laptop.last_receipt is not None, timeout=10000)
    assert services.bundle_export.status().pending_total == 0
    assert window.sync.laptop.last_receipt.delivered > 0
    assert pending.sessions.rowCount() == 0
    assert pending.headline.text() == "Tout a été livré à la chambre."
    pending.close()
