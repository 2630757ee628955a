"""Counted phrases several commands print: a session's attendance and records by kind, each
number in the plural form its language needs ("1 walk-in", "2 walk-ins", "حضور مباشر واحد")."""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.cli.common import CliEnv
from fieldapp.domain.models import AttendanceCounts


def attendance(env: CliEnv, counts: AttendanceCounts, *, absent_always: bool = False) -> str:
    """`4 attendees: 2 present (1 walk-in), 1 expected, 1 absent` (absent left out at zero
    unless `absent_always`)."""
    parts = {
        "attendees": env.plural("cli.count_attendees", counts.total),
        "present": env.plural("cli.count_present", counts.present),
        "walk_ins": env.plural("cli.count_walk_ins", counts.walk_ins),
        "expected": env.plural("cli.count_expected", counts.expected),
    }
    if counts.absent or absent_always:
        absent = env.plural("cli.count_absent", counts.absent)
        return env.text("cli.attendance_absent", absent=absent, **parts)
    return env.text("cli.attendance", **parts)


def record_count(env: CliEnv, kind: str, n: int) -> str:
    """`3 attendees`, `1 answer`… for one record kind of a bundle."""
    if kind == "sessions":
        return env.plural("cli.count_sessions", n)
    if kind == "attendees":
        return env.plural("cli.count_attendees", n)
    if kind == "answers":
        return env.plural("cli.count_answers", n)
    if kind == "print_events":
        return env.plural("cli.count_print_events", n)
    if kind == "audit":
        return env.plural("cli.count_audit", n)
    return env.text("cli.count_other", kind=kind, n=n)


def record_counts(env: CliEnv, counts: Mapping[str, int]) -> str:
    """The non-zero counts of a bundle or of what is pending, joined in the language's list."""
    return env.text("cli.list_separator").join(
        record_count(env, kind, n) for kind, n in counts.items() if n
    )
