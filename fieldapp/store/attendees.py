"""The `attendees` table, kept in step with the search index and the audit trail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from fieldapp.domain.attendee_fields import (
    FIELD_NAMES,
    SEARCHED,
    details_from_row,
    stored_details,
)
from fieldapp.domain.models import Attendance, Attendee, Origin
from fieldapp.store.audit import AuditLog, encode_created, write_update
from fieldapp.store.erasure import erase_attendees
from fieldapp.store.errors import RecordNotFound
from fieldapp.store.search import SearchIndex, match_expression, query_tokens
from fieldapp.store.stamp import Stamp

# The columns an edit may change: the declared fields, then the registration's own state.
ATTENDEE_FIELDS = (*FIELD_NAMES, "origin", "consent", "status", "arrived_at")
# "Printed" is read from the print events: printing never edits (or re-versions) the attendee.
_PRINTED_AT = "(SELECT MAX(p.at) FROM print_events p WHERE p.attendee_id = a.id AND p.deleted = 0)"
_SELECT = f"SELECT a.*, {_PRINTED_AT} AS printed_at FROM attendees a"
_INSERT_COLUMNS = (
    "id",
    "session_id",
    *ATTENDEE_FIELDS,
    "created_at",
    "updated_at",
    "device_id",
    "agent",
)
_SEARCHED = tuple(f.name for f in SEARCHED)


def to_row(attendee: Attendee) -> dict[str, Any]:
    """The stored form of an attendee's own fields (every column of `ATTENDEE_FIELDS`)."""
    return {
        **stored_details(attendee),
        "origin": attendee.origin.value,
        "consent": int(attendee.consent),
        "status": attendee.status.value,
        "arrived_at": attendee.arrived_at,
    }


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A live attendee found by the search index, with the place and date of its session."""

    attendee: Attendee
    session_place: str
    session_date: dt.date


_ORIGINS = {origin.value: origin for origin in Origin}
_STATUSES = {status.value: status for status in Attendance}


def from_row(row: Mapping[str, Any]) -> Attendee:
    """An attendee from a stored row (read by column name, with `printed_at`)."""
    origin, status = row["origin"], row["status"]
    return Attendee(
        id=row["id"],
        session_id=row["session_id"],
        **details_from_row(row),
        origin=_ORIGINS.get(origin) or Origin(origin),
        consent=bool(row["consent"]),
        status=_STATUSES.get(status) or Attendance(status),
        arrived_at=row["arrived_at"],
        printed_at=row["printed_at"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        device_id=row["device_id"],
        agent=row["agent"],
    )


class AttendeeRepository:
    """Reads and writes attendees; every write is audited and re-indexed."""

    def __init__(self, db: Database, audit: AuditLog, search: SearchIndex) -> None:
        self._db = db
        self._audit = audit
        self._search = search

    def insert_many(self, stamp: Stamp, attendees: Sequence[Attendee]) -> None:
        """Store new attendees in bulk (inside the caller's transaction): one `executemany`
        each for the rows, their audit entries and their search index rows."""
        if not attendees:
            return
        at, device_id, agent = stamp.at, stamp.device_id, stamp.agent
        # The rowids SQLite would give them, chosen here so that the index rows can point
        # at them without reading them back.
        last = self._db.conn.execute("SELECT max(rowid) FROM attendees").fetchone()[0] or 0
        rows = [
            {
                "rowid": last + n,
                "id": a.id,
                "session_id": a.session_id,
                **to_row(a),
                "created_at": at,
                "updated_at": at,
                "device_id": device_id,
                "agent": agent,
            }
            for n, a in enumerate(attendees, start=1)
        ]
        columns = ("rowid", *_INSERT_COLUMNS)
        marks = ", ".join("?" for _ in columns)
        self._db.conn.executemany(
            f"INSERT INTO attendees ({', '.join(columns)}) VALUES ({marks})",
            [[row[name] for name in columns] for row in rows],
        )
        self._audit.record_many(
            stamp,
            (
                (
                    "attendee",
                    row["id"],
                    "create",
                    encode_created(ATTENDEE_FIELDS, [row[name] for name in ATTENDEE_FIELDS]),
                )
                for row in rows
            ),
        )
        self._search.add_indexed(
            [(row["rowid"], row["id"], *(row[name] for name in _SEARCHED)) for row in rows]
        )

    def insert(self, stamp: Stamp, attendee: Attendee) -> Attendee:
        """Store one new attendee."""
        self.insert_many(stamp, [attendee])
        return self.get(attendee.id)

    def update(self, stamp: Stamp, attendee: Attendee) -> Attendee:
        """Replace an attendee's fields; audit what changed."""
        old = self._row(attendee.id)
        row = to_row(attendee)
        changed = write_update(
            self._db,
            self._audit,
            stamp,
            table="attendees",
            kind="attendee",
            record_id=attendee.id,
            old=old,
            new=row,
            fields=ATTENDEE_FIELDS,
        )
        if not changed:
            return from_row(old)
        self._search.put(attendee.id, *(row[name] for name in _SEARCHED))
        return self.get(attendee.id)

    def delete(self, stamp: Stamp, attendee_id: str) -> None:
        """Turn an attendee into a tombstone (kept, so a sync bundle can carry the deletion)
        holding ids and times only (`store.erasure`)."""
        self._row(attendee_id)
        self._db.execute(
            "UPDATE attendees SET deleted = 1, updated_at = ?, device_id = ?, agent = ? WHERE id = ?",
            [stamp.at, stamp.device_id, stamp.agent, attendee_id],
        )
        self._audit.record(
            stamp,
            kind="attendee",
            record_id=attendee_id,
            action="delete",
            changes={"deleted": [0, 1]},
        )
        erase_attendees(self._db, [attendee_id])  # law 09-08: the tombstone keeps no data
        self._search.remove(attendee_id)

    def search(self, query: str, *, limit: int) -> list[SearchHit]:
        """The best `limit` live attendees of live sessions matching `query` (see
        `SearchIndex.ranked_sql`), best first, in one statement."""
        tokens = query_tokens(query)
        if not tokens:
            return []
        sql = self._search.ranked_sql(
            f"a.*, {_PRINTED_AT} AS printed_at, s.place AS session_place, s.date AS session_date",
            "JOIN sessions s ON s.id = a.session_id AND s.deleted = 0",
        )
        cursor = self._db.conn.execute(sql, [match_expression(tokens), limit])
        names = [column[0] for column in cursor.description]
        dates: dict[str, dt.date] = {}
        hits = []
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            day = dates.get(row["session_date"])
            if day is None:
                day = dates[row["session_date"]] = dt.date.fromisoformat(row["session_date"])
            hits.append(SearchHit(from_row(row), row["session_place"], day))
        return hits

    def _row(self, attendee_id: str) -> dict[str, Any]:
        rows = list(self._db.query(f"{_SELECT} WHERE a.id = ? AND a.deleted = 0", [attendee_id]))
        if not rows:
            raise RecordNotFound("attendee", attendee_id)
        return rows[0]

    def get(self, attendee_id: str) -> Attendee:
        """The live attendee with that id."""
        return from_row(self._row(attendee_id))

    def get_many(self, ids: Iterable[str]) -> list[Attendee]:
        """Live attendees with those ids, in the order given (missing ones skipped)."""
        wanted = list(ids)
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        rows = self._db.query(f"{_SELECT} WHERE a.deleted = 0 AND a.id IN ({marks})", wanted)
        by_id = {row["id"]: from_row(row) for row in rows}
        return [by_id[i] for i in wanted if i in by_id]

    def find_by_prefix(self, prefix: str) -> list[Attendee]:
        """Live attendees whose id starts with `prefix`."""
        rows = self._db.query(
            f"{_SELECT} WHERE a.deleted = 0 AND substr(a.id, 1, length(?1)) = ?1 ORDER BY a.id",
            [prefix],
        )
        return [from_row(row) for row in rows]

    def in_session(self, session_id: str) -> list[Attendee]:
        """Live attendees of a session, in registration order."""
        rows = self._db.query(
            f"{_SELECT} WHERE a.session_id = ? AND a.deleted = 0 ORDER BY a.created_at, a.id",
            [session_id],
        )
        return [from_row(row) for row in rows]

    def cins_in_session(self, session_id: str) -> set[str]:
        """The CINs already registered in a session."""
        rows = self._db.query(
            "SELECT cin FROM attendees WHERE session_id = ? AND deleted = 0 AND cin != ''",
            [session_id],
        )
        return {row["cin"] for row in rows}

    def cin_taken(self, session_id: str, cin: str, *, other_than: str = "") -> bool:
        """Whether a live attendee of the session (other than `other_than`) has this CIN."""
        # `cin != ''` lets SQLite use the partial unique index (session_id, cin) instead of
        # reading the whole session: a save stays as fast with 10,000 people as with 10.
        row = self._db.execute(
            "SELECT 1 FROM attendees WHERE session_id = ? AND cin = ? AND cin != '' "
            "AND deleted = 0 AND id != ? LIMIT 1",
            [session_id, cin, other_than],
        ).fetchone()
        return row is not None

    def by_cin(self, cin: str) -> list[Attendee]:
        """Every live registration of one person (normalised CIN), newest first."""
        rows = self._db.query(
            f"{_SELECT} WHERE a.cin = ? AND a.deleted = 0 ORDER BY a.updated_at DESC", [cin]
        )
        return [from_row(row) for row in rows]
