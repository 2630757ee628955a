"""Desk search results as a Qt table model: who is here, pre-registered, or known elsewhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from fieldapp.services.attendees import MatchKind, SearchResult
from fieldapp.ui.formatting import format_date, left_to_right

Index = QModelIndex | QPersistentModelIndex
_COLOURS = {
    MatchKind.REGISTERED_HERE: "#1b5e20",
    MatchKind.PRE_REGISTERED: "#0d47a1",
    MatchKind.KNOWN_ELSEWHERE: "#5d4037",
}


def kind_text(result: SearchResult) -> str:
    """Where the person stands, in the interface language."""
    if result.kind is MatchKind.REGISTERED_HERE:
        return QCoreApplication.translate("SearchResultsModel", "Registered here")
    if result.kind is MatchKind.PRE_REGISTERED:
        return QCoreApplication.translate("SearchResultsModel", "Pre-registered: Enter to check in")
    try:
        when = format_date(dt.date.fromisoformat(result.session_date))
    except ValueError:
        when = result.session_date
    return (
        QCoreApplication.translate("SearchResultsModel", "Known from %1, %2")
        .replace("%1", result.session_place)
        .replace("%2", when)
    )


class SearchResultsModel(QAbstractTableModel):
    """One row per person found: name, CIN, phone, where they stand."""

    NAME, CIN, PHONE, KIND = range(4)
    RESULT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SearchResult] = []

    def set_rows(self, rows: Sequence[SearchResult]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def result(self, row: int) -> SearchResult:
        """The search result on `row`."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows (none under a valid parent)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Columns."""
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell contents."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        result = self._rows[index.row()]
        attendee = result.attendee
        if role == self.RESULT_ROLE:
            return result
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.NAME:
                if attendee.name_ar and attendee.name_lat:
                    return f"{attendee.name_ar} — {attendee.name_lat}"
                return attendee.display_name
            if column == self.CIN:
                return left_to_right(attendee.cin)
            if column == self.PHONE:
                return left_to_right(attendee.phone)
            if column == self.KIND:
                return kind_text(result)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.KIND:
            return QBrush(QColor(_COLOURS[result.kind]))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            QCoreApplication.translate("SearchResultsModel", "Name"),
            QCoreApplication.translate("SearchResultsModel", "CIN"),
            QCoreApplication.translate("SearchResultsModel", "Phone"),
            QCoreApplication.translate("SearchResultsModel", "Status"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        """Refresh texts after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))
