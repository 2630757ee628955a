"""The office keys' passphrase: typed to unlock them (at start-up or when an import begins),
chosen to protect keys that have none (offered at start-up, can be declined for now), or
changed from the settings. The scrypt work (a few seconds) runs off the GUI thread; a wrong
passphrase is told and the field is ready for another try. The passphrase is never stored."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.office.key_errors import MIN_PASSPHRASE, PassphraseError
from fieldapp.services.office.keys import check_new_passphrase
from fieldapp.ui.office.jobs import run_job
from fieldapp.ui.office.texts import refusal_message
from fieldapp.ui.worker import Job

UNLOCK, PROTECT, CHANGE = "unlock", "protect", "change"


class PassphraseDialog(QDialog):
    """Unlock, protect or change the passphrase of the office keys (`mode`).

    Signals:
        succeeded(): the keys are unlocked for this session (after any of the three modes).
    """

    succeeded = Signal()

    def __init__(
        self,
        services: AppServices,
        *,
        mode: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self.mode = mode
        self.job: Job | None = None
        titles = {
            UNLOCK: self.tr("Office keys passphrase"),
            PROTECT: self.tr("Protect the office keys"),
            CHANGE: self.tr("Change the passphrase"),
        }
        self.setWindowTitle(titles[mode])
        self.explanation = QLabel(self._explanation())
        self.explanation.setWordWrap(True)
        self.current = self._password_field()
        self.new = self._password_field()
        self.repeat = self._password_field()
        form = QFormLayout()
        if mode in (UNLOCK, CHANGE):
            form.addRow(self.tr("&Passphrase:"), self.current)
        if mode in (PROTECT, CHANGE):
            form.addRow(self.tr("&New passphrase:"), self.new)
            form.addRow(self.tr("&Repeat it:"), self.repeat)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00;")
        self.buttons = QDialogButtonBox()
        actions = {
            UNLOCK: self.tr("&Unlock"),
            PROTECT: self.tr("&Protect the keys"),
            CHANGE: self.tr("&Change"),
        }
        self.ok_button = QPushButton(actions[mode])
        self.ok_button.setDefault(True)
        self.ok_button.setAutoDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        later = {UNLOCK: self.tr("&Later"), PROTECT: self.tr("&Not now"), CHANGE: ""}
        if later[mode]:
            self.later_button = QPushButton(later[mode])
            self.later_button.setAutoDefault(False)
            self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        else:
            self.later_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        (self.current if mode in (UNLOCK, CHANGE) else self.new).setFocus()

    def _password_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _explanation(self) -> str:
        if self.mode == UNLOCK:
            return self.tr(
                "The office keys are protected by a passphrase. Type it to import bundles and "
                "to sign receipts and profiles; it is asked once per session."
            )
        if self.mode == PROTECT:
            return self.tr(
                "The office keys on this computer have no passphrase: anyone who copies the "
                "office folder can read every bundle. Choose a passphrase of at least %n "
                "characters; it will be asked when the office app starts or an import begins. "
                "Keep it safe: without it no bundle can be read.",
                "",
                MIN_PASSPHRASE,
            )
        return self.tr(
            "Type the current passphrase, then the new one twice. The keys stay the same: "
            "the laptops need no new enrolment."
        )

    def submit(self) -> Job | None:
        """Check what was typed, then unlock, protect or change off the GUI thread."""
        current, new = self.current.text(), self.new.text()
        if self.mode != UNLOCK:
            try:
                check_new_passphrase(new, self.repeat.text())
            except PassphraseError as refused:
                self.message.setText(refused.message(self._language))
                self.new.setFocus()
                return None
        self._busy(True)
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Opening the keys… (a few seconds)")
            if self.mode == UNLOCK
            else self.tr("Encrypting the keys… (a few seconds)")
        )
        self.job = run_job(
            lambda _progress: self._apply(current, new), done=self._done, failed=self._failed
        )
        return self.job

    def _apply(self, current: str, new: str) -> None:
        """The service call (on a pool thread): scrypt takes a few seconds."""
        keys = self._services.office_keys
        if self.mode == UNLOCK:
            keys.unlock(current)
        elif self.mode == PROTECT:
            keys.protect(new)
        else:
            keys.change_passphrase(old=current, new=new)

    def _busy(self, busy: bool) -> None:
        for widget in (self.current, self.new, self.repeat, self.ok_button, self.later_button):
            widget.setEnabled(not busy)
        if not busy:  # disabling it took the default away: Enter must submit the retry
            self.ok_button.setDefault(True)

    def _done(self, _result: object) -> None:
        self.job = None
        self._busy(False)
        self.succeeded.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self._busy(False)
        self.message.setStyleSheet("color: #a00;")
        if isinstance(error, PassphraseError):
            self.message.setText(error.message(self._language))
        else:
            self.message.setText(refusal_message(error, self._language))
        self.current.clear()
        (self.current if self.mode in (UNLOCK, CHANGE) else self.new).setFocus()


def with_unlocked_keys(
    parent: QWidget, services: AppServices, language: str, then: Callable[[], object]
) -> PassphraseDialog | None:
    """Call `then()` now if the office keys need no passphrase; else ask for it first (the
    dialog is returned) and call `then()` once they are unlocked."""
    if not services.office_keys.locked():
        then()
        return None
    dialog = PassphraseDialog(services, mode=UNLOCK, language=language, parent=parent)
    dialog.succeeded.connect(lambda: then())
    dialog.open()
    return dialog
