"""Settings: laptop or office mode; enrolment of a laptop; the office identity, profiles and
database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.bundles.errors import NotAnOffice
from fieldapp.sync import BundleError, OfficeKeyError
from fieldapp.ui.controllers.files import documents_dir
from fieldapp.ui.formatting import file_filters
from fieldapp.ui.office.database_box import DatabaseBox
from fieldapp.ui.office.enrol_dialog import EnrolDialog
from fieldapp.ui.office.fingerprint import FingerprintLabel
from fieldapp.ui.office.mode import LAPTOP, OFFICE, current_mode
from fieldapp.ui.office.move_dialog import MoveDialog
from fieldapp.ui.office.passphrase_dialog import PassphraseDialog
from fieldapp.ui.office.profile_dialog import ProfileDialog
from fieldapp.ui.office.texts import refusal_message


class SettingsDialog(QDialog):
    """The mode of this computer and, per mode, enrolment or the office identity.

    Signals:
        mode_changed(str): `laptop` or `office`, after the dialog is accepted with a new mode.
        database_saved(str): what to tell when OK saved a new office database choice (it
            takes effect at the next start).
        enrolment_changed(): a profile was installed or the office identity created.
    """

    mode_changed = Signal(str)
    database_saved = Signal(str)
    enrolment_changed = Signal()

    def __init__(
        self, services: AppServices, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self.enrol_dialog: EnrolDialog | None = None
        self.profile_dialog: ProfileDialog | None = None
        self.move_dialog: MoveDialog | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.setWindowTitle(self.tr("Settings"))
        mode_box = QGroupBox(self.tr("This computer is"))
        self.laptop_radio = QRadioButton(
            self.tr("A field &laptop: registers attendees, exports bundles")
        )
        self.office_radio = QRadioButton(
            self.tr("The chamber &office: imports bundles, keeps the registry")
        )
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.laptop_radio)
        self.modes.addButton(self.office_radio)
        mode_layout = QVBoxLayout(mode_box)
        mode_layout.addWidget(self.laptop_radio)
        mode_layout.addWidget(self.office_radio)
        # laptop
        self.laptop_box = QGroupBox(self.tr("Enrolment with the chamber office"))
        self.enrolled_label = QLabel()
        self.enrolled_label.setWordWrap(True)
        self.office_fingerprint = FingerprintLabel()
        self.enrol_button = QPushButton(self.tr("&Enrol with the office…"))
        self.enrol_button.clicked.connect(self.choose_profile)
        device_title = QLabel(self.tr("This laptop's key fingerprint (the office checks it):"))
        self.device_fingerprint = FingerprintLabel()
        laptop_layout = QVBoxLayout(self.laptop_box)
        for widget in (
            self.enrolled_label, self.office_fingerprint, self.enrol_button,
            device_title, self.device_fingerprint,
        ):  # fmt: skip
            laptop_layout.addWidget(widget)
        # office
        self.office_box = QGroupBox(self.tr("Office identity"))
        self.identity_label = QLabel()
        self.identity_label.setWordWrap(True)
        self.identity_fingerprint = FingerprintLabel()
        self.create_button = QPushButton(self.tr("&Create the office identity"))
        self.create_button.clicked.connect(self.create_identity)
        self.profile_button = QPushButton(self.tr("&Write deployment profile…"))
        self.profile_button.clicked.connect(self.open_profile_dialog)
        self.move_button = QPushButton(self.tr("&Move the registry to a PostgreSQL server…"))
        self.move_button.clicked.connect(self.open_move_dialog)
        self.passphrase_button = QPushButton()
        self.passphrase_button.clicked.connect(self.open_passphrase_dialog)
        office_layout = QVBoxLayout(self.office_box)
        for widget in (
            self.identity_label, self.identity_fingerprint, self.create_button, self.profile_button,
            self.passphrase_button, self.move_button,
        ):  # fmt: skip
            office_layout.addWidget(widget)
        self.database_box = DatabaseBox(services, language=language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mode_box)
        layout.addWidget(self.laptop_box)
        layout.addWidget(self.office_box)
        layout.addWidget(self.database_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._initial_mode = current_mode(services)
        (self.office_radio if self._initial_mode == OFFICE else self.laptop_radio).setChecked(True)
        self.modes.buttonToggled.connect(lambda *_: self._show_mode())
        self.setMinimumWidth(720)  # the office's settings wrap less: they fit 768 pixels high
        self.refresh()

    def mode(self) -> str:
        """The mode chosen in the dialog."""
        return OFFICE if self.office_radio.isChecked() else LAPTOP

    def _show_mode(self) -> None:
        self.laptop_box.setVisible(self.mode() == LAPTOP)
        self.office_box.setVisible(self.mode() == OFFICE)
        self.database_box.setVisible(self.mode() == OFFICE)
        self.adjustSize()

    def refresh(self) -> None:
        """Show the enrolment and office identity as they are now."""
        status = self._services.bundle_export.status()
        if status.enrolled_office:
            self.enrolled_label.setText(
                self.tr("Enrolled with: %1").replace("%1", status.enrolled_office)
            )
        else:
            self.enrolled_label.setText(
                self.tr(
                    "Not enrolled yet: bundles cannot be exported until this laptop is enrolled."
                )
            )
        self.office_fingerprint.set_fingerprint(status.office_fingerprint or "")
        self.device_fingerprint.set_fingerprint(status.device_fingerprint)
        try:
            info = self._services.office.info()
        except (NotAnOffice, OfficeKeyError):
            info = None
        if info is None:
            self.identity_label.setText(
                self.tr(
                    "This computer has no office keys yet. Create them once, on the office computer."
                )
            )
        else:
            self.identity_label.setText(
                self.tr(
                    "Office fingerprint (read it out to the laptops). Keys in %1: back this folder up."
                ).replace("%1", str(info.directory))
            )
        self.identity_fingerprint.set_fingerprint(info.fingerprint if info else "")
        self.create_button.setVisible(info is None)
        self.profile_button.setEnabled(info is not None)
        self.move_button.setEnabled(info is not None)
        protected = info is not None and self._services.office_keys.protected()
        self.passphrase_button.setVisible(info is not None)
        self.passphrase_button.setText(
            self.tr("C&hange the keys' passphrase…")
            if protected
            else self.tr("&Protect the keys with a passphrase…")
        )
        self.database_box.refresh()
        self._show_mode()

    # -- laptop ---------------------------------------------------------------------------
    def choose_profile(self) -> None:
        """Pick the profile file, then show it for comparison."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Deployment profile"),
            str(documents_dir()),
            file_filters(self.tr("Profile (*.json);;All files (*)")),
        )
        if name:
            self.open_profile(Path(name))

    def open_profile(self, path: Path) -> EnrolDialog | None:
        """Read and verify `path`; show its office and fingerprint before installing."""
        try:
            profile = self._services.enrolment.read(path=path)
        except (BundleError, OSError) as error:
            self.enrolled_label.setText(refusal_message(error, self._language))
            return None
        self.enrol_dialog = EnrolDialog(
            self._services,
            profile,
            path,
            language=self._language,
            current_fingerprint=self._services.bundle_export.status().office_fingerprint,
            parent=self,
        )
        self.enrol_dialog.enrolled.connect(lambda _result: self._changed())
        self.enrol_dialog.open()
        return self.enrol_dialog

    # -- office ---------------------------------------------------------------------------
    def create_identity(self) -> None:
        """Create the office keys (refused if they exist)."""
        try:
            self._services.office.init_identity()
        except (BundleError, OSError) as error:
            self.identity_label.setText(refusal_message(error, self._language))
            return
        self._changed()
        self.open_passphrase_dialog()  # new keys: protecting them is offered at once

    def open_passphrase_dialog(self) -> PassphraseDialog:
        """Protect the office keys with a passphrase, or change it."""
        from fieldapp.ui.office.passphrase_dialog import CHANGE, PROTECT

        mode = CHANGE if self._services.office_keys.protected() else PROTECT
        self.passphrase_dialog = PassphraseDialog(
            self._services, mode=mode, language=self._language, parent=self
        )
        self.passphrase_dialog.succeeded.connect(self.refresh)
        self.passphrase_dialog.open()
        return self.passphrase_dialog

    def open_profile_dialog(self) -> ProfileDialog:
        """The deployment profile dialog."""
        self.profile_dialog = ProfileDialog(self._services, language=self._language, parent=self)
        self.profile_dialog.open()
        return self.profile_dialog

    def _changed(self) -> None:
        self.refresh()
        self.enrolment_changed.emit()

    def accept(self) -> None:
        """Store the mode (and an office database choice not saved yet: refused, the
        dialog stays open with the reason); announce a new mode."""
        mode = self.mode()
        saved_database = mode == OFFICE and self.database_box.unsaved()
        if saved_database and not self.database_box.save():
            return
        self._services.preferences.set_mode(mode=mode)
        super().accept()
        if saved_database:
            self.database_saved.emit(self.database_box.status.text())
        if mode != self._initial_mode:
            self.mode_changed.emit(mode)

    def open_move_dialog(self) -> MoveDialog:
        """Move the office registry to a PostgreSQL server (`office migrate`)."""
        self.move_dialog = MoveDialog(self._services, language=self._language, parent=self)
        self.move_dialog.open()
        return self.move_dialog
