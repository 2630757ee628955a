"""The session list as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldapp.domain.models import SessionStatus
from fieldapp.services.sessions import SessionSummary
from fieldapp.ui.formatting import format_date

Index = QModelIndex | QPersistentModelIndex


class SessionTableModel(QAbstractTableModel):
    """One row per session: date, place, venue, province, attendees, status."""

    DATE, PLACE, VENUE, PROVINCE, ATTENDEES, STATUS = range(6)
    SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionSummary] = []

    def headers(self) -> list[str]:
        """Column titles in the current language."""
        return [
            QCoreApplication.translate("SessionTableModel", "Date"),
            QCoreApplication.translate("SessionTableModel", "Place"),
            QCoreApplication.translate("SessionTableModel", "Venue"),
            QCoreApplication.translate("SessionTableModel", "Province"),
            QCoreApplication.translate("SessionTableModel", "Attendees"),
            QCoreApplication.translate("SessionTableModel", "Status"),
        ]

    def set_rows(self, rows: Sequence[SessionSummary]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def session_id(self, row: int) -> str:
        """The id of the session on `row`."""
        return self._rows[row].session.id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's name)
        """Rows (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Columns."""
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell contents."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        session = summary.session
        if role == self.SESSION_ID_ROLE:
            return session.id
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.DATE:
                return format_date(session.date, long=True)
            if column == self.PLACE:
                return session.place
            if column == self.VENUE:
                return session.venue
            if column == self.PROVINCE:
                return session.province
            if column == self.ATTENDEES:
                return QLocale().toString(summary.attendees)
            if column == self.STATUS:
                return (
                    QCoreApplication.translate("SessionTableModel", "Open")
                    if session.status is SessionStatus.OPEN
                    else QCoreApplication.translate("SessionTableModel", "Closed")
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ATTENDEES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def retranslate(self) -> None:
        """Refresh texts after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )
