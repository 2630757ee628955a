"""A date typed the way people write it (01/08/2025, 1-8-2025, 2025-08-01, 01082025, Arabic-
Indic digits), or picked from a calendar; shown in the interface's one date format."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from fieldapp.domain.arabic import western_digits
from fieldapp.ui.formatting import format_date, to_qdate

# Day first, as written in Morocco, then ISO; without separators: 01082025 or 20250801.
TYPED_FORMATS = ("d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d", "yyyy/M/d", "ddMMyyyy", "yyyyMMdd")


def parse_typed_date(text: str) -> dt.date | None:
    """The date `text` means, or None when it is not a date."""
    cleaned = western_digits(text.strip()).replace(" ", "")
    for pattern in TYPED_FORMATS:
        qdate = QDate.fromString(cleaned, pattern)
        if qdate.isValid():
            return dt.date(qdate.year(), qdate.month(), qdate.day())
    return None


class DateField(QWidget):
    """A line to type the date and a button (or Alt+Down) for the calendar.

    Signals:
        changed(): the date was typed or picked.
    """

    changed = Signal()

    def __init__(self, date: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText("01/08/2025")
        self.line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.button.clicked.connect(self.show_calendar)
        self.line.editingFinished.connect(self._normalise)
        self.line.textEdited.connect(lambda _t: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        if date is not None:
            self.set_date(date)

    def date(self) -> dt.date | None:
        """The date typed or picked; None when the text is not a date."""
        return parse_typed_date(self.line.text())

    def set_date(self, date: dt.date) -> None:
        """Show `date` in the interface's format."""
        self.line.setText(format_date(date))

    def show_calendar(self) -> None:
        """The calendar under the field, on the current date."""
        current = self.date()
        if current is not None:
            self.calendar.setSelectedDate(to_qdate(current))
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Alt+Down opens the calendar, as in a combo box."""
        down = event.key() == Qt.Key.Key_Down
        if down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def _picked(self, qdate: QDate) -> None:
        self.calendar.hide()
        self.set_date(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.line.setFocus()
        self.changed.emit()

    def _normalise(self) -> None:
        typed = self.date()
        if typed is not None:
            self.set_date(typed)
