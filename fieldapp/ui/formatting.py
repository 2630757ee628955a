"""Dates and numbers shown in the interface language (Moroccan locales)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

_FILTER = re.compile(r"^(.*?)\s*\(([^()]*)\)$")

# The one short date format of the interface, in every language (the month name for long dates).
SHORT_DATE = "dd/MM/yyyy"


def to_qdate(date: dt.date) -> QDate:
    """Python date → QDate."""
    return QDate(date.year, date.month, date.day)


def format_date(date: dt.date, *, long: bool = False) -> str:
    """The date in the current default locale (`1 août 2025`, `01 غشت 2025`…)."""
    return QLocale().toString(to_qdate(date), "d MMMM yyyy" if long else SHORT_DATE)


def stored_date(text: str) -> str:
    """A date kept as ISO text (`2026-12-02`) in the interface's short format, as a
    left-to-right isolate: inside an Arabic line a bare `2026-12-02` is drawn `02-12-2026`.
    Text that is no date is shown as it is, isolated too ('' stays '')."""
    try:
        shown = format_date(dt.date.fromisoformat(text))
    except ValueError:
        shown = text
    return left_to_right(shown)


def left_to_right(text: str) -> str:
    """Isolate a Latin/number run (phone, CIN) so a right-to-left view keeps `+212…` intact."""
    return f"\u2066{text}\u2069" if text else ""


def isolated(text: str) -> str:
    """User text (a place, a name) isolated so its own direction cannot reorder what surrounds
    it: an Arabic place in a French line, a Latin name in an Arabic one."""
    return f"\u2068{text}\u2069" if text else ""


def in_direction(text: str, *, rtl: bool) -> str:
    """`text` laid out in the interface's direction, whatever script it starts with (a label
    otherwise takes the direction of its first letter)."""
    return ("\u200f" if rtl else "\u200e") + text


def file_filters(text: str) -> str:
    """A file dialog's filters (`"Profile (*.json);;All files (*)"`) with a LEFT-TO-RIGHT MARK
    before each pattern's bracket, so that a right-to-left dialog shows `ملف الإعداد (*.json)`
    and not `(json.*)`. The mark sits outside the brackets: Qt still reads the pattern."""
    shown = []
    for one in text.split(";;"):
        found = _FILTER.match(one)
        shown.append(f"{found.group(1)} \u200e({found.group(2)})" if found else one)
    return ";;".join(shown)
