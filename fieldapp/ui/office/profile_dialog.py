"""Office: write a deployment profile for the laptops (name, registry snapshot, file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.office.registry import ProfileResult
from fieldapp.ui.controllers.files import documents_dir
from fieldapp.ui.formatting import file_filters, left_to_right
from fieldapp.ui.office.jobs import run_job
from fieldapp.ui.office.passphrase_dialog import PassphraseDialog, with_unlocked_keys
from fieldapp.ui.office.texts import refusal_message
from fieldapp.ui.worker import Job


class ProfileDialog(QDialog):
    """Asks for the office name, the snapshot choice and the file; writes the profile.

    Signals:
        written(object): the `ProfileResult` once the file is written.
    """

    written = Signal(object)

    def __init__(
        self, services: AppServices, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self.job: Job | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.setWindowTitle(self.tr("Write deployment profile"))
        self.office_name = QLineEdit(services.documents.chamber(language))
        self.include_registry = QCheckBox(self.tr("Include the registry snapshot"))
        self.include_registry.setChecked(True)
        snapshot_hint = QLabel(
            self.tr(
                "The snapshot lets a laptop recognise a returning artisan by CIN. It holds no "
                "names, phone numbers or CIN in clear, only keyed hashes; still, delete the "
                "profile from the stick after enrolment."
            )
        )
        snapshot_hint.setWordWrap(True)
        self.path = QLineEdit(str(documents_dir() / "fieldapp-profile.json"))
        self.path.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)  # Enter writes the profile, even with the focus here
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Office &name:"), self.office_name)
        form.addRow("", self.include_registry)
        form.addRow("", snapshot_hint)
        form.addRow(self.tr("&File:"), path_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.write_button = QPushButton(self.tr("&Write profile"))
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setDefault(True)  # once in the dialog, or it is nobody's default
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def browse(self) -> None:
        """Choose the profile file (a USB stick, usually)."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Deployment profile"),
            self.path.text(),
            file_filters(self.tr("Profile (*.json)")),
        )
        if name:
            self.path.setText(name)
            self.write_button.setFocus()

    def write(self) -> Job | None:
        """Write the profile off the GUI thread."""
        name = self.office_name.text().strip()
        target = self.path.text().strip()
        if not name or not target:
            self.status.setText(self.tr("Give the office name and the file to write."))
            return None
        include = self.include_registry.isChecked()
        if self._services.office_keys.locked():  # the profile is signed: passphrase first
            self.passphrase_dialog = with_unlocked_keys(
                self, self._services, self._language, self.write
            )
            return None
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing…"))
        self.job = run_job(
            lambda _progress: self._services.office.write_profile(
                path=Path(target), office_name=name, include_registry=include
            ),
            done=self._done,
            failed=self._failed,
        )
        return self.job

    def _done(self, result: ProfileResult) -> None:
        self.write_button.setEnabled(True)
        self.status.setText(
            self.tr(
                "Profile written to %1.\nFingerprint: %2\nForms: %3. Known people: %4.\n"
                "On each laptop: Settings → Enrol with the office, and compare the fingerprint."
            )
            .replace("%1", left_to_right(str(result.path)))
            .replace("%2", result.fingerprint)
            .replace("%3", ", ".join(result.forms) or "—")
            .replace("%4", str(result.people))
        )
        self.written.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.write_button.setEnabled(True)
        self.status.setText(refusal_message(error, self._language))
