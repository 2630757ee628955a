"""The clerk's decisions in the office window: the Arabic and Latin spellings of one person
are shown as a possible duplicate, a merge needs a reason and then leaves one person; a
dismissed group leaves the review; a person is split from the people list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from fieldapp.app import build_window
from fieldapp.domain.models import AttendeeInput
from fieldapp.services.app import AppServices
from fieldapp.ui.main_window import MainWindow
from tests.unit.services.office.office_kit import make_laptop, make_office, new_session


def _register(laptop: AppServices, session: str, **fields: object) -> str:
    data: dict[str, object] = {"birth_year": 1975, "phone": "+212612000001", "consent": True}
    data.update(fields)
    return laptop.attendees.register(session_id=session, data=AttendeeInput(**data)).id


@pytest.fixture
def office_window(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, AppServices]]:
    office = make_office(tmp_path)
    office.preferences.set_mode(mode="office")
    one, two = make_laptop(tmp_path, "lap1", office), make_laptop(tmp_path, "lap2", office)
    _register(one, new_session(one), name_ar="فاطمة بنعلي", cin="JA100001")
    _register(two, new_session(two, "أسا", 3), name_lat="Fatima Benali", cin="JB200002")
    _register(two, new_session(two, "طاطا", 5), name_ar="خديجة", cin="JB200002", birth_year=1950)
    paths = [
        laptop.bundle_export.export_bundle(target=tmp_path / f"{n}.fieldbundle").path
        for n, laptop in enumerate((one, two))
    ]
    assert office.bundle_import.import_bundles(paths=paths, trust_new_devices=True).ok
    one.close()
    two.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_window(office, app, "fr")
    qtbot.addWidget(window)
    window.show()
    yield window, office
    window.relay.detach()
    window.languages.apply("en")
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    office.close()


def _select_row(table, row: int) -> None:
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(table.model().index(row, 0), flags)


def test_merge_from_the_duplicate_review(qtbot, office_window) -> None:
    window, office = office_window
    view = window.sync.office_view
    view.tabs.setCurrentIndex(view.DUPLICATES)
    assert view.duplicates.rowCount() == 2
    names = {view.duplicates.index(r, 1).data() for r in range(2)} | {
        view.duplicates.index(r, 2).data() for r in range(2)
    }
    assert {"فاطمة بنعلي", "Fatima Benali"} <= names
    bar = view.decisions
    _select_row(view.duplicates_table, 0)
    bar.merge_button.click()  # no reason yet: refused, nothing merged
    assert "motif" in bar.message.text()
    assert len(office.office.people()) == 2
    bar.reason.setText("même personne, CIN mal saisie")
    bar.merge_button.click()
    qtbot.waitUntil(lambda: view.duplicates.rowCount() == 0, timeout=5000)
    assert bar.message.text() == "Fusionné : une seule personne désormais."
    [person] = office.office.people()
    assert person.sessions == 3
    [decision] = office.office.decisions.decisions()
    assert (decision.kind, decision.agent, decision.why) == (
        "merge",
        "clerk",
        "même personne, CIN mal saisie",
    )

    # Split the mother (same CIN card) off again, from the people list.
    view.tabs.setCurrentIndex(view.PEOPLE)
    view.table.clearSelection()
    view.table.selectionModel().clearCurrentIndex()
    assert not view.split_button.isEnabled()  # nobody selected: nothing to split
    view.select(person.person_key)
    assert view.split_button.isEnabled()
    dialog = view.split_button.open_dialog()
    assert dialog is not None and dialog.registrations.count() == 3
    for i in range(dialog.registrations.count()):
        item = dialog.registrations.item(i)
        if "خديجة" in item.text():
            item.setCheckState(Qt.CheckState.Checked)
    dialog.reason.setText("la mère, même carte")
    dialog.split()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert sorted(p.sessions for p in office.office.people()) == [1, 2]


def test_not_a_duplicate_leaves_the_review(qtbot, office_window) -> None:
    window, office = office_window
    view = window.sync.office_view
    view.tabs.setCurrentIndex(view.DUPLICATES)
    _select_row(view.duplicates_table, 1)
    view.decisions.reason.setText("deux cousines, vérifié au téléphone")
    view.decisions.dismiss_button.click()
    qtbot.waitUntil(lambda: view.duplicates.rowCount() == 0, timeout=5000)
    assert office.office.duplicates() == []
    assert len(office.office.people()) == 2


def test_the_registry_lists_people_from_alef_and_tab_leaves_it(qtbot, office_window) -> None:
    window, _office = office_window
    view = window.sync.office_view
    names = [view.table.model().index(r, 0).data() for r in range(view.table.model().rowCount())]
    assert names == sorted(names) and len(names) == 2  # خديجة before فاطمة بنعلي, not reversed
    assert not view.table.tabKeyNavigation()  # Tab reaches the follow-up panel, not the next cell
