"""The office registry's people as the office shows them: one row per person, the
registrations of a possible duplicate, and their groups. Computed by the store
(`store/office/people_registry.py`), shown by services, the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from .attendee_fields import AttendeeDetails


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonRow(AttendeeDetails):
    """One person: the details of the latest registration (`AttendeeDetails`), the outcomes
    of the latest answered one, and the follow-up state. `sessions` counts the sessions the person attended (present or walk-in),
    `absent` those they were pre-registered for and did not attend; `first_date`,
    `last_date` and `last_place` are those of sessions attended ('' if none)."""

    person_key: str
    attendee_id: str
    sessions: int
    first_date: str
    last_date: str
    last_place: str
    last_session_id: str
    outcomes: tuple[str, ...]
    answers_complete: bool
    follow_up: str
    follow_up_note: str
    follow_up_at: str
    absent: int = 0
    follow_up_by: str = ""
    follow_up_version: int = 0


@dataclass(frozen=True, slots=True)
class AttendeeSummary:
    """One live registration, as listed in a possible-duplicate group."""

    person_key: str
    attendee_id: str
    cin: str
    name_ar: str
    name_lat: str
    phone: str
    birth_year: int
    session_date: str
    session_place: str
    device_id: str


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Registrations of different people that are probably one person (names alike across
    scripts, same birth year or phone), for a clerk to review. `name_key` is the first one's
    consonant skeleton; `birth_year` and `phone` are the shared ones (0, '' if they differ);
    `score` the best pair's (0-100)."""

    name_key: str
    birth_year: int
    phone: str
    registrations: tuple[AttendeeSummary, ...]
    score: int = 0

    @property
    def person_keys(self) -> tuple[str, ...]:
        """The distinct people involved."""
        return tuple(dict.fromkeys(r.person_key for r in self.registrations))
