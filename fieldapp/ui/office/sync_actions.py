"""Laptop sync commands of the main window: export a bundle, import a receipt, show what is
not yet delivered. Long work runs in a `Job`; refusals come back as translated messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldapp.services.app import AppServices
from fieldapp.services.bundles.export import ReceiptResult
from fieldapp.services.preferences import Preference
from fieldapp.ui.change_relay import ChangeRelay
from fieldapp.ui.controllers.files import documents_dir
from fieldapp.ui.formatting import file_filters
from fieldapp.ui.office.export_dialog import ExportDialog
from fieldapp.ui.office.jobs import run_job
from fieldapp.ui.office.pending_dialog import PendingDialog
from fieldapp.ui.office.texts import refusal_message
from fieldapp.ui.worker import Job


class SyncActions(QObject):
    """Opens the export and "not yet delivered" dialogs and imports receipts. No signals.

    `tell(text, warning)` shows a message; `current_session` gives the session to preselect.
    """

    def __init__(
        self,
        window: QWidget,
        services: AppServices,
        relay: ChangeRelay,
        *,
        language: Callable[[], str],
        tell: Callable[[str, bool], None],
        current_session: Callable[[], str | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._relay = relay
        self._language = language
        self._tell = tell
        self._current_session = current_session
        self.export_dialog: ExportDialog | None = None
        self.pending_dialog: PendingDialog | None = None
        self.last_receipt: ReceiptResult | None = None

    def export_bundle(self) -> ExportDialog:
        """Open the export dialog (the open or selected session preselected)."""
        self.export_dialog = ExportDialog(
            self._services,
            language=self._language(),
            session_id=self._current_session(),
            parent=self._window,
        )
        self.export_dialog.open()
        return self.export_dialog

    def show_pending(self) -> PendingDialog:
        """Open (or raise) the "not yet delivered" panel."""
        if self.pending_dialog is None:
            self.pending_dialog = PendingDialog(self._services, self._relay, self._window)
            self.pending_dialog.export_requested.connect(self.export_bundle)
            self.pending_dialog.receipt_requested.connect(self.choose_receipt)
        self.pending_dialog.refresh()
        if self.pending_dialog.isVisible():
            self.pending_dialog.raise_()
        self.pending_dialog.show()
        return self.pending_dialog

    def choose_receipt(self) -> None:
        """Pick a receipt file the office wrote, then import it."""
        start = str(self._services.preferences.folder(Preference.BUNDLE_FOLDER) or documents_dir())
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Receipt from the office"),
            start,
            file_filters(self.tr("Receipts (*.receipt.json *.json);;All files (*)")),
        )
        if name:
            self.import_receipt(Path(name))

    def import_receipt(self, path: Path) -> Job:
        """Verify the receipt and mark the acknowledged records delivered (off the GUI thread)."""
        language = self._language()
        return run_job(
            lambda _progress: self._services.bundle_export.import_receipt(path=path),
            done=self._receipt_done,
            failed=lambda error: self._tell(refusal_message(error, language), True),
        )

    def _receipt_done(self, result: ReceiptResult) -> None:
        self.last_receipt = result
        locale = QLocale()
        text = self.tr(
            "Receipt for bundle %1: %Ln records marked delivered.", "", result.delivered
        ).replace("%1", locale.toString(result.sequence))
        if result.changed_since:
            text += "\n" + self.tr(
                "%Ln records were changed after the export: they stay pending and go in the next "
                "bundle.",
                "",
                result.changed_since,
            )
        if result.already_imported:
            text += "\n" + self.tr("(This receipt had been imported before.)")
        remaining = sum(result.pending.values())
        text += "\n" + (
            self.tr("Still not delivered: %Ln records.", "", remaining)
            if remaining
            else self.tr("Everything has been delivered to the office.")
        )
        self._tell(text, False)
