"""The home screen: the sessions on this laptop, with new and import actions."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.events import Change
from fieldapp.ui.change_relay import ChangeRelay
from fieldapp.ui.models.session_table import SessionTableModel
from fieldapp.ui.table_rows import select_where, selected_data


class SessionListView(QWidget):
    """Lists sessions; refreshes itself when a session or attendee changes.

    Signals:
        session_activated(str): a session was double-clicked or Enter was pressed on it.
    """

    session_activated = Signal(str)

    def __init__(
        self, services: AppServices, relay: ChangeRelay, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.model = SessionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab to the next control; arrows between rows
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table)
        relay.changed.connect(self._on_change)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Outreach sessions on this laptop"))
        self.empty_hint.setText(
            self.tr(
                "No session yet. Create one with “New session” (Ctrl+N), then import the pre-registration list (Ctrl+I)."
            )
        )
        self.model.retranslate()

    def refresh(self) -> None:
        """Reload the list from the services."""
        selected = self.selected_session_id()
        self.model.set_rows(self._services.sessions.list_sessions())
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self.table.sortByColumn(SessionTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.select(selected)

    def select(self, session_id: str | None) -> None:
        """Select the row of `session_id` (or the first row)."""
        select_where(self.table, SessionTableModel.SESSION_ID_ROLE, session_id)

    def selected_session_id(self) -> str | None:
        """The id of the selected session, if any."""
        session_id = selected_data(self.table, SessionTableModel.SESSION_ID_ROLE)
        return None if session_id is None else str(session_id)

    def _activated(self) -> None:
        session_id = self.selected_session_id()
        if session_id:
            self.session_activated.emit(session_id)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("session", "attendee"):
            self.refresh()
