"""Desk search results as a Qt table model: who is here, pre-registered, or known elsewhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from fieldapp.services.attendees import MatchKind, SearchResult
from fieldapp.ui.formatting import format_date, left_to_right
from fieldapp.ui.i18n import field_title
from fieldapp.ui.models.base import FlatTableModel, Index

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


class SearchResultsModel(FlatTableModel):
    """One row per person found: name, CIN, phone, where they stand."""

    _rows: list[SearchResult]

    NAME, CIN, PHONE, KIND = range(4)
    RESULT_ROLE = Qt.ItemDataRole.UserRole + 1

    def set_rows(self, rows: Sequence[SearchResult]) -> None:
        """Replace every row."""
        self._replace_rows(rows)

    def result(self, row: int) -> SearchResult:
        """The search result on `row`."""
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell contents."""
        if not self._has_row(index):
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
                return left_to_right(attendee.phone_display)
            if column == self.KIND:
                return kind_text(result)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.KIND:
            return QBrush(QColor(_COLOURS[result.kind]))
        return None

    def headers(self) -> list[str]:
        """Column titles in the current language."""
        return [
            QCoreApplication.translate("SearchResultsModel", "Name"),
            field_title("cin"),
            field_title("phone"),
            QCoreApplication.translate("SearchResultsModel", "Status"),
        ]
