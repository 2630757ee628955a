"""The office registry of people (one row per person across sessions) as a Qt table model."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
)

from fieldapp.domain.people import PersonRow
from fieldapp.domain.validators import display_phone
from fieldapp.ui.formatting import left_to_right, stored_date
from fieldapp.ui.i18n import field_title
from fieldapp.ui.models.base import FlatTableModel, Index
from fieldapp.ui.office.texts import follow_up_label


class PeopleTableModel(FlatTableModel):
    """Columns: Arabic name, Latin name, CIN, phone, sessions, last session, outcomes,
    follow-up. PERSON_KEY_ROLE gives the person key; SORT_ROLE sorts sessions as numbers.
    No signals of its own."""

    _rows: list[PersonRow]

    NAME_AR, NAME_LAT, CIN, PHONE, SESSIONS, LAST, OUTCOMES, FOLLOW_UP = range(8)
    PERSON_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._outcomes: dict[str, str] = {}

    @staticmethod
    def headers() -> list[str]:
        """Column titles in the current language."""
        return [
            field_title("name_ar"),
            field_title("name_lat"),
            field_title("cin"),
            field_title("phone"),
            QCoreApplication.translate("PeopleTableModel", "Sessions"),
            QCoreApplication.translate("PeopleTableModel", "Last session"),
            QCoreApplication.translate("PeopleTableModel", "Outcomes"),
            QCoreApplication.translate("PeopleTableModel", "Follow-up"),
        ]

    def set_rows(
        self, rows: Sequence[PersonRow], outcomes: Mapping[str, str] | None = None
    ) -> None:
        """Replace every row; `outcomes` maps outcome ids to their titles."""
        self.beginResetModel()
        self._rows = list(rows)
        if outcomes is not None:
            self._outcomes = dict(outcomes)
        self.endResetModel()

    def person(self, row: int) -> PersonRow:
        """The person on `row`."""
        return self._rows[row]

    def row_of(self, person_key: str) -> int:
        """The row of `person_key`, or -1."""
        for row, person in enumerate(self._rows):
            if person.person_key == person_key:
                return row
        return -1

    def _text(self, person: PersonRow, column: int) -> str:
        if column == self.NAME_AR:
            return person.name_ar
        if column == self.NAME_LAT:
            return person.name_lat
        if column == self.CIN:
            return left_to_right(person.cin) if person.cin else "—"
        if column == self.PHONE:
            return left_to_right(display_phone(person.phone))
        if column == self.SESSIONS:
            return QLocale().toString(person.sessions)
        if column == self.LAST:
            return f"{stored_date(person.last_date)} {person.last_place}".strip()
        if column == self.OUTCOMES:
            arabic = QLocale().language() == QLocale.Language.Arabic
            separator = "، " if arabic else ", "
            return separator.join(self._outcomes.get(o, o) for o in person.outcomes) or "—"
        return follow_up_label(person.follow_up)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell contents, keys, sort values and the follow-up note as a tooltip."""
        if not self._has_row(index):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == self.PERSON_KEY_ROLE:
            return person.person_key
        if role == self.SORT_ROLE:
            if column == self.SESSIONS:
                return person.sessions
            if column == self.LAST:
                return person.last_date
            return self._text(person, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FOLLOW_UP and person.follow_up_note:
                return person.follow_up_note
            return self._text(person, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SESSIONS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
