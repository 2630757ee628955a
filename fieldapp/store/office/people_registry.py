"""The office registry: people across sessions and devices, possible duplicates, follow-ups.

A person is an entity with a stable id (`person_key` = the person id, see `store.people`):
registrations are linked to people on import (by CIN) and by the clerks' decisions. The
registry is computed from the merged `attendees`, `sessions` and `answers` tables and the
links when asked, so it cannot drift from them. Follow-up state is keyed by person id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from fieldapp.domain.arabic import normalise_name
from fieldapp.domain.attendee_fields import FIELD_NAMES, details_from_row
from fieldapp.domain.people import AttendeeSummary as AttendeeSummary
from fieldapp.domain.people import DuplicateGroup as DuplicateGroup
from fieldapp.domain.people import PersonRow as PersonRow
from fieldapp.domain.person_match import Candidate, find_groups, skeleton
from fieldapp.store.office.people import People
from fieldapp.store.sql import SqlDatabase

_T = TypeVar("_T")
# The declared attendee fields of a person's latest registration (`domain.attendee_fields`).
_DETAILS = ", ".join(f"r.{name}" for name in FIELD_NAMES)
_LIVE_FROM = (
    "FROM attendees a JOIN sessions s ON s.id = a.session_id "
    "JOIN person_links pl ON pl.attendee_id = a.id WHERE a.deleted = 0 AND s.deleted = 0"
)
_LIVE = (
    "SELECT a.*, pl.person_id AS person_key, "
    f"s.date AS session_date, s.place AS session_place {_LIVE_FROM}"
)
# The registrations of one person (`?1` = person id), through the links' person index.
_ONE_PERSON = " AND pl.person_id = ?"


def _people_sql(live: str) -> str:
    # One pass of window functions (no self-join): the latest registration, the outcomes of
    # the latest answered one and the latest attended session, per person.
    attended = "status IN ('present', 'walk_in')"
    latest = "session_date DESC, updated_at DESC, id DESC"
    return f"""
WITH live AS (
    SELECT l.*, w.id AS answers_id, w.outcomes AS answers_outcomes, w.complete AS answers_complete
    FROM ({live}) l LEFT JOIN answers w ON w.attendee_id = l.id AND w.deleted = 0
),
ranked AS (
    SELECT live.*,
        ROW_NUMBER() OVER (PARTITION BY person_key ORDER BY {latest}) AS rank,
        FIRST_VALUE(answers_outcomes) OVER answered AS best_outcomes,
        FIRST_VALUE(answers_complete) OVER answered AS best_complete,
        FIRST_VALUE(CASE WHEN {attended} THEN session_date ELSE '' END) OVER visited AS v_date,
        FIRST_VALUE(CASE WHEN {attended} THEN session_place ELSE '' END) OVER visited AS v_place,
        SUM(CASE WHEN {attended} THEN 1 ELSE 0 END) OVER person AS sessions,
        SUM(CASE WHEN {attended} THEN 0 ELSE 1 END) OVER person AS absent,
        MIN(CASE WHEN {attended} THEN session_date END) OVER person AS first_date
    FROM live
    WINDOW person AS (PARTITION BY person_key),
        answered AS (PARTITION BY person_key ORDER BY answers_id IS NULL, {latest}),
        visited AS (PARTITION BY person_key ORDER BY CASE WHEN {attended} THEN 0 ELSE 1 END,
            {latest})
)
SELECT r.person_key, r.id, {_DETAILS}, r.sessions, r.absent, COALESCE(r.first_date, '') AS first_date,
    r.v_date AS last_date, r.v_place AS last_place, r.session_id AS last_session_id,
    COALESCE(r.best_outcomes, '[]') AS outcomes, COALESCE(r.best_complete, 0) AS complete,
    COALESCE(f.status, '') AS follow_up, COALESCE(f.note, '') AS follow_up_note,
    COALESCE(f.updated_at, '') AS follow_up_at, COALESCE(f.agent, '') AS follow_up_by,
    COALESCE(f.version, 0) AS follow_up_version
FROM ranked r
LEFT JOIN follow_ups f ON f.person_id = r.person_key
WHERE r.rank = 1
"""


_PEOPLE = _people_sql(_LIVE)
# Up to this many attendees, the duplicate check after an import reads only the
# registrations sharing their birth years or phones; beyond, the whole registry.
_FEW = 5000


def _chunked(values: Sequence[_T]) -> list[list[_T]]:
    """Values in lists short enough for one `IN (…)` each."""
    return [list(values[i : i + 500]) for i in range(0, len(values), 500)]


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


_PERSON = _people_sql(_LIVE + _ONE_PERSON)


class PeopleRegistry:
    """Queries over the merged registry, and the follow-up table."""

    def __init__(self, db: SqlDatabase) -> None:
        self._db = db

    def people(self, *, person_key: str | None = None) -> list[PersonRow]:
        """Every person (or one), latest registration first."""
        if person_key is not None:
            rows = self._db.query(_PERSON, [person_key])
        else:
            rows = self._db.query(_PEOPLE + " ORDER BY r.session_date DESC, r.person_key")
        return [_person(row) for row in rows]

    def duplicates(self, *, attendee_ids: Iterable[str] | None = None) -> list[DuplicateGroup]:
        """Possible duplicates across scripts (see `domain.person_match`), minus the groups a
        clerk dismissed; with `attendee_ids`, only the groups involving one of them."""
        wanted = frozenset(attendee_ids) if attendee_ids is not None else None
        candidates = [
            Candidate(
                r["id"],
                r["person_id"],
                r["name_ar"],
                r["name_lat"],
                r["birth_year"],
                r["phone"],
                r["commune"],
            )
            for r in self._candidate_rows(wanted)
        ]
        dismissed = People(self._db).dismissed_sets()
        groups_found = find_groups(candidates, focus=wanted)
        found: list[tuple[list[Candidate], float]] = []
        for members, score in groups_found:
            ids = frozenset(m.attendee_id for m in members)
            if any(ids <= d for d in dismissed):
                continue
            if wanted is not None and not wanted.intersection(ids):
                continue
            found.append((members, score))
        if not found:
            return []
        details = self._registrations(sorted({m.attendee_id for g, _ in found for m in g}))
        groups = []
        for members, score in found:
            regs = tuple(details[m.attendee_id] for m in members)
            phones = {m.phone for m in members}
            years = {m.birth_year for m in members}
            groups.append(
                DuplicateGroup(
                    skeleton(members[0].name_ar or members[0].name_lat),
                    int(next(iter(years)) or 0) if len(years) == 1 else 0,
                    next(iter(phones)) if len(phones) == 1 else "",
                    regs,
                    round(score),
                )
            )
        return groups

    def _candidate_rows(self, wanted: frozenset[str] | None) -> list[Mapping[str, Any]]:
        """The live registrations the duplicate finder compares: all of them, or (for a few
        attendees) those sharing a birth year or phone with one of them."""
        columns = "a.id, pl.person_id, a.name_ar, a.name_lat, a.birth_year, a.phone, a.commune"
        if wanted is None or len(wanted) > _FEW:
            return list(self._db.query(f"SELECT {columns} {_LIVE_FROM} ORDER BY a.id"))
        years: set[int] = set()
        phones: set[str] = set()
        for chunk in _chunked(sorted(wanted)):
            for year, phone in self._db.execute(
                f"SELECT birth_year, phone FROM attendees WHERE id IN ({_marks(chunk)})", chunk
            ):
                if year is not None:
                    years.add(int(year))
                if phone:
                    phones.add(str(phone))
        found: dict[str, Mapping[str, Any]] = {}
        lookups: list[tuple[str, list[object]]] = [
            ("birth_year", [*sorted(years)]),
            ("phone", [*sorted(phones)]),
        ]
        for column, values in lookups:
            for part in _chunked(values):
                for row in self._db.query(
                    f"SELECT {columns} {_LIVE_FROM} AND a.{column} IN ({_marks(part)})", part
                ):
                    found[row["id"]] = row
        return [found[key] for key in sorted(found)]

    def registrations(self, person_key: str) -> list[AttendeeSummary]:
        """A person's live registrations, oldest session first."""
        rows = self._db.query(_LIVE + _ONE_PERSON + " ORDER BY s.date, a.id", [person_key])
        return [_registration(row) for row in rows]

    def _registrations(self, attendee_ids: list[str]) -> dict[str, AttendeeSummary]:
        found: dict[str, AttendeeSummary] = {}
        for chunk in _chunked(attendee_ids):
            for row in self._db.query(f"{_LIVE} AND a.id IN ({_marks(chunk)})", chunk):
                found[row["id"]] = _registration(row)
        return found

    def people_page(self, *, limit: int, after: str | None = None) -> list[PersonRow]:
        """One page of people, newest person first; pass the last `person_key` of a page
        as `after` for the next (keyset paging: each page costs the same)."""
        page = (
            "SELECT p.id FROM people p WHERE p.merged_into IS NULL"
            + (" AND p.id < ?" if after is not None else "")
            + " AND EXISTS (SELECT 1 FROM person_links l JOIN attendees a ON a.id = l.attendee_id "
            "JOIN sessions s ON s.id = a.session_id WHERE l.person_id = p.id "
            "AND a.deleted = 0 AND s.deleted = 0) ORDER BY p.id DESC LIMIT ?"
        )
        params: list[object] = [after, limit] if after is not None else [limit]
        ids = [str(r[0]) for r in self._db.execute(page, params)]
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = self._db.query(
            _people_sql(_LIVE + f" AND pl.person_id IN ({marks})") + " ORDER BY r.person_key DESC",
            ids,
        )
        return [_person(row) for row in rows]

    def cin_variants(self, attendee_ids: Iterable[str]) -> dict[str, list[AttendeeSummary]]:
        """For the CINs of the given attendees: those registered under different names or
        birth years (a typing error in a CIN, or two people sharing one), by CIN."""
        ids = list(attendee_ids)
        if not ids:
            return {}
        # The CINs of these attendees registered twice or more at all, counted on the CIN
        # index alone; then their live registrations, counted again.
        sql = (
            "WITH wanted AS MATERIALIZED (SELECT cin FROM attendees WHERE cin != '' "
            f"AND id IN ({self._db.json_values('?')})), "
            "twice AS MATERIALIZED (SELECT cin FROM attendees "
            "WHERE cin IN (SELECT cin FROM wanted) GROUP BY cin HAVING COUNT(*) > 1), "
            f"live AS MATERIALIZED ({_LIVE} AND a.cin IN (SELECT cin FROM twice)) "
            "SELECT * FROM live WHERE cin IN "
            "(SELECT cin FROM live GROUP BY cin HAVING COUNT(*) > 1) "
        )
        rows = self._db.query(sql + "ORDER BY cin, session_date, id", [json.dumps(ids)])
        by_cin: dict[str, list[AttendeeSummary]] = {}
        for row in rows:
            by_cin.setdefault(row["cin"], []).append(_registration(row))
        return {
            cin: regs
            for cin, regs in by_cin.items()
            if len({(normalise_name(r.name_ar or r.name_lat), r.birth_year) for r in regs}) > 1
        }

    def person_keys_for(self, text: str) -> list[str]:
        """Person ids matching a CIN, a person id (a merged one gives the person it went
        into) or an attendee id (prefix ≥ 8 characters)."""
        if not text:
            return []
        people = People(self._db)
        # Each lookup on an index; a prefix is a range of the primary key (ids are ASCII, so
        # every id starting with the text sorts below the text followed by the last code point).
        upper = text + "\U0010ffff"
        rows = self._db.execute(
            "SELECT l.person_id FROM attendees a JOIN person_links l ON l.attendee_id = a.id "
            "WHERE a.deleted = 0 AND a.cin = ? "
            "UNION SELECT id FROM people WHERE id = ? "
            "UNION SELECT l.person_id FROM attendees a JOIN person_links l ON l.attendee_id = a.id "
            "WHERE a.deleted = 0 AND ? = 1 AND a.id >= ? AND a.id < ?",
            [text, text, int(len(text) >= 8), text, upper],
        ).fetchall()
        found = {people.current(str(row[0])) for row in rows}
        return sorted(p for p in found if p is not None)


class KnownPeople:
    """The laptop's copy of the office's registry snapshot (pseudonymised, see docs/office.md)."""

    def __init__(self, db: SqlDatabase) -> None:
        self._db = db

    def replace_all(self, entries: Iterable[Mapping[str, Any]]) -> int:
        """Replace the snapshot (inside the caller's transaction); return the number stored."""
        self._db.execute("DELETE FROM known_people")
        rows = [
            (
                str(e["cin_key"]),
                int(e["sessions"]),
                str(e.get("last_date", "")),
                str(e.get("last_place", "")),
                json.dumps(list(e.get("outcomes", [])), ensure_ascii=False),
                str(e.get("follow_up", "")),
            )
            for e in entries
        ]
        self._db.executemany(
            "INSERT INTO known_people "
            "(cin_key, sessions, last_date, last_place, outcomes, follow_up) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(cin_key) DO UPDATE SET sessions = excluded.sessions, "
            "last_date = excluded.last_date, last_place = excluded.last_place, "
            "outcomes = excluded.outcomes, follow_up = excluded.follow_up",
            rows,
        )
        return len(rows)

    def get(self, cin_key: str) -> dict[str, Any] | None:
        """The snapshot entry for a keyed CIN, if the office knows that person."""
        rows = list(self._db.query("SELECT * FROM known_people WHERE cin_key = ?", [cin_key]))
        if not rows:
            return None
        row = dict(rows[0])
        row["outcomes"] = json.loads(row["outcomes"])
        return row

    def count(self) -> int:
        """How many people the snapshot holds."""
        return int(self._db.execute("SELECT COUNT(*) FROM known_people").fetchone()[0])


def _person(row: Mapping[str, Any]) -> PersonRow:
    return PersonRow(
        person_key=row["person_key"],
        attendee_id=row["id"],
        **details_from_row(row),
        sessions=int(row["sessions"]),
        absent=int(row["absent"]),
        first_date=row["first_date"],
        last_date=row["last_date"],
        last_place=row["last_place"],
        last_session_id=row["last_session_id"],
        outcomes=tuple(json.loads(row["outcomes"])),
        answers_complete=bool(row["complete"]),
        follow_up=row["follow_up"],
        follow_up_note=row["follow_up_note"],
        follow_up_at=row["follow_up_at"],
        follow_up_by=row["follow_up_by"],
        follow_up_version=int(row["follow_up_version"]),
    )


def _registration(row: Mapping[str, Any]) -> AttendeeSummary:
    return AttendeeSummary(
        person_key=row["person_key"],
        attendee_id=row["id"],
        cin=row["cin"],
        name_ar=row["name_ar"],
        name_lat=row["name_lat"],
        phone=row["phone"],
        birth_year=int(row["birth_year"] or 0),
        session_date=row["session_date"],
        session_place=row["session_place"],
        device_id=row["device_id"],
    )
