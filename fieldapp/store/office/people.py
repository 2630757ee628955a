"""The office's people: which registrations are one person, and the clerks' decisions.

A person has a stable id (UUIDv7). A registration is linked to a person once, when the
office first sees it: to the person who already has a live registration with the same
(normalised) CIN, else to a new person; registrations arriving together with one CIN share
one new person. A later version of the registration (a CIN corrected on the laptop) keeps
its person, so the follow-up stays with them. Clerks change links only through decisions:
merge, split, and "not a duplicate" (a dismissal of one set of registrations), each kept
with who, when and why. Every person and follow-up carries a version: a change made on a
stale copy is refused (optimistic check), never applied over someone else's.

Plain SQL only (no engine-specific functions), so that another engine can run it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from fieldapp.domain.ids import uuid7
from fieldapp.store.office.postgres_statistics import refresh_statistics
from fieldapp.store.sql import SqlDatabase
from fieldapp.store.stamp import Stamp

_CHUNK = 500  # placeholders per IN (...) list


@dataclass(frozen=True, slots=True)
class FollowUpState:
    """A person's stored follow-up, with who set it, when, and its version (0: none)."""

    status: str
    note: str
    updated_at: str
    agent: str
    version: int


@dataclass(frozen=True, slots=True)
class Decision:
    """One clerk decision on people, as audited."""

    id: str
    kind: str
    person_ids: tuple[str, ...]
    why: str
    at: str
    agent: str
    details: dict[str, object]


class StaleVersion(Exception):
    """A person or follow-up changed since the caller read it."""

    def __init__(self, person_id: str, expected: int, current: int) -> None:
        super().__init__(f"person {person_id} is at version {current}, not {expected}")
        self.person_id = person_id
        self.expected = expected
        self.current = current


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _marks(items: Sequence[object]) -> str:
    return ", ".join("?" for _ in items)


class People:
    """Person links, decisions and follow-ups of the office registry (inside the caller's
    transaction)."""

    def __init__(self, db: SqlDatabase) -> None:
        self._db = db

    def link_new(self, at: str) -> int:
        """Link every registration not yet linked to a person; return how many were linked.

        Order-independent for CINs: whichever bundle comes first, live registrations that
        share a CIN end with one person (the oldest person holding it, after a split)."""
        rows = self._db.execute(
            "SELECT a.id, a.cin, a.deleted FROM attendees a WHERE NOT EXISTS "
            "(SELECT 1 FROM person_links l WHERE l.attendee_id = a.id) ORDER BY a.id"
        ).fetchall()
        if not rows:
            return 0
        cins = sorted({str(r[1]) for r in rows if r[1] and not r[2]})
        known: dict[str, str] = {}
        for chunk in _chunks(cins):
            for cin, person_id in self._db.execute(
                "SELECT a.cin, MIN(l.person_id) FROM attendees a "
                "JOIN person_links l ON l.attendee_id = a.id "
                f"WHERE a.deleted = 0 AND a.cin IN ({_marks(chunk)}) GROUP BY a.cin",
                list(chunk),
            ):
                known[str(cin)] = str(person_id)
        new_people: list[str] = []
        links = []
        for attendee_id, cin, deleted in rows:
            if cin and not deleted and cin in known:
                person_id = known[cin]
            else:
                person_id = uuid7()
                new_people.append(person_id)
                if cin and not deleted:
                    known[cin] = person_id
            links.append((attendee_id, person_id))
        self._db.executemany(
            "INSERT INTO people (id, created_at) VALUES (?, ?)", [(p, at) for p in new_people]
        )
        self._db.executemany(
            "INSERT INTO person_links (attendee_id, person_id) VALUES (?, ?)", links
        )
        refresh_statistics(self._db, "people", len(new_people))  # PostgreSQL only
        refresh_statistics(self._db, "person_links", len(links))
        return len(links)

    def unlinked(self) -> bool:
        """Whether some registration has no person yet (one made at this desk, not
        imported). Links are never deleted and registrations only become tombstones, so
        comparing the two counts is enough."""
        attendees = self._db.execute("SELECT COUNT(*) FROM attendees").fetchone()[0]
        links = self._db.execute("SELECT COUNT(*) FROM person_links").fetchone()[0]
        return bool(attendees != links)

    def current(self, person_id: str) -> str | None:
        """The live id of a person (following merges), or None if unknown."""
        seen = set()
        while person_id not in seen:
            seen.add(person_id)
            row = self._db.execute(
                "SELECT merged_into FROM people WHERE id = ?", [person_id]
            ).fetchone()
            if row is None:
                return None
            if row[0] is None:
                return person_id
            person_id = str(row[0])
        return None

    def version(self, person_id: str) -> int:
        """A person's version (0 if unknown)."""
        row = self._db.execute("SELECT version FROM people WHERE id = ?", [person_id]).fetchone()
        return int(row[0]) if row else 0

    def attendees_of(self, person_id: str) -> list[str]:
        """The registrations linked to a person."""
        return [
            str(r[0])
            for r in self._db.execute(
                "SELECT attendee_id FROM person_links WHERE person_id = ? ORDER BY attendee_id",
                [person_id],
            )
        ]

    def person_of(self, attendee_ids: Sequence[str]) -> dict[str, str]:
        """The person of each given registration that is linked."""
        found: dict[str, str] = {}
        for chunk in _chunks(list(attendee_ids)):
            for attendee_id, person_id in self._db.execute(
                "SELECT attendee_id, person_id FROM person_links "
                f"WHERE attendee_id IN ({_marks(chunk)})",
                list(chunk),
            ):
                found[str(attendee_id)] = str(person_id)
        return found

    def check_versions(self, expected: dict[str, int]) -> None:
        """Raise StaleVersion if any person is no longer at the expected version."""
        for person_id, version in sorted(expected.items()):
            current = self.version(person_id)
            if current != version:
                raise StaleVersion(person_id, version, current)

    def merge(self, stamp: Stamp, *, into: str, others: Sequence[str], why: str) -> Decision:
        """Make `others` one person with `into`: their registrations move, the follow-up
        kept is the latest one set (the others are kept in the decision's details)."""
        everyone = [into, *others]
        follow_ups = {
            str(r[0]): (str(r[1]), str(r[2]), str(r[3]), str(r[4]))
            for chunk in _chunks(everyone)
            for r in self._db.execute(
                "SELECT person_id, status, note, updated_at, agent FROM follow_ups "
                f"WHERE person_id IN ({_marks(chunk)})",
                list(chunk),
            )
        }
        dropped = []
        if follow_ups:
            # The latest status stays; every note is kept, joined, so nothing is lost.
            latest = max(follow_ups, key=lambda p: (follow_ups[p][2], p == into))
            notes = [follow_ups[p][1] for p in sorted(follow_ups) if follow_ups[p][1]]
            if latest != into:
                self._db.execute("DELETE FROM follow_ups WHERE person_id = ?", [into])
            self._db.execute(
                "UPDATE follow_ups SET person_id = ?, note = ?, version = version + 1 "
                "WHERE person_id = ?",
                [into, "\n".join(dict.fromkeys(notes)), latest],
            )
            for chunk in _chunks([p for p in others if p != latest]):
                self._db.execute(
                    f"DELETE FROM follow_ups WHERE person_id IN ({_marks(chunk)})", list(chunk)
                )
            dropped = [
                {"person_id": p, "status": f[0], "updated_at": f[2], "agent": f[3]}
                for p, f in sorted(follow_ups.items())
                if p != latest
            ]
        for chunk in _chunks(list(others)):
            self._db.execute(
                f"UPDATE person_links SET person_id = ?, by_clerk = 1 "
                f"WHERE person_id IN ({_marks(chunk)})",
                [into, *chunk],
            )
            self._db.execute(
                f"UPDATE people SET merged_into = ?, version = version + 1 "
                f"WHERE id IN ({_marks(chunk)})",
                [into, *chunk],
            )
        self._bump(into)
        details: dict[str, object] = {"into": into, "replaced_follow_ups": dropped}
        return self._record(stamp, "merge", everyone, why, details)

    def split(self, stamp: Stamp, *, person_id: str, attendee_ids: Sequence[str], why: str) -> str:
        """Move some of a person's registrations to a new person; return the new id."""
        new_id = uuid7()
        self._db.execute("INSERT INTO people (id, created_at) VALUES (?, ?)", [new_id, stamp.at])
        for chunk in _chunks(list(attendee_ids)):
            self._db.execute(
                "UPDATE person_links SET person_id = ?, by_clerk = 1 "
                f"WHERE person_id = ? AND attendee_id IN ({_marks(chunk)})",
                [new_id, person_id, *chunk],
            )
        self._bump(person_id)
        self._record(
            stamp, "split", [person_id, new_id], why, {"attendee_ids": sorted(attendee_ids)}
        )
        return new_id

    def dismiss(
        self, stamp: Stamp, *, person_ids: Sequence[str], attendee_ids: Sequence[str], why: str
    ) -> Decision:
        """Record that these registrations are not one person: the group they form is not
        proposed again unless another registration joins it."""
        for person_id in person_ids:
            self._bump(person_id)
        decision = self._record(stamp, "dismiss", list(person_ids), why, {})
        self._db.executemany(
            "INSERT INTO dismissed_registrations (decision_id, attendee_id) VALUES (?, ?)",
            [(decision.id, a) for a in sorted(set(attendee_ids))],
        )
        return decision

    def dismissed_sets(self) -> list[frozenset[str]]:
        """The registrations of each dismissal."""
        sets: dict[str, set[str]] = {}
        for decision_id, attendee_id in self._db.execute(
            "SELECT decision_id, attendee_id FROM dismissed_registrations"
        ):
            sets.setdefault(str(decision_id), set()).add(str(attendee_id))
        return [frozenset(s) for s in sets.values()]

    def decisions(self, person_id: str | None = None) -> list[Decision]:
        """Every decision (or those naming a person), oldest first."""
        rows = self._db.execute(
            "SELECT id, kind, person_ids, why, at, agent, details FROM person_decisions "
            "ORDER BY at, id"
        ).fetchall()
        found = [
            Decision(r[0], r[1], tuple(json.loads(r[2])), r[3], r[4], r[5], json.loads(r[6]))
            for r in rows
        ]
        return [d for d in found if person_id is None or person_id in d.person_ids]

    def follow_up(self, person_id: str) -> FollowUpState | None:
        """A person's stored follow-up, if any."""
        row = self._db.execute(
            "SELECT status, note, updated_at, agent, version FROM follow_ups WHERE person_id = ?",
            [person_id],
        ).fetchone()
        return FollowUpState(row[0], row[1], row[2], row[3], int(row[4])) if row else None

    def set_follow_up(
        self, stamp: Stamp, *, person_id: str, status: str, note: str, expected: int | None
    ) -> None:
        """Set a person's follow-up. With `expected` (the version read, 0 for none), refuse
        with StaleVersion if someone changed it since."""
        current = self.follow_up(person_id)
        version = current.version if current else 0
        if expected is not None and expected != version:
            raise StaleVersion(person_id, expected, version)
        if current is None:
            self._db.execute(
                "INSERT INTO follow_ups (person_id, status, note, updated_at, device_id, agent) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [person_id, status, note, stamp.at, stamp.device_id, stamp.agent],
            )
        else:
            # The version read is checked again by the UPDATE itself, so that no engine or
            # isolation level can let a concurrent change through between the two.
            changed = self._db.execute(
                "UPDATE follow_ups SET status = ?, note = ?, updated_at = ?, device_id = ?, "
                "agent = ?, version = version + 1 WHERE person_id = ? AND version = ?",
                [status, note, stamp.at, stamp.device_id, stamp.agent, person_id, version],
            ).rowcount
            if changed != 1:
                raise StaleVersion(person_id, version, self.version_of_follow_up(person_id))

    def version_of_follow_up(self, person_id: str) -> int:
        """A person's follow-up version (0: none)."""
        current = self.follow_up(person_id)
        return current.version if current else 0

    def _bump(self, person_id: str) -> None:
        self._db.execute("UPDATE people SET version = version + 1 WHERE id = ?", [person_id])

    def _record(
        self, stamp: Stamp, kind: str, person_ids: list[str], why: str, details: dict[str, object]
    ) -> Decision:
        decision = Decision(uuid7(), kind, tuple(person_ids), why, stamp.at, stamp.agent, details)
        self._db.execute(
            "INSERT INTO person_decisions (id, kind, person_ids, why, details, at, device_id, "
            "agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                decision.id,
                kind,
                json.dumps(person_ids),
                why,
                json.dumps(details, ensure_ascii=False, sort_keys=True),
                stamp.at,
                stamp.device_id,
                stamp.agent,
            ],
        )
        return decision
