"""Plain domain records: sessions, attendees, outcomes and checklist items."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

DEFAULT_FORM_ID = "outreach-amo-rna"


# The attendee's own fields, in the order forms, files and exports list them.
ATTENDEE_FIELDS = (
    "name_ar",
    "name_lat",
    "cin",
    "phone",
    "gender",
    "birth_year",
    "craft",
    "province",
    "commune",
)


class Gender(StrEnum):
    """Gender as recorded at the desk."""

    FEMALE = "F"
    MALE = "M"


class Origin(StrEnum):
    """How the attendee came to be in the session."""

    PRE_REGISTERED = "pre_registered"
    WALK_IN = "walk_in"


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


@dataclass(frozen=True, slots=True)
class AttendeeInput:
    """What a user or an import row provides for an attendee, already validated."""

    name_ar: str = ""
    name_lat: str = ""
    cin: str = ""
    phone: str = ""
    gender: Gender | None = None
    birth_year: int | None = None
    craft: str = ""
    province: str = ""
    commune: str = ""
    origin: Origin = Origin.WALK_IN
    consent: bool = False


@dataclass(frozen=True, slots=True)
class Attendee:
    """A person registered (or pre-registered) in one session."""

    id: str
    session_id: str
    name_ar: str = ""
    name_lat: str = ""
    cin: str = ""
    phone: str = ""
    gender: Gender | None = None
    birth_year: int | None = None
    craft: str = ""
    province: str = ""
    commune: str = ""
    origin: Origin = Origin.WALK_IN
    consent: bool = False
    checked_in: bool = False
    printed_at: str | None = None
    created_at: str = ""
    updated_at: str = ""
    device_id: str = ""
    agent: str = ""

    @property
    def display_name(self) -> str:
        """The Arabic name if known, else the Latin one."""
        return self.name_ar or self.name_lat

    def to_public_dict(self) -> dict[str, object]:
        """The attendee as a JSON-ready dict (for `--json` output and exports)."""
        return {
            "id": self.id,
            "session_id": self.session_id,
            "name_ar": self.name_ar,
            "name_lat": self.name_lat,
            "cin": self.cin,
            "phone": self.phone,
            "gender": self.gender.value if self.gender else "",
            "birth_year": self.birth_year,
            "craft": self.craft,
            "province": self.province,
            "commune": self.commune,
            "origin": self.origin.value,
            "consent": self.consent,
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
