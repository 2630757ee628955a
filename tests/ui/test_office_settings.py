"""Office mode from the settings dialog: identity, deployment profile, the office view, and
bundle files dropped on the import dialog."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from fieldapp.services.app import AppServices
from fieldapp.ui.office.import_dialog import ImportDialog, dropped_files


def _plain(text: str) -> str:
    """Shown text without the bidi marks that keep file names in order."""
    return re.sub("[\u200e\u2066-\u2069]", "", text)


def test_office_mode_identity_and_profile(
    qtbot, make_window, services: AppServices, tmp_path: Path
) -> None:
    window = make_window("fr")
    assert window.stack.currentWidget() is window.sessions_view
    assert not window.commands["import_bundles"].isEnabled()
    assert "Ctrl+," in window.commands["settings"].shortcut().toString()
    window.commands["settings"].trigger()
    settings = window.sync.settings_dialog
    assert settings is not None
    settings.office_radio.setChecked(True)
    assert settings.office_box.isVisibleTo(settings) and not settings.laptop_box.isVisibleTo(
        settings
    )
    assert settings.create_button.isVisibleTo(settings)
    assert not settings.profile_button.isEnabled()
    settings.create_button.click()
    fingerprint = services.office.info().fingerprint
    assert settings.identity_fingerprint.fingerprint == fingerprint
    assert not settings.create_button.isVisibleTo(settings)

    profile = settings.open_profile_dialog()
    profile.office_name.setText("Chambre de Guelmim")
    profile.path.setText(str(tmp_path / "profile.json"))
    profile.include_registry.setChecked(False)
    profile.write()
    qtbot.waitUntil(lambda: (tmp_path / "profile.json").exists(), timeout=10000)
    qtbot.waitUntil(lambda: fingerprint in profile.status.text(), timeout=10000)
    read = services.enrolment.read(path=tmp_path / "profile.json")
    assert read.office_name == "Chambre de Guelmim" and read.fingerprint == fingerprint
    profile.close()

    settings.accept()
    assert services.store.settings.get("app_mode") == "office"
    assert window.stack.currentWidget() is window.sync.office_view
    assert window.commands["import_bundles"].isEnabled()
    assert not window.commands["export_bundle"].isEnabled()
    assert not window.commands["new_session"].isEnabled()
    assert window.commands["show_office"].isChecked()
    assert window.sync.office_view.title.text() == (
        "Registre des personnes (tous les ordinateurs, toutes les séances)"
    )
    window.commands["show_sessions"].trigger()
    assert window.stack.currentWidget() is window.sessions_view
    assert window.commands["new_session"].isEnabled()


def test_dropped_files_are_listed_and_refusals_shown(
    qtbot, make_window, services: AppServices, tmp_path: Path
) -> None:
    services.office.init_identity()
    services.store.settings.set("app_mode", "office")
    window = make_window("fr")
    assert window.stack.currentWidget() is window.sync.office_view
    junk = tmp_path / "pas-un-paquet.fieldbundle"
    junk.write_bytes(b"not a bundle")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(junk))])
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert dropped_files(drop) == [junk]  # what dragEnterEvent accepts
    # (offscreen Qt only delivers a drop during a real drag: call the handler itself)
    window.sync.office_view.dropEvent(drop)
    dialog = window.sync.office.import_dialog
    assert isinstance(dialog, ImportDialog)
    assert dialog.paths() == [junk]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == ImportDialog.RESULT, timeout=10000)
    page = dialog.result_page
    assert page.model.index(0, page.RESULT).data() == "Refusé"
    assert "pas-un-paquet.fieldbundle" in _plain(page.details.toPlainText())
    assert len(page.details.toPlainText()) > 40  # the service's reason, as given
    assert not page.trust_buttons
    assert "1 fichiers refusés" in page.totals.text()
    dialog.close()
