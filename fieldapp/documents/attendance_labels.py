"""The words of attendance on printed documents (sheet, summary, exports), in Arabic, French
and English: each status, the counts, and the arrival column (the catalogue's context
`attendance`, fieldapp/locale)."""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.documents.bidi_text import check_lang
from fieldapp.documents.labels import Words
from fieldapp.domain.models import Attendance


def attendance_words(lang: str) -> Mapping[str, str]:
    """The attendance words of `lang` (ar, fr or en)."""
    return Words("attendance", check_lang(lang))


def status_label(status: Attendance, lang: str) -> str:
    """One status in `lang`."""
    return attendance_words(lang)[f"status_{status.value}"]


def arrival_text(status: Attendance, time: str, lang: str) -> str:
    """The arrival cell: the time (`09:15`), `walk-in 09:15`, or the status if not arrived."""
    if status is Attendance.PRESENT:
        return time
    if status is Attendance.WALK_IN:
        return f"{status_label(status, lang)} {time}".strip()
    return status_label(status, lang)
