"""Session use cases: create, edit, close, list, find by id or id prefix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, NotRequired, TypedDict, Unpack

from fieldapp.domain.errors import FieldError, ValidationFailed
from fieldapp.domain.ids import uuid7
from fieldapp.domain.models import DEFAULT_FORM_ID, AttendanceCounts, Session, SessionStatus
from fieldapp.domain.validators import check_length
from fieldapp.services.context import ServiceContext, by_id_or_prefix
from fieldapp.services.events import Change

PROVINCES = ("Guelmim", "Tan-Tan", "Sidi Ifni", "Assa-Zag")


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """A session with its live attendees counted by attendance status, for lists."""

    session: Session
    counts: AttendanceCounts

    @property
    def attendees(self) -> int:
        """Every live attendee, whatever their status."""
        return self.counts.total


class AmbiguousId(LookupError):
    """A short id matched more than one record."""


class SessionDetails(TypedDict):
    """A session's editable details, as `create_session` and `update_session` take them (by
    keyword); left out, the optional ones are empty and the form is the default one."""

    place: str
    date: dt.date
    venue: NotRequired[str]
    province: NotRequired[str]
    partners: NotRequired[Sequence[str]]
    topics: NotRequired[Sequence[str]]
    form_id: NotRequired[str]


def _clean_list(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for v in values if v.strip())


def _cleaned(details: SessionDetails) -> dict[str, Any]:
    """The session's editable fields, validated and trimmed; ValidationFailed otherwise."""
    place, form_id = details["place"], details.get("form_id", DEFAULT_FORM_ID)
    errors = []
    if not place.strip():
        errors.append(FieldError("place", "required"))
    if not form_id.strip():
        errors.append(FieldError("form_id", "required"))
    if errors:
        raise ValidationFailed(errors)
    return {
        "place": check_length(place, "place"),
        "date": details["date"],
        "venue": check_length(details.get("venue", ""), "venue"),
        "province": check_length(details.get("province", ""), "province"),
        "partners": _clean_list(details.get("partners", ())),
        "topics": _clean_list(details.get("topics", ())),
        "form_id": form_id.strip(),
    }


class SessionService:
    """Creates and edits outreach sessions."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def create_session(self, **details: Unpack[SessionDetails]) -> Session:
        """Record a new open session and return it."""
        session = Session(id=uuid7(), **_cleaned(details))
        store = self._ctx.store
        with store.transaction(self._ctx.agent) as stamp:
            saved = store.sessions.insert(stamp, session)
        self._ctx.bus.publish(Change("session", (saved.id,), saved.id))
        return saved

    def update_session(self, *, session_id: str, **details: Unpack[SessionDetails]) -> Session:
        """Change a session's details."""
        return self._save(replace(self.get(session_id), **_cleaned(details)))

    def set_status(self, *, session_id: str, status: SessionStatus) -> Session:
        """Close (or reopen) a session."""
        return self._save(replace(self.get(session_id), status=status))

    def _save(self, session: Session) -> Session:
        store = self._ctx.store
        with store.transaction(self._ctx.agent) as stamp:
            saved = store.sessions.update(stamp, session)
        self._ctx.bus.publish(Change("session", (saved.id,), saved.id))
        return saved

    def get(self, session_id: str) -> Session:
        """The session with that id, or the only one whose id starts with it."""
        sessions = self._ctx.store.sessions
        return by_id_or_prefix(
            session_id,
            get=sessions.get,
            find_by_prefix=sessions.find_by_prefix,
            several=lambda: AmbiguousId(f"several sessions start with {session_id}"),
        )

    def list_sessions(self) -> list[SessionSummary]:
        """Every session on this device with its attendance counts, newest first."""
        store = self._ctx.store
        with store.reading("the sessions"):
            counts = store.sessions.counts()
            return [
                SessionSummary(s, counts.get(s.id, AttendanceCounts()))
                for s in store.sessions.list()
            ]
