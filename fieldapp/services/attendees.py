"""Attendee use cases: register, edit, check in, delete, list and search."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from fieldapp.domain.attendee_fields import details_of
from fieldapp.domain.errors import FieldError, ValidationFailed
from fieldapp.domain.ids import uuid7
from fieldapp.domain.models import Attendance, Attendee, AttendeeInput, Origin
from fieldapp.services.context import ServiceContext, by_id_or_prefix
from fieldapp.services.events import Change
from fieldapp.store.stamp import Stamp


class MatchKind(StrEnum):
    """Where a search result stands relative to the open session."""

    REGISTERED_HERE = "registered_here"
    PRE_REGISTERED = "pre_registered"
    KNOWN_ELSEWHERE = "known_elsewhere"


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One person found by the desk search."""

    attendee: Attendee
    kind: MatchKind
    session_place: str
    session_date: str


def _refuse(code: str) -> ValidationFailed:
    """A check-in (or its undo) that does not apply to this attendee."""
    return ValidationFailed([FieldError("status", code)])


def new_attendee(
    data: AttendeeInput,
    *,
    session_id: str,
    origin: Origin,
    checked_in: bool = False,
    at: str | None = None,
) -> Attendee:
    """A new attendee (fresh id) of `session_id` with the details of `data`: a walk-in, a
    pre-registered person checked in at `at` (present), or one still expected."""
    if origin is Origin.WALK_IN:
        status = Attendance.WALK_IN
    else:
        status = Attendance.PRESENT if checked_in else Attendance.EXPECTED
    return Attendee(
        id=uuid7(),
        session_id=session_id,
        **details_of(data),
        origin=origin,
        consent=data.consent,
        status=status,
        arrived_at=at if status.arrived else None,
    )


def apply_input(attendee: Attendee, data: AttendeeInput) -> Attendee:
    """`attendee` with the details of `data`."""
    return replace(attendee, **details_of(data), consent=data.consent)


class AttendeeService:
    """Registers attendees; refuses a second registration of one CIN in a session."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def duplicate_cin(
        self, *, session_id: str, data: AttendeeInput, other_than: str = ""
    ) -> FieldError | None:
        """The error for a CIN already registered in the session (None when it is free)."""
        if data.cin and self._ctx.store.attendees.cin_taken(
            session_id, data.cin, other_than=other_than
        ):
            return FieldError("cin", "duplicate_cin")
        return None

    def write(
        self,
        stamp: Stamp,
        *,
        session_id: str,
        attendee_id: str | None,
        data: AttendeeInput,
        checked_in: bool = True,
    ) -> Attendee:
        """Inside the caller's transaction: add an attendee to the session (`attendee_id`
        None) or replace that attendee's details (origin and check-in state kept). The caller
        checks `duplicate_cin` first and publishes the change after the commit."""
        store = self._ctx.store
        if attendee_id is None:
            attendee = new_attendee(
                data,
                session_id=session_id,
                origin=data.origin,
                checked_in=checked_in,
                at=stamp.at,
            )
            return store.attendees.insert(stamp, attendee)
        current = store.attendees.get(attendee_id)
        return store.attendees.update(
            stamp, replace(apply_input(current, data), origin=current.origin)
        )

    def register(
        self, *, session_id: str, data: AttendeeInput, checked_in: bool = True
    ) -> Attendee:
        """Add an attendee to a session (a walk-in, or a pre-registered person checked in)."""
        store = self._ctx.store
        store.sessions.get(session_id)
        duplicate = self.duplicate_cin(session_id=session_id, data=data)
        if duplicate is not None:
            raise ValidationFailed([duplicate])
        with store.transaction(self._ctx.agent) as stamp:
            saved = self.write(
                stamp, session_id=session_id, attendee_id=None, data=data, checked_in=checked_in
            )
        self._ctx.bus.publish(Change("attendee", (saved.id,), session_id))
        return saved

    def update(self, *, attendee_id: str, data: AttendeeInput) -> Attendee:
        """Replace an attendee's details (origin and check-in state are kept)."""
        store = self._ctx.store
        current = store.attendees.get(attendee_id)
        duplicate = self.duplicate_cin(
            session_id=current.session_id, data=data, other_than=current.id
        )
        if duplicate is not None:
            raise ValidationFailed([duplicate])
        with store.transaction(self._ctx.agent) as stamp:
            saved = self.write(
                stamp, session_id=current.session_id, attendee_id=current.id, data=data
            )
        self._ctx.bus.publish(Change("attendee", (saved.id,), saved.session_id))
        return saved

    def check_in(self, *, attendee_id: str, consent: bool = True) -> Attendee:
        """Mark a pre-registered attendee present, with the time and the consent, in one
        transaction (one key at the desk). Checking in someone already here changes nothing."""
        store = self._ctx.store
        current = store.attendees.get(attendee_id)
        if current.status.arrived:
            if consent and not current.consent:
                return self._save(replace(current, consent=True))
            return current
        with store.transaction(self._ctx.agent) as stamp:
            saved = store.attendees.update(
                stamp,
                replace(
                    current,
                    status=Attendance.PRESENT,
                    arrived_at=stamp.at,
                    consent=consent or current.consent,
                ),
            )
        self._ctx.bus.publish(Change("attendee", (saved.id,), saved.session_id))
        return saved

    def undo_check_in(self, *, attendee_id: str) -> Attendee:
        """Put a checked-in pre-registered person back to expected (audited like any edit:
        the audit entry keeps the status and arrival time undone)."""
        current = self._ctx.store.attendees.get(attendee_id)
        if current.status is Attendance.WALK_IN:
            raise _refuse("undo_walk_in")
        if current.status is not Attendance.PRESENT:
            raise _refuse("not_checked_in")
        return self._save(replace(current, status=Attendance.EXPECTED, arrived_at=None))

    def mark_absent(self, *, attendee_id: str) -> Attendee:
        """Mark an expected person absent after the day (optional: expected already means
        "did not arrive"; absent says someone checked)."""
        current = self._ctx.store.attendees.get(attendee_id)
        if current.status.arrived:
            raise _refuse("absent_but_arrived")
        if current.status is Attendance.ABSENT:
            raise _refuse("already_absent")
        return self._save(replace(current, status=Attendance.ABSENT))

    def _save(self, attendee: Attendee) -> Attendee:
        store = self._ctx.store
        with store.transaction(self._ctx.agent) as stamp:
            saved = store.attendees.update(stamp, attendee)
        self._ctx.bus.publish(Change("attendee", (saved.id,), saved.session_id))
        return saved

    def delete(self, *, attendee_id: str) -> None:
        """Delete an attendee (kept as a tombstone)."""
        store = self._ctx.store
        current = store.attendees.get(attendee_id)
        with store.transaction(self._ctx.agent) as stamp:
            store.attendees.delete(stamp, attendee_id)
        self._ctx.bus.publish(Change("attendee", (attendee_id,), current.session_id))

    def get(self, attendee_id: str) -> Attendee:
        """The attendee with that id, or the only one whose id starts with it."""
        attendees = self._ctx.store.attendees
        return by_id_or_prefix(
            attendee_id, get=attendees.get, find_by_prefix=attendees.find_by_prefix
        )

    def list_in_session(self, session_id: str) -> list[Attendee]:
        """A session's attendees in registration order."""
        with self._ctx.store.reading("the attendees"):
            return self._ctx.store.attendees.in_session(session_id)

    def search(
        self, query: str, *, session_id: str | None = None, limit: int = 50
    ) -> list[SearchResult]:
        """People matching `query` (CIN, phone, Arabic or Latin name).

        With a session: who is registered here, who is on its pre-registration list, and who
        is known from an earlier session (one entry per CIN, the latest registration).
        """
        store = self._ctx.store
        with store.reading("the search index"):
            hits = store.attendees.search(query, limit=limit * 2)
        here_cins = {h.attendee.cin for h in hits if h.attendee.session_id == session_id}
        here_cins.discard("")
        results: list[SearchResult] = []
        seen_elsewhere: set[str] = set()
        for hit in hits:
            attendee = hit.attendee
            if session_id is None or attendee.session_id == session_id:
                if attendee.session_id != session_id:
                    kind = MatchKind.KNOWN_ELSEWHERE
                elif not attendee.status.arrived:
                    kind = MatchKind.PRE_REGISTERED
                else:
                    kind = MatchKind.REGISTERED_HERE
            else:
                key = attendee.cin or attendee.id
                if key in here_cins or key in seen_elsewhere:
                    continue
                seen_elsewhere.add(key)
                kind = MatchKind.KNOWN_ELSEWHERE
            results.append(
                SearchResult(attendee, kind, hit.session_place, hit.session_date.isoformat())
            )
        order = {
            MatchKind.REGISTERED_HERE: 0,
            MatchKind.PRE_REGISTERED: 1,
            MatchKind.KNOWN_ELSEWHERE: 2,
        }
        results.sort(key=lambda r: order[r.kind])
        return results[:limit]
