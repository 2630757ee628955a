"""Enrol a laptop: show the profile's office name and fingerprint to compare by eye, then
install it off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.bundles.enrolment import EnrolResult
from fieldapp.sync import Profile
from fieldapp.ui.office.fingerprint import FingerprintLabel
from fieldapp.ui.office.jobs import run_job
from fieldapp.ui.office.texts import refusal_message
from fieldapp.ui.worker import Job


class EnrolDialog(QDialog):
    """Shows a verified profile; "Install" enrols the laptop with it.

    Signals:
        enrolled(object): the `EnrolResult` once the profile is installed.
    """

    enrolled = Signal(object)

    def __init__(
        self,
        services: AppServices,
        profile: Profile,
        path: Path,
        *,
        language: str,
        current_fingerprint: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._path = path
        self._language = language
        self.result_value: EnrolResult | None = None
        self.job: Job | None = None
        self.close_button: QPushButton | None = None
        self.setWindowTitle(self.tr("Enrol with the office"))
        intro = QLabel(self.tr("This profile comes from:"))
        self.office_name = QLabel(profile.office_name)
        name_font = QFont(self.office_name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.3)
        name_font.setBold(True)
        self.office_name.setFont(name_font)
        self.office_name.setWordWrap(True)
        self.fingerprint = FingerprintLabel(profile.fingerprint)
        compare = QLabel(
            self.tr(
                "Compare every group with the fingerprint the office reads out to you (or shows "
                "on its screen). Install only if they are all the same."
            )
        )
        compare.setWordWrap(True)
        self.replace = QCheckBox(
            self.tr("Replace the office this laptop is enrolled with (deliver its bundles first)")
        )
        other = current_fingerprint is not None and current_fingerprint != profile.fingerprint
        self.replace.setVisible(other)
        self.warning = QLabel(
            self.tr("This laptop is enrolled with another office (%1).").replace(
                "%1", current_fingerprint or ""
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setVisible(other)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.install_button = QPushButton(self.tr("&Install this profile"))
        self.buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Default once it is in the dialog: a button without a dialog parent cannot be one.
        self.install_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.install_button.clicked.connect(self.install)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.office_name, self.fingerprint, compare, self.warning):
            layout.addWidget(widget)
        layout.addWidget(self.replace)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def install(self) -> Job:
        """Install the profile off the GUI thread."""
        self.install_button.setEnabled(False)
        self.status.setText(self.tr("Installing…"))
        path, replace = self._path, self.replace.isChecked()
        self.job = run_job(
            lambda _progress: self._services.enrolment.enrol(path=path, replace=replace),
            done=self._done,
            failed=self._failed,
        )
        return self.job

    def _done(self, result: EnrolResult) -> None:
        self.result_value = result
        self.status.setText(
            self.tr("Enrolled with %1. Forms installed: %2. Known people: %3.")
            .replace("%1", result.office_name)
            .replace("%2", ", ".join(result.forms) or "—")
            .replace("%3", str(result.known_people))
        )
        self.enrolled.emit(result)
        self.buttons.clear()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.accept)
        # The Install button had the focus and is gone: Enter closes the dialog now.
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.install_button.setEnabled(True)
        self.install_button.setFocus()  # disabling it had moved the focus to Cancel
        self.status.setText(refusal_message(error, self._language))
