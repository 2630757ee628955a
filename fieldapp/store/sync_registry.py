"""The office registry: people across sessions and devices, possible duplicates, follow-ups.

A person is one normalised CIN (`person_key` = the CIN); a registration without a CIN is a
person of its own (`person_key` = `id:<attendee id>`). The registry is computed from the
merged `attendees`, `sessions` and `answers` tables when asked, so it cannot drift from them
and does not depend on the order bundles were imported in. Follow-up state is the only thing
the office adds (`follow_ups`, keyed by person).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from fieldapp.domain.arabic import normalise_name
from fieldapp.store.stamp import Stamp

_LIVE_FROM = (
    "FROM attendees a JOIN sessions s ON s.id = a.session_id WHERE a.deleted = 0 AND s.deleted = 0"
)
_LIVE = (
    "SELECT a.*, CASE WHEN a.cin != '' THEN a.cin ELSE 'id:' || a.id END AS person_key, "
    f"s.date AS session_date, s.place AS session_place {_LIVE_FROM}"
)
# The registrations of one person (`?1` = person key), found through the CIN index or the
# primary key: CASE WHEN cin != '' THEN cin ELSE 'id:' || id END = ?1, spelled out.
_ONE_PERSON = (
    " AND ((a.cin = ?1 AND a.cin != '') OR "
    "(a.cin = '' AND a.id = substr(?1, 4) AND substr(?1, 1, 3) = 'id:'))"
)


def _people_sql(live: str) -> str:
    return f"""
WITH live AS (
    SELECT l.*, w.id AS answers_id, w.outcomes AS answers_outcomes, w.complete AS answers_complete
    FROM ({live}) l LEFT JOIN answers w ON w.attendee_id = l.id AND w.deleted = 0
),
ranked AS (
    SELECT live.*,
        ROW_NUMBER() OVER (PARTITION BY person_key
            ORDER BY session_date DESC, updated_at DESC, id DESC) AS rank,
        ROW_NUMBER() OVER (PARTITION BY person_key
            ORDER BY answers_id IS NULL, session_date DESC, updated_at DESC, id DESC) AS answered,
        ROW_NUMBER() OVER (PARTITION BY person_key
            ORDER BY status NOT IN ('present', 'walk_in'), session_date DESC, updated_at DESC,
                id DESC) AS visited,
        SUM(status IN ('present', 'walk_in')) OVER (PARTITION BY person_key) AS sessions,
        SUM(status NOT IN ('present', 'walk_in')) OVER (PARTITION BY person_key) AS absent,
        MIN(CASE WHEN status IN ('present', 'walk_in') THEN session_date END)
            OVER (PARTITION BY person_key) AS first_date
    FROM live
)
SELECT r.person_key, r.id, r.cin, r.name_ar, r.name_lat, r.phone, r.birth_year, r.gender,
    r.craft, r.province, r.commune, r.sessions, r.absent, COALESCE(r.first_date, '') AS first_date,
    CASE WHEN v.status IN ('present', 'walk_in') THEN v.session_date ELSE '' END AS last_date,
    CASE WHEN v.status IN ('present', 'walk_in') THEN v.session_place ELSE '' END AS last_place,
    r.session_id AS last_session_id,
    COALESCE(a.answers_outcomes, '[]') AS outcomes, COALESCE(a.answers_complete, 0) AS complete,
    COALESCE(f.status, '') AS follow_up, COALESCE(f.note, '') AS follow_up_note,
    COALESCE(f.updated_at, '') AS follow_up_at
FROM ranked r
JOIN ranked a ON a.person_key = r.person_key AND a.answered = 1
JOIN ranked v ON v.person_key = r.person_key AND v.visited = 1
LEFT JOIN follow_ups f ON f.person_key = r.person_key
WHERE r.rank = 1
"""


_PEOPLE = _people_sql(_LIVE)
# Up to this many attendees, the duplicate check after an import looks their phones up one
# by one; beyond, one pass over the whole registry is cheaper.
_FEW = 5000
_PERSON = _people_sql(_LIVE + _ONE_PERSON)


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person: the latest registration, the outcomes of the latest answered one, and the
    follow-up state. `sessions` counts the sessions the person attended (present or walk-in),
    `absent` those they were pre-registered for and did not attend; `first_date`,
    `last_date` and `last_place` are those of sessions attended ('' if none)."""

    person_key: str
    attendee_id: str
    cin: str
    name_ar: str
    name_lat: str
    phone: str
    birth_year: int | None
    gender: str
    craft: str
    province: str
    commune: str
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


@dataclass(frozen=True, slots=True)
class Registration:
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
    """Registrations of different people (no shared CIN) with the same normalised name,
    birth year and phone: probably one person, for a clerk to review."""

    name_key: str
    birth_year: int
    phone: str
    registrations: tuple[Registration, ...]

    @property
    def person_keys(self) -> tuple[str, ...]:
        """The distinct people involved."""
        return tuple(dict.fromkeys(r.person_key for r in self.registrations))


class Registry:
    """Queries over the merged registry, and the follow-up table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def people(self, *, person_key: str | None = None) -> list[PersonRow]:
        """Every person (or one), latest registration first."""
        if person_key is not None:
            rows = self._db.query(_PERSON + " AND r.person_key = ?1", [person_key])
        else:
            rows = self._db.query(_PEOPLE + " ORDER BY r.session_date DESC, r.person_key")
        return [_person(row) for row in rows]

    def duplicates(self, *, attendee_ids: Iterable[str] | None = None) -> list[DuplicateGroup]:
        """Possible duplicates; with `attendee_ids`, only the groups involving one of them."""
        # Candidate groups: a phone and birth year shared by two people or more (and, with
        # `attendee_ids`, those of the given attendees only); the names are compared below.
        pairs = (
            "SELECT a.phone, a.birth_year "
            f"{_LIVE_FROM} AND a.phone != '' AND a.birth_year IS NOT NULL"
        )
        params: list[object] = []
        wanted = set(attendee_ids) if attendee_ids is not None else None
        if wanted is not None and len(wanted) <= _FEW:
            pairs += (
                " AND (a.phone, a.birth_year) IN (SELECT phone, birth_year FROM attendees "
                "WHERE id IN (SELECT value FROM json_each(?)))"
            )
            params.append(json.dumps(sorted(wanted)))
        pairs += (
            " GROUP BY a.phone, a.birth_year HAVING COUNT(DISTINCT "
            "CASE WHEN a.cin != '' THEN a.cin ELSE 'id:' || a.id END) > 1"
        )
        rows = self._db.query(
            f"WITH pairs AS MATERIALIZED ({pairs}) "
            f"{_LIVE} AND (a.phone, a.birth_year) IN (SELECT phone, birth_year FROM pairs) "
            "ORDER BY session_date, a.id",
            params,
        )
        groups: dict[tuple[str, int, str], list[Registration]] = {}
        for row in rows:
            name_key = normalise_name(row["name_ar"] or row["name_lat"])
            if not name_key:
                continue
            key = (name_key, int(row["birth_year"]), str(row["phone"]))
            groups.setdefault(key, []).append(_registration(row))
        found = []
        for (name_key, year, phone), members in sorted(groups.items()):
            if len({m.person_key for m in members}) < 2:
                continue
            if wanted is not None and not wanted.intersection(m.attendee_id for m in members):
                continue
            found.append(DuplicateGroup(name_key, year, phone, tuple(members)))
        return found

    def cin_variants(self, attendee_ids: Iterable[str]) -> dict[str, list[Registration]]:
        """For the CINs of the given attendees: those registered under different names or
        birth years (a typing error in a CIN, or two people sharing one), by CIN."""
        ids = list(attendee_ids)
        if not ids:
            return {}
        # The CINs of these attendees registered twice or more at all, counted on the CIN
        # index alone; then their live registrations, counted again.
        sql = (
            "WITH wanted AS MATERIALIZED (SELECT cin FROM attendees WHERE cin != '' "
            "AND id IN (SELECT value FROM json_each(?))), "
            "twice AS MATERIALIZED (SELECT cin FROM attendees "
            "WHERE cin IN (SELECT cin FROM wanted) GROUP BY cin HAVING COUNT(*) > 1), "
            f"live AS MATERIALIZED ({_LIVE} AND a.cin IN (SELECT cin FROM twice)) "
            "SELECT * FROM live WHERE cin IN "
            "(SELECT cin FROM live GROUP BY cin HAVING COUNT(*) > 1) "
        )
        rows = self._db.query(sql + "ORDER BY cin, session_date, id", [json.dumps(ids)])
        by_cin: dict[str, list[Registration]] = {}
        for row in rows:
            by_cin.setdefault(row["cin"], []).append(_registration(row))
        return {
            cin: regs
            for cin, regs in by_cin.items()
            if len({(normalise_name(r.name_ar or r.name_lat), r.birth_year) for r in regs}) > 1
        }

    def set_follow_up(self, stamp: Stamp, *, person_key: str, status: str, note: str) -> None:
        """Set a person's follow-up state (inside the caller's transaction)."""
        self._db.execute(
            "INSERT INTO follow_ups (person_key, status, note, updated_at, device_id, agent) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(person_key) DO UPDATE SET "
            "status = excluded.status, note = excluded.note, updated_at = excluded.updated_at, "
            "device_id = excluded.device_id, agent = excluded.agent",
            [person_key, status, note, stamp.at, stamp.device_id, stamp.agent],
        )

    def person_keys_for(self, text: str) -> list[str]:
        """Person keys matching a CIN, a person key or an attendee id (prefix ≥ 8)."""
        key = "CASE WHEN cin != '' THEN cin ELSE 'id:' || id END"
        # Three lookups, each on an index (the CIN's, the primary key, a range of it for a
        # prefix: record ids are ASCII, so every id starting with ?1 sorts below ?1 followed
        # by the last code point).
        rows = self._db.execute(
            f"SELECT {key} FROM attendees WHERE deleted = 0 AND cin = ?1 "
            f"UNION SELECT {key} FROM attendees WHERE deleted = 0 "
            "AND id = substr(?1, 4) AND substr(?1, 1, 3) = 'id:' "
            f"UNION SELECT {key} FROM attendees WHERE deleted = 0 AND length(?1) >= 8 "
            "AND id >= ?1 AND id < ?1 || char(1114111) AND substr(id, 1, length(?1)) = ?1",
            [text],
        ).fetchall()
        return sorted(str(row[0]) for row in rows)


class KnownPeople:
    """The laptop's copy of the office's registry snapshot (pseudonymised, see docs/office.md)."""

    def __init__(self, db: Database) -> None:
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
        self._db.conn.executemany(
            "INSERT OR REPLACE INTO known_people "
            "(cin_key, sessions, last_date, last_place, outcomes, follow_up) VALUES (?, ?, ?, ?, ?, ?)",
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
        cin=row["cin"],
        name_ar=row["name_ar"],
        name_lat=row["name_lat"],
        phone=row["phone"],
        birth_year=row["birth_year"],
        gender=row["gender"],
        craft=row["craft"],
        province=row["province"],
        commune=row["commune"],
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
    )


def _registration(row: Mapping[str, Any]) -> Registration:
    return Registration(
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
