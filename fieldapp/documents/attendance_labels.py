"""The words of attendance on printed documents (sheet, summary, exports), in Arabic, French
and English: each status, the counts, and the arrival column."""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.documents.bidi_text import check_lang
from fieldapp.domain.models import Attendance

_WORDS: dict[str, dict[str, str]] = {
    "ar": {
        "arrived": "الحضور",
        "status": "الحالة",
        "arrived_at": "وقت الحضور",
        "present": "الحاضرون",
        "expected": "المنتظرون الذين لم يحضروا",
        "walk_ins": "منهم بدون تسجيل مسبق",
        "absent": "الغائبون",
        "registered": "المسجلون",
        "attendance": "الحضور",
        "pre_registered_present": "حضروا بعد تسجيل مسبق",
        "walk_in_present": "حضروا دون تسجيل مسبق",
        "shares_over_present": "النسب أعلاه محسوبة على المسجلين ({total})، والنسب أسفله على الحاضرين ({n}).",
        "not_arrived_heading": "مسجلون مسبقا لم يحضروا ({n})",
        "status_expected": "منتظر",
        "status_present": "حاضر",
        "status_walk_in": "حضور مباشر",
        "status_absent": "غائب",
    },
    "fr": {
        "arrived": "Arrivée",
        "status": "Présence",
        "arrived_at": "Heure d'arrivée",
        "present": "Présents",
        "expected": "Attendus non arrivés",
        "walk_ins": "dont sans préinscription",
        "absent": "Absents",
        "registered": "Inscrits",
        "attendance": "Présence",
        "pre_registered_present": "Venus après préinscription",
        "walk_in_present": "Venus sans préinscription",
        "shares_over_present": "Pourcentages ci-dessus calculés sur les inscrits ({total}), ci-dessous sur les présents ({n}).",
        "not_arrived_heading": "Préinscrits non arrivés ({n})",
        "status_expected": "Attendu",
        "status_present": "Présent",
        "status_walk_in": "Sur place",
        "status_absent": "Absent",
    },
    "en": {
        "arrived": "Arrived",
        "status": "Attendance",
        "arrived_at": "Arrival time",
        "present": "Present",
        "expected": "Expected, not arrived",
        "walk_ins": "of whom walk-ins",
        "absent": "Absent",
        "registered": "Registered",
        "attendance": "Attendance",
        "pre_registered_present": "Came after pre-registering",
        "walk_in_present": "Walk-ins",
        "shares_over_present": "Percentages above are over everyone registered ({total}); below, over those present ({n}).",
        "not_arrived_heading": "Pre-registered, not arrived ({n})",
        "status_expected": "Expected",
        "status_present": "Present",
        "status_walk_in": "Walk-in",
        "status_absent": "Absent",
    },
}


def attendance_words(lang: str) -> Mapping[str, str]:
    """The attendance words of `lang` (ar, fr or en)."""
    return _WORDS[check_lang(lang)]


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
