"""Plain domain records: sessions, attendees, outcomes and checklist items."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .attendee_fields import FIELD_NAMES, AttendeeDetails, stored_details
from .gender import Gender as Gender

# The attendee's own fields, in the order forms, files and exports list them (declared in
# `domain.attendee_fields`).
ATTENDEE_FIELDS = FIELD_NAMES

DEFAULT_FORM_ID = "outreach-amo-rna"


class Origin(StrEnum):
    """How the attendee came to be in the session."""

    PRE_REGISTERED = "pre_registered"
    WALK_IN = "walk_in"


class Attendance(StrEnum):
    """Where an attendee of a session stands on the day.

    A pre-registered person is *expected* until checked in (*present*, with the time), and may
    be marked *absent* after the day; a person registered at the desk is a *walk-in* (present,
    not pre-registered).
    """

    EXPECTED = "expected"
    PRESENT = "present"
    WALK_IN = "walk_in"
    ABSENT = "absent"

    @property
    def arrived(self) -> bool:
        """Whether the person came (present or walk-in)."""
        return self in (Attendance.PRESENT, Attendance.WALK_IN)


@dataclass(frozen=True, slots=True)
class AttendanceCounts:
    """How many attendees of a session stand where. `present` counts everyone who came,
    walk-ins included (`walk_ins` is the part of them who were not pre-registered);
    `expected` the pre-registered who have not arrived; `absent` those marked absent."""

    present: int = 0
    walk_ins: int = 0
    expected: int = 0
    absent: int = 0

    @property
    def total(self) -> int:
        """Every live attendee of the session, whatever their status."""
        return self.present + self.expected + self.absent

    @property
    def pre_registered(self) -> int:
        """Those on the pre-registration list (arrived or not)."""
        return self.total - self.walk_ins

    @classmethod
    def of_statuses(cls, statuses: Iterable[Attendance]) -> AttendanceCounts:
        """The counts of these statuses."""
        tally = Counter(statuses)
        return cls.from_tally({status.value: n for status, n in tally.items()})

    @classmethod
    def from_tally(cls, tally: Mapping[str, int]) -> AttendanceCounts:
        """The counts from the number of attendees with each status value."""
        walk_ins = tally.get(Attendance.WALK_IN.value, 0)
        return cls(
            present=tally.get(Attendance.PRESENT.value, 0) + walk_ins,
            walk_ins=walk_ins,
            expected=tally.get(Attendance.EXPECTED.value, 0),
            absent=tally.get(Attendance.ABSENT.value, 0),
        )

    def to_dict(self) -> dict[str, int]:
        """JSON form: `total`, `present`, `expected`, `walk_ins`, `absent`."""
        return {
            "total": self.total,
            "present": self.present,
            "expected": self.expected,
            "walk_ins": self.walk_ins,
            "absent": self.absent,
        }


def attendance_by_rule(
    origin: Origin, *, checked_in: bool, answered: bool, printed: bool
) -> Attendance:
    """The status of an attendee recorded before statuses existed (databases before schema 6,
    bundles of format 1): a walk-in came; a pre-registered person checked in, with answers or
    with a printed checklist is present; an imported pre-registration never touched is expected.
    """
    if origin is Origin.WALK_IN:
        return Attendance.WALK_IN
    if checked_in or answered or printed:
        return Attendance.PRESENT
    return Attendance.EXPECTED


def upgrade_attendee_record(row: dict[str, Any], *, answered: bool) -> dict[str, Any]:
    """An attendee record of a format-1 bundle (`checked_in`, `printed_at`) in today's shape
    (`status`, `arrived_at`), by `attendance_by_rule`; a row that is not of that shape is
    returned unchanged, for the bundle's validation to name what is wrong with it."""
    if "status" in row or "checked_in" not in row or "printed_at" not in row:
        return row
    try:
        origin = Origin(str(row.get("origin")))
    except ValueError:
        return row
    upgraded = {k: v for k, v in row.items() if k not in ("checked_in", "printed_at")}
    status = attendance_by_rule(
        origin,
        checked_in=bool(row["checked_in"]),
        answered=answered,
        printed=row["printed_at"] is not None,
    )
    upgraded["status"] = status.value
    if status is Attendance.WALK_IN:
        upgraded["arrived_at"] = row.get("created_at")
    elif status is Attendance.PRESENT:
        upgraded["arrived_at"] = row["printed_at"] or row.get("updated_at")
    else:
        upgraded["arrived_at"] = None
    return upgraded


class SessionStatus(StrEnum):
    """A session is open during the outreach day and closed afterwards."""

    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Session:
    """One outreach day (or half-day) in one place."""

    id: str
    place: str
    date: dt.date
    venue: str = ""
    province: str = ""
    partners: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    form_id: str = DEFAULT_FORM_ID
    status: SessionStatus = SessionStatus.OPEN
    created_at: str = ""
    updated_at: str = ""
    device_id: str = ""
    agent: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class AttendeeInput(AttendeeDetails):
    """What a user or an import row provides for an attendee, already validated: the
    person's details (`AttendeeDetails`), how they came and their consent."""

    origin: Origin = Origin.WALK_IN
    consent: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Attendee(AttendeeDetails):
    """A person registered (or pre-registered) in one session: the person's details
    (`AttendeeDetails`) and the registration's own state."""

    id: str
    session_id: str
    origin: Origin = Origin.WALK_IN
    consent: bool = False
    status: Attendance = Attendance.WALK_IN
    arrived_at: str | None = None
    # Derived from the print events (the latest checklist print), never stored on the attendee.
    printed_at: str | None = None
    created_at: str = ""
    updated_at: str = ""
    device_id: str = ""
    agent: str = ""

    @property
    def checked_in(self) -> bool:
        """Whether the person came (present or walk-in)."""
        return self.status.arrived

    @property
    def arrival_time(self) -> str:
        """When the person arrived, `HH:MM` in this computer's time zone ('' if not)."""
        if not self.arrived_at or not self.status.arrived:
            return ""
        from .clock import parse_timestamp

        try:
            return parse_timestamp(self.arrived_at).astimezone().strftime("%H:%M")
        except ValueError:
            return ""

    @property
    def phone_display(self) -> str:
        """The phone as people read it (`06 12 34 56 78`)."""
        from .validators import display_phone

        return display_phone(self.phone)

    @property
    def phone_flagged(self) -> bool:
        """A phone that is possible but not assigned: to confirm with the person."""
        from .validators import phone_assigned

        return bool(self.phone) and not phone_assigned(self.phone)

    @property
    def display_name(self) -> str:
        """The Arabic name if known, else the Latin one."""
        return self.name_ar or self.name_lat

    def to_public_dict(self) -> dict[str, object]:
        """The attendee as a JSON-ready dict (for `--json` output and exports)."""
        return {
            "id": self.id,
            "session_id": self.session_id,
            **stored_details(self),  # the declared fields, as stored (gender "F", "M" or "")
            "origin": self.origin.value,
            "consent": self.consent,
            "status": self.status.value,
            "arrived_at": self.arrived_at,
            "checked_in": self.checked_in,
            "printed_at": self.printed_at,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


class ItemKind(StrEnum):
    """What a checklist line asks of the attendee."""

    STEP = "step"
    DOCUMENT = "document"
    PLACE = "place"


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One tick-box line on the attendee's checklist, in one language."""

    id: str
    kind: ItemKind
    text: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the answers mean for the attendee, in one language, with the items to act on."""

    id: str
    title: str
    explanation: str
    priority: int
    items: tuple[ChecklistItem, ...] = field(default_factory=tuple)
