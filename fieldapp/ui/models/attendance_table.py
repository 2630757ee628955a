"""The attendance list of a session as one Qt table model, and the proxy that filters it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)

from fieldapp.domain.models import Attendance, Attendee
from fieldapp.services.answers import AnswerStatus
from fieldapp.ui.formatting import left_to_right
from fieldapp.ui.i18n import field_title
from fieldapp.ui.models.base import FlatTableModel, Index


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """An attendee with their questionnaire state and outcome titles."""

    attendee: Attendee
    status: AnswerStatus | None
    outcomes: tuple[tuple[str, str], ...] = ()

    @property
    def questions_pending(self) -> bool:
        """Questionnaire not started or not complete."""
        return self.status is None or not self.status.complete

    @property
    def printed(self) -> bool:
        """The checklist was printed."""
        return bool(self.attendee.printed_at)


def status_word(status: Attendance) -> str:
    """The attendance status in the interface language."""
    words = {
        Attendance.EXPECTED: QCoreApplication.translate("AttendanceTableModel", "Expected"),
        Attendance.PRESENT: QCoreApplication.translate("AttendanceTableModel", "Present"),
        Attendance.WALK_IN: QCoreApplication.translate("AttendanceTableModel", "Walk-in"),
        Attendance.ABSENT: QCoreApplication.translate("AttendanceTableModel", "Absent"),
    }
    return words[status]


class RowFilter(StrEnum):
    """What the attendance list shows."""

    ALL = "all"
    PENDING = "pending"
    NOT_PRINTED = "not_printed"
    ABSENT = "absent"


class AttendanceTableModel(FlatTableModel):
    """One row per attendee: name (Arabic, Latin), CIN, phone, craft, arrival, questions,
    outcome, printed."""

    _rows: list[AttendanceRow]

    NAME_AR, NAME_LAT, CIN, PHONE, CRAFT, ARRIVAL, QUESTIONS, OUTCOME, PRINTED = range(9)
    ATTENDEE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def set_rows(self, rows: Sequence[AttendanceRow]) -> None:
        """Replace every row."""
        self._replace_rows(rows)

    def rows(self) -> list[AttendanceRow]:
        """Every row (a copy)."""
        return list(self._rows)

    def _text(self, row: AttendanceRow, column: int) -> str:
        attendee = row.attendee
        if column == self.NAME_AR:
            return attendee.name_ar
        if column == self.NAME_LAT:
            return attendee.name_lat
        if column == self.CIN:
            return left_to_right(attendee.cin)
        if column == self.PHONE:
            phone = left_to_right(attendee.phone_display)
            return f"{phone} ⚠" if attendee.phone_flagged else phone
        if column == self.CRAFT:
            return attendee.craft
        if column == self.ARRIVAL:
            word = status_word(attendee.status)
            return f"{word} {attendee.arrival_time}" if attendee.arrival_time else word
        if column == self.QUESTIONS:
            if row.status is None or not row.status.answered:
                return QCoreApplication.translate("AttendanceTableModel", "Not started")
            return (
                QCoreApplication.translate("AttendanceTableModel", "Complete")
                if row.status.complete
                else QCoreApplication.translate("AttendanceTableModel", "Pending")
            )
        if column == self.OUTCOME:
            return "، ".join(title for _id, title in row.outcomes)
        if column == self.PRINTED:
            return (
                QCoreApplication.translate("AttendanceTableModel", "Printed")
                if row.printed
                else QCoreApplication.translate("AttendanceTableModel", "Not printed")
            )
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell contents."""
        if not self._has_row(index):
            return None
        row = self._rows[index.row()]
        tooltip = role == Qt.ItemDataRole.ToolTipRole
        if tooltip and index.column() == self.PHONE and row.attendee.phone_flagged:
            return QCoreApplication.translate(
                "AttendanceTableModel",
                "%1: a possible number, but not one the numbering plan assigns: "
                "confirm it with the person",
            ).replace("%1", left_to_right(row.attendee.phone_display))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == self.ATTENDEE_ID_ROLE:
            return row.attendee.id
        if role == self.ROW_ROLE:
            return row
        return None

    def headers(self) -> list[str]:
        """Column titles in the current language."""
        return [
            field_title("name_ar"),
            field_title("name_lat"),
            field_title("cin"),
            field_title("phone"),
            field_title("craft"),
            QCoreApplication.translate("AttendanceTableModel", "Arrival"),
            QCoreApplication.translate("AttendanceTableModel", "Questions"),
            QCoreApplication.translate("AttendanceTableModel", "Outcome"),
            QCoreApplication.translate("AttendanceTableModel", "Checklist"),
        ]


class AttendanceFilter(QSortFilterProxyModel):
    """Filters the attendance model by state and outcome; sorts by the shown text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._state = RowFilter.ALL
        self._outcome = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_state(self, state: RowFilter) -> None:
        """Show all rows, or only those in `state`."""
        self.beginFilterChange()
        self._state = state
        self.endFilterChange()

    def set_outcome(self, outcome_id: str) -> None:
        """Only rows with that outcome ('' for any)."""
        self.beginFilterChange()
        self._outcome = outcome_id
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Whether a source row passes the state and outcome filters."""
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(AttendanceTableModel.ROW_ROLE)
        if not isinstance(row, AttendanceRow):
            return False
        if self._state is RowFilter.PENDING and not (
            row.attendee.checked_in and row.questions_pending
        ):
            return False
        if self._state is RowFilter.NOT_PRINTED and (row.printed or not row.attendee.checked_in):
            return False
        if self._state is RowFilter.ABSENT and row.attendee.checked_in:
            return False
        return not self._outcome or any(oid == self._outcome for oid, _t in row.outcomes)
