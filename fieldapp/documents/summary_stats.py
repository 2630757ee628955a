"""Counting attendees for the session summary: pure functions, no drawing.

The breakdowns count those present (walk-ins included): a pre-registered person who did not
come is counted apart (`attendance_breakdown`), never as an attendee.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from fieldapp.documents.attendance_labels import attendance_words
from fieldapp.documents.labels import gender_label, labels, origin_label
from fieldapp.domain.models import AttendanceCounts, Attendee, Gender, Origin

AGE_LIMITS = (25, 35, 45, 55, 65)


@dataclass(frozen=True, slots=True)
class Breakdown:
    """One dimension of the summary: a heading and (label, count) rows in display order."""

    heading: str
    rows: tuple[tuple[str, int], ...]
    pie: bool = False


def age_band_labels(lang: str) -> list[str]:
    """The age band labels of `lang`, youngest first, then "unknown"."""
    words = labels(lang)
    bands = [words["age_under"].format(n=AGE_LIMITS[0])]
    bands += [f"{lo}–{hi - 1}" for lo, hi in itertools.pairwise(AGE_LIMITS)]
    bands.append(words["age_over"].format(n=AGE_LIMITS[-1]))
    return [*bands, words["unknown"]]


def age_band(birth_year: int | None, today: dt.date) -> int:
    """Index into `age_band_labels` for someone born in `birth_year` (age = year difference)."""
    if birth_year is None or birth_year > today.year:
        return len(AGE_LIMITS) + 1
    age = today.year - birth_year
    return sum(1 for limit in AGE_LIMITS if age >= limit)


def _by_text(
    attendees: Sequence[Attendee], key: Callable[[Attendee], str], unknown: str
) -> tuple[tuple[str, int], ...]:
    counts = Counter(key(a).strip() or unknown for a in attendees)
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def attendance_breakdown(counts: AttendanceCounts, lang: str) -> Breakdown:
    """Who came and who did not: pre-registered and came, walk-ins, expected not arrived, and
    absent (when anyone was marked so)."""
    said = attendance_words(lang)
    rows = [
        (said["pre_registered_present"], counts.present - counts.walk_ins),
        (said["walk_in_present"], counts.walk_ins),
        (said["expected"], counts.expected),
    ]
    if counts.absent:
        rows.append((said["absent"], counts.absent))
    return Breakdown(said["attendance"], tuple(rows), pie=True)


def breakdowns(
    attendees: Sequence[Attendee],
    outcome_titles: Mapping[str, Sequence[str]],
    *,
    lang: str,
    today: dt.date,
    crafts: Mapping[str, str] | None = None,
) -> list[Breakdown]:
    """Counts of those present by gender, age band, craft, province, outcome and origin.

    Crafts are counted from the questionnaire's craft answer (`crafts`, by attendee id),
    falling back to the craft typed at registration; attendees not present are left out.
    """
    words = labels(lang)
    attendees = [a for a in attendees if a.status.arrived]
    answered = crafts or {}
    genders = Counter(a.gender for a in attendees)
    gender_rows = [(gender_label(g, lang), genders[g]) for g in (Gender.FEMALE, Gender.MALE)]
    if genders[None]:
        gender_rows.append((gender_label(None, lang), genders[None]))
    ages = Counter(age_band(a.birth_year, today) for a in attendees)
    age_rows = [(label, ages[i]) for i, label in enumerate(age_band_labels(lang))]
    if not age_rows[-1][1]:
        age_rows.pop()
    outcomes: Counter[str] = Counter()
    for attendee in attendees:
        titles = list(dict.fromkeys(outcome_titles.get(attendee.id, ())))
        outcomes.update(titles or [words["no_outcome"]])
    origins = Counter(a.origin for a in attendees)
    origin_rows = [
        (origin_label(o, lang), origins[o]) for o in (Origin.PRE_REGISTERED, Origin.WALK_IN)
    ]
    return [
        Breakdown(words["by_gender"], tuple(gender_rows), pie=True),
        Breakdown(words["by_age"], tuple(age_rows)),
        Breakdown(
            words["by_craft"],
            _by_text(attendees, lambda a: answered.get(a.id) or a.craft, words["unknown"]),
        ),
        Breakdown(
            words["by_province"], _by_text(attendees, lambda a: a.province, words["unknown"])
        ),
        Breakdown(
            words["by_outcome"], tuple(sorted(outcomes.items(), key=lambda kv: (-kv[1], kv[0])))
        ),
        Breakdown(words["by_origin"], tuple(origin_rows), pie=True),
    ]


def share(count: int, total: int) -> str:
    """`count` as a whole percentage of `total` ("0%" when there is nobody), halves rounded up
    as on paper (1 of 8 is 13%, not Python's round-half-to-even 12%)."""
    return f"{(200 * count + total) // (2 * total) if total else 0}%"
