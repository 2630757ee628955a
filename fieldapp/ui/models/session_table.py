"""The session list as a Qt table model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
)

from fieldapp.domain.models import SessionStatus
from fieldapp.services.sessions import SessionSummary
from fieldapp.ui.formatting import format_date
from fieldapp.ui.models.base import FlatTableModel, Index


class SessionTableModel(FlatTableModel):
    """One row per session: date, place, venue, province, attendees (everyone listed), present
    (walk-ins included), expected (not arrived), walk-ins, status."""

    _rows: list[SessionSummary]

    DATE, PLACE, VENUE, PROVINCE, ATTENDEES, PRESENT, EXPECTED, WALK_INS, STATUS = range(9)
    _COUNTS = (ATTENDEES, PRESENT, EXPECTED, WALK_INS)
    SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def headers(self) -> list[str]:
        """Column titles in the current language."""
        return [
            QCoreApplication.translate("SessionTableModel", "Date"),
            QCoreApplication.translate("SessionTableModel", "Place"),
            QCoreApplication.translate("SessionTableModel", "Venue"),
            QCoreApplication.translate("SessionTableModel", "Province"),
            QCoreApplication.translate("SessionTableModel", "Attendees"),
            QCoreApplication.translate("SessionTableModel", "Present"),
            QCoreApplication.translate("SessionTableModel", "Expected"),
            QCoreApplication.translate("SessionTableModel", "Walk-ins"),
            QCoreApplication.translate("SessionTableModel", "Status"),
        ]

    def set_rows(self, rows: Sequence[SessionSummary]) -> None:
        """Replace every row."""
        self._replace_rows(rows)

    def session_id(self, row: int) -> str:
        """The id of the session on `row`."""
        return self._rows[row].session.id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell contents."""
        if not self._has_row(index):
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
            counts = summary.counts
            if column in self._COUNTS:
                value = {
                    self.ATTENDEES: counts.total,
                    self.PRESENT: counts.present,
                    self.EXPECTED: counts.expected,
                    self.WALK_INS: counts.walk_ins,
                }[column]
                return QLocale().toString(value)
            if column == self.STATUS:
                return (
                    QCoreApplication.translate("SessionTableModel", "Open")
                    if session.status is SessionStatus.OPEN
                    else QCoreApplication.translate("SessionTableModel", "Closed")
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._COUNTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
