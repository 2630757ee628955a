"""The clerks' decisions on people (merge, split, not a duplicate) and the version check
that keeps two clerks from silently overwriting each other's follow-up or decision."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from fieldapp.domain.texts import text
from fieldapp.services.bundles.errors import SyncError
from fieldapp.services.context import ServiceContext
from fieldapp.services.events import Change
from fieldapp.store.office.database import OfficeDatabase
from fieldapp.store.office.people import Decision, People, StaleVersion
from fieldapp.store.office.people_registry import AttendeeSummary, PeopleRegistry, PersonRow


class DecisionRefused(SyncError):
    """A merge, split or dismissal that does not make sense (unknown person, no reason…)."""


class ChangedMeanwhile(SyncError):
    """Someone changed the person's follow-up or decision since the caller read it; carries
    who, when and the current state, so that the caller can show them."""

    def __init__(self, person: PersonRow | None, *, by: str, at: str, current: str) -> None:
        self.person = person
        self.by = by or "?"
        self.at = at or "?"
        self.current = current or "-"
        super().__init__(self.describe("en"))

    def describe(self, lang: str) -> str:
        """The message in `lang` (ar, fr or en)."""
        return text("office.changed_meanwhile", lang, by=self.by, at=self.at, current=self.current)


@dataclass(frozen=True, slots=True)
class DecisionResult:
    """A recorded decision and the people it leaves."""

    decision: Decision | None
    people: tuple[PersonRow, ...]


class PeopleDecisions:
    """Merge, split, dismiss and versioned follow-up, each one transaction."""

    def __init__(
        self, context: ServiceContext, database: OfficeDatabase, resolve: Callable[[str], str]
    ) -> None:
        self._ctx = context
        self._db = database
        self._resolve = resolve
        self._registry = PeopleRegistry(database)
        self._people = People(database)

    def set_follow_up(
        self, *, person: str, status: str, note: str, expected_version: int | None
    ) -> PersonRow:
        """Set a follow-up; with `expected_version` (as read), refuse a stale change."""
        key = self._resolve(person)
        try:
            with self._db.transaction(self._ctx.agent or "office") as stamp:
                self._people.set_follow_up(
                    stamp, person_id=key, status=status, note=note, expected=expected_version
                )
        except StaleVersion:
            now = self._person(key)
            raise ChangedMeanwhile(
                now,
                by=now.follow_up_by if now else "",
                at=now.follow_up_at if now else "",
                current=f"{now.follow_up} {now.follow_up_note}".strip() if now else "",
            ) from None
        self._ctx.bus.publish(Change("follow_up", ids=(key,)))
        person_row = self._person(key)
        assert person_row is not None  # resolved above, inside the registry
        return person_row

    def merge(
        self, *, people: Sequence[str], why: str, expected: dict[str, int] | None = None
    ) -> DecisionResult:
        """Make several people one (the first named keeps its id)."""
        keys = list(dict.fromkeys(self._resolve(p) for p in people))
        if len(keys) < 2:
            raise DecisionRefused("name two different people to merge")
        decision = self._decide(
            keys,
            why,
            expected,
            lambda s: self._people.merge(s, into=keys[0], others=keys[1:], why=why),
        )
        return DecisionResult(decision, self._rows([keys[0]]))

    def split(
        self, *, person: str, attendee_ids: Sequence[str], why: str, expected: int | None = None
    ) -> DecisionResult:
        """Move the given registrations of a person to a new person."""
        key = self._resolve(person)
        own = set(self._people.attendees_of(key))
        chosen = sorted(set(attendee_ids))
        foreign = [a for a in chosen if a not in own]
        if foreign:
            raise DecisionRefused(
                f"registration(s) {', '.join(foreign[:5])} are not this person's; "
                "list the registrations with `office people --json`"
            )
        if not chosen or len(chosen) == len(own):
            raise DecisionRefused("choose some of the person's registrations, not none or all")
        new_ids: list[str] = []
        decision = self._decide(
            [key],
            why,
            None if expected is None else {key: expected},
            lambda s: new_ids.append(
                self._people.split(s, person_id=key, attendee_ids=chosen, why=why)
            ),
        )
        return DecisionResult(decision, self._rows([key, *new_ids]))

    def dismiss(
        self, *, attendee_ids: Sequence[str], why: str, expected: dict[str, int] | None = None
    ) -> DecisionResult:
        """Record that a possible-duplicate group (its registrations) is not one person."""
        chosen = sorted(set(attendee_ids))
        owners = self._people.person_of(chosen)
        missing = [a for a in chosen if a not in owners]
        if missing or len(set(owners.values())) < 2:
            raise DecisionRefused(
                "give the registrations of a possible-duplicate group (two people or more), "
                "as listed by `office duplicates --json`"
            )
        keys = sorted(set(owners.values()))
        decision = self._decide(
            keys,
            why,
            expected,
            lambda s: self._people.dismiss(s, person_ids=keys, attendee_ids=chosen, why=why),
        )
        return DecisionResult(decision, self._rows(keys))

    def registrations(self, person: str) -> list[AttendeeSummary]:
        """A person's live registrations, oldest session first."""
        key = self._resolve(person)
        with self._db.reading("registry"):
            return self._registry.registrations(key)

    def version(self, person: str) -> int:
        """A person's version, to pass back as `expected` with a decision."""
        with self._db.reading("registry"):
            return self._people.version(self._resolve(person))

    def decisions(self, person: str | None = None) -> list[Decision]:
        """The decisions taken (on one person, or all), oldest first."""
        key = self._resolve(person) if person is not None else None
        with self._db.reading("registry"):
            return self._people.decisions(key)

    def _decide(
        self,
        keys: list[str],
        why: str,
        expected: dict[str, int] | None,
        act: Callable[..., object],
    ) -> Decision | None:
        if not why.strip():
            raise DecisionRefused("say why (--why): the decision is kept with your name and reason")
        try:
            with self._db.transaction(self._ctx.agent or "office") as stamp:
                if expected is not None:
                    self._people.check_versions(expected)
                result = act(stamp)
        except StaleVersion as stale:
            latest = self._people.decisions(stale.person_id)
            last = latest[-1] if latest else None
            raise ChangedMeanwhile(
                self._person(stale.person_id),
                by=last.agent if last else "",
                at=last.at if last else "",
                current=f"{last.kind}: {last.why}" if last else "",
            ) from None
        self._ctx.bus.publish(Change("follow_up", ids=tuple(keys)))
        return result if isinstance(result, Decision) else None

    def _person(self, key: str) -> PersonRow | None:
        rows = self._registry.people(person_key=key)
        return rows[0] if rows else None

    def _rows(self, keys: Sequence[str]) -> tuple[PersonRow, ...]:
        return tuple(p for k in keys if (p := self._person(k)) is not None)
