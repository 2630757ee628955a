"""Laptop: what the office has not received yet, per kind and per session, and the last export."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.events import Change
from fieldapp.ui.change_relay import ChangeRelay
from fieldapp.ui.office.table_models import TextTableModel
from fieldapp.ui.office.texts import kind_label


def _table(model: TextTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class PendingDialog(QDialog):
    """The "not yet delivered" panel, refreshed on every sync change (export, receipt, save).

    Signals:
        export_requested(): the user asked to export a bundle from here.
        receipt_requested(): the user asked to import a receipt from here.
    """

    export_requested = Signal()
    receipt_requested = Signal()

    def __init__(
        self, services: AppServices, relay: ChangeRelay, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Not yet delivered"))
        self.office = QLabel()
        self.office.setWordWrap(True)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.kinds = TextTableModel(
            lambda: [self.tr("Records"), self.tr("Not yet delivered")], numeric=(1,), parent=self
        )
        self.sessions = TextTableModel(
            lambda: [self.tr("Date"), self.tr("Place"), self.tr("Attendees not delivered")],
            numeric=(2,),
            parent=self,
        )
        self.kinds_table = _table(self.kinds)
        self.sessions_table = _table(self.sessions)
        self.last_export = QLabel()
        self.last_export.setWordWrap(True)
        buttons = QDialogButtonBox()
        export = QPushButton(self.tr("&Export bundle…"))
        receipt = QPushButton(self.tr("Import &receipt…"))
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(receipt, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        export.clicked.connect(self.export_requested)
        receipt.clicked.connect(self.receipt_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.office)
        layout.addWidget(self.headline)
        layout.addWidget(self.kinds_table)
        layout.addWidget(QLabel(self.tr("Sessions with attendees not yet delivered:")))
        layout.addWidget(self.sessions_table)
        layout.addWidget(self.last_export)
        layout.addWidget(buttons)
        self.resize(620, 520)
        relay.changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        """Read the status again."""
        status = self._services.bundle_export.status()
        locale = QLocale()
        self.office.setText(
            self.tr("Enrolled with: %1").replace("%1", status.enrolled_office)
            if status.enrolled_office
            else self.tr("Not enrolled with a chamber office yet (Settings, Ctrl+,).")
        )
        self.headline.setText(
            self.tr("%Ln records are not yet delivered to the office.", "", status.pending_total)
            if status.pending_total
            else self.tr("Everything has been delivered to the office.")
        )
        self.kinds.set_rows(
            [(kind_label(kind), locale.toString(n)) for kind, n in status.pending.items()],
            keys=list(status.pending),
        )
        self.sessions.set_rows(
            [
                (s.date, s.place, locale.toString(s.pending_attendees))
                for s in status.pending_sessions
            ],
            keys=[s.session_id for s in status.pending_sessions],
        )
        last = status.last_export
        self.last_export.setText(
            self.tr("Last bundle: number %1, written %2.")
            .replace("%1", locale.toString(last.sequence))
            .replace("%2", last.created_at[:16].replace("T", " "))
            if last is not None
            else self.tr("No bundle exported yet.")
        )

    def _on_change(self, change: Change) -> None:
        if change.kind in ("sync", "attendee", "session", "answers", "enrolment"):
            self.refresh()
