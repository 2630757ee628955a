"""Office settings → "Move the registry to a PostgreSQL server…": the URL of an empty
database, a confirmation, then `office migrate` as a job with its progress (the same service
as `fieldapp office migrate --to URL`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.errors import StoreError
from fieldapp.ui.errors import user_message
from fieldapp.ui.office.jobs import SYNC_REFUSALS, run_job
from fieldapp.ui.office.texts import refusal_message
from fieldapp.ui.worker import Job, ProgressFn

if TYPE_CHECKING:  # the move (and psycopg) is loaded when a clerk starts one
    from fieldapp.services.office.move import MoveReport


class MoveConfirmation(QMessageBox):
    """Says what the move does and what it leaves; Cancel is the default button.
    `confirmed()` after `exec()` tells whether to go on."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Move the registry"))
        self.setText(
            self.tr("Copy this office's registry to %1 and use it from now on?").replace(
                "%1", f"\u2066{url}\u2069"
            )
        )
        self.setInformativeText(
            self.tr(
                "Every table is copied and checked (row counts and content). The office file on "
                "this computer is left as it is. The database must be empty. Other clerks' "
                "computers then use the same server; restart fieldapp after the move."
            )
        )
        self.move_button: QPushButton = self.addButton(
            self.tr("&Move"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        """Whether the clerk chose to move."""
        return self.clickedButton() is self.move_button


class MoveDialog(QDialog):
    """The PostgreSQL URL, then the move with a progress bar and its result.

    Signals:
        moved(object): the MoveReport, once the registry is on the server.
    """

    moved = Signal(object)

    def __init__(
        self, services: AppServices, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self.job: Job | None = None
        self.confirmation: MoveConfirmation | None = None
        self.setWindowTitle(self.tr("Move the registry to a PostgreSQL server"))
        intro = QLabel(
            self.tr(
                "For several clerks at once: chamber IT creates an empty PostgreSQL database "
                "and gives you its address (the password goes in the PGPASSFILE file, never in "
                "the address). See the office guide, “PostgreSQL”."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://clerk@server/fieldapp")
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.move_button = self.buttons.addButton(
            self.tr("&Move…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.move_button.clicked.connect(self.ask)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.url, self.progress, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def ask(self) -> Job | None:
        """Confirm, then move."""
        url = self.url.text().strip()
        if not url or self.job is not None:
            return None
        self.confirmation = MoveConfirmation(url, self)
        self.confirmation.exec()
        confirmed = self.confirmation.confirmed()
        self.confirmation = None
        return self.start(url) if confirmed else None

    def start(self, url: str) -> Job:
        """Run the move off the GUI thread."""
        move = self._services.office_move

        def work(progress: ProgressFn) -> MoveReport:
            return move.move(
                to=url, progress=lambda _step, _table, done, total: progress(done, total)
            )

        self.move_button.setEnabled(False)
        self.status.setText(self.tr("Copying and checking…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.job = run_job(
            work,
            done=self._done,
            failed=self._failed,
            progress=self._show_progress,
            expected=(*SYNC_REFUSALS, StoreError),
        )
        return self.job

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, report: MoveReport) -> None:
        self.job = None
        self.progress.hide()
        self.status.setText(
            self.tr(
                "%1 rows in %2 tables copied and checked; the office file was left untouched. "
                "The office now uses %3: restart fieldapp."
            )
            .replace("%1", QLocale().toString(report.rows))
            .replace("%2", QLocale().toString(len(report.tables)))
            .replace("%3", f"\u2066{report.target}\u2069")
        )
        self.moved.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.progress.hide()
        self.move_button.setEnabled(True)
        if isinstance(error, StoreError):
            self.status.setText(user_message(error, self._language))
        else:
            self.status.setText(refusal_message(error, self._language))
