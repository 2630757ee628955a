"""The laptop's side of sync: which records a bundle carries, bundle sequence numbers, and
which record versions the office has acknowledged through receipts.

A record is *delivered* when a verified receipt acknowledged exactly its current version
(`updated_at`, or `at` for audit entries); a record edited after the export is pending again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from fieldapp.domain.attendee_fields import LAPTOP_ONLY

# Record kinds in a bundle, in merge order (parents before children), with the column that
# identifies a record's version.
SYNC_KINDS: tuple[str, ...] = ("sessions", "attendees", "answers", "print_events", "audit")
VERSION_COLUMN: Mapping[str, str] = {
    "sessions": "updated_at",
    "attendees": "updated_at",
    "answers": "updated_at",
    "print_events": "updated_at",
    "audit": "at",
}
_SEQUENCE_KEY = "sync_sequence"
# Columns a bundle never carries (declared attendee fields that stay on the laptop).
_NOT_SENT: Mapping[str, tuple[str, ...]] = {"attendees": LAPTOP_ONLY}

# Rows of each kind belonging to one session (the session id is bound to every `?`).
_SESSION_FILTER: Mapping[str, str] = {
    "sessions": "t.id = ?",
    "attendees": "t.session_id = ?",
    "answers": "t.attendee_id IN (SELECT id FROM attendees WHERE session_id = ?)",
    "print_events": "t.attendee_id IN (SELECT id FROM attendees WHERE session_id = ?)",
    "audit": (
        "t.record_id IN (SELECT id FROM sessions WHERE id = ? "
        "UNION ALL SELECT id FROM attendees WHERE session_id = ? "
        "UNION ALL SELECT w.id FROM answers w JOIN attendees a ON a.id = w.attendee_id "
        "WHERE a.session_id = ?)"
    ),
}


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One bundle this laptop wrote."""

    sequence: int
    file_sha256: str
    created_at: str
    counts: dict[str, int]
    encrypted: bool


@dataclass(frozen=True, slots=True)
class PendingSession:
    """A session with records the office has not acknowledged yet."""

    session_id: str
    place: str
    date: str
    pending_attendees: int


class BundleOutbox:
    """Reads records for export and keeps the exported / delivered bookkeeping."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def reserve_sequence(self) -> int:
        """The next bundle sequence number, stored at once (inside the caller's transaction),
        so a number is never reused even if writing the file then fails."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", [_SEQUENCE_KEY]).fetchone()
        last = int(row[0]) if row else 0
        exported = self._db.execute("SELECT MAX(sequence) FROM sync_exports").fetchone()[0]
        sequence = max(last, int(exported or 0)) + 1
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [_SEQUENCE_KEY, str(sequence)],
        )
        return sequence

    def select(
        self, *, session_id: str | None = None, pending_only: bool = True
    ) -> dict[str, list[dict[str, Any]]]:
        """Rows of every kind, tombstones included: those not yet delivered (`pending_only`)
        and/or those of one session. Rows come as stored, ordered by id."""
        result: dict[str, list[dict[str, Any]]] = {}
        for kind in SYNC_KINDS:
            sql = f"SELECT t.* FROM {kind} t"
            params: list[object] = []
            where: list[str] = []
            if pending_only:
                sql += " LEFT JOIN sync_delivered d ON d.kind = ? AND d.id = t.id"
                params.append(kind)
                where.append(f"(d.id IS NULL OR d.updated_at != t.{VERSION_COLUMN[kind]})")
            if session_id is not None:
                clause = _SESSION_FILTER[kind]
                where.append(clause)
                params.extend([session_id] * clause.count("?"))
            if where:
                sql += " WHERE " + " AND ".join(where)
            sql += " ORDER BY t.id"
            cursor = self._db.execute(sql, params)
            names = [column[0] for column in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
            for name in _NOT_SENT.get(kind, ()):
                for row in rows:
                    del row[name]
            result[kind] = rows
        return result

    def sessions_by_id(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """`{id, place, date}` of the given sessions (tombstones included), ordered by id."""
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = self._db.query(
            f"SELECT id, place, date FROM sessions WHERE id IN ({marks}) ORDER BY id", list(ids)
        )
        return [dict(row) for row in rows]

    def forms_used(self, pairs: Sequence[tuple[str, str]]) -> list[dict[str, Any]]:
        """`{id, version, content_hash}` of the stored form versions among `pairs`."""
        found = []
        for form_id, version in sorted(set(pairs)):
            row = self._db.execute(
                "SELECT content_hash FROM form_versions WHERE form_id = ? AND version = ?",
                [form_id, version],
            ).fetchone()
            if row is not None:
                found.append({"id": form_id, "version": version, "content_hash": row[0]})
        return found

    def record_export(
        self,
        *,
        sequence: int,
        file_sha256: str,
        created_at: str,
        counts: Mapping[str, int],
        encrypted: bool,
    ) -> None:
        """Remember a written bundle (so its receipt can be recognised)."""
        self._db.execute(
            "INSERT OR REPLACE INTO sync_exports (sequence, file_sha256, created_at, counts, encrypted) "
            "VALUES (?, ?, ?, ?, ?)",
            [sequence, file_sha256, created_at, json.dumps(dict(counts)), int(encrypted)],
        )

    def export_for(self, file_sha256: str) -> ExportRecord | None:
        """The export that produced the file with that hash, if this laptop wrote it."""
        rows = list(
            self._db.query("SELECT * FROM sync_exports WHERE file_sha256 = ?", [file_sha256])
        )
        return _export(rows[0]) if rows else None

    def last_export(self) -> ExportRecord | None:
        """The most recent export."""
        rows = list(self._db.query("SELECT * FROM sync_exports ORDER BY sequence DESC LIMIT 1"))
        return _export(rows[0]) if rows else None

    def mark_delivered(self, acknowledged: Mapping[str, Sequence[tuple[str, str]]]) -> None:
        """Record acknowledged versions (inside the caller's transaction); an older
        acknowledgement never replaces a newer one."""
        for kind, pairs in acknowledged.items():
            if kind not in VERSION_COLUMN:
                continue
            self._db.conn.executemany(
                "INSERT INTO sync_delivered (kind, id, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(kind, id) DO UPDATE SET updated_at = excluded.updated_at "
                "WHERE excluded.updated_at > sync_delivered.updated_at",
                [(kind, record_id, version) for record_id, version in pairs],
            )

    def record_receipt(
        self, *, bundle_sha256: str, sequence: int, imported_at: str, received_at: str
    ) -> bool:
        """Log a receipt; False if it had been imported before."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO sync_receipts (bundle_sha256, sequence, imported_at, received_at) "
            "VALUES (?, ?, ?, ?)",
            [bundle_sha256, sequence, imported_at, received_at],
        )
        return bool(cursor.rowcount)

    def count_delivered(self, acknowledged: Mapping[str, Sequence[tuple[str, str]]]) -> int:
        """How many acknowledged pairs match a record's current version."""
        total = 0
        for kind, pairs in acknowledged.items():
            if kind not in VERSION_COLUMN:
                continue
            column = VERSION_COLUMN[kind]
            for record_id, version in pairs:
                row = self._db.execute(
                    f"SELECT 1 FROM {kind} WHERE id = ? AND {column} = ?", [record_id, version]
                ).fetchone()
                total += row is not None
        return total

    def pending_counts(self) -> dict[str, int]:
        """Per kind, how many records are not yet delivered."""
        counts = {}
        for kind in SYNC_KINDS:
            row = self._db.execute(
                f"SELECT COUNT(*) FROM {kind} t LEFT JOIN sync_delivered d "
                f"ON d.kind = ? AND d.id = t.id "
                f"WHERE d.id IS NULL OR d.updated_at != t.{VERSION_COLUMN[kind]}",
                [kind],
            ).fetchone()
            counts[kind] = int(row[0])
        return counts

    def pending_sessions(self) -> list[PendingSession]:
        """Sessions whose own record or any attendee is not yet delivered, newest first."""
        rows = self._db.query(
            "SELECT s.id, s.place, s.date, "
            "(SELECT COUNT(*) FROM attendees a LEFT JOIN sync_delivered d "
            " ON d.kind = 'attendees' AND d.id = a.id "
            " WHERE a.session_id = s.id AND (d.id IS NULL OR d.updated_at != a.updated_at)) AS n, "
            "(SELECT COUNT(*) FROM sync_delivered d WHERE d.kind = 'sessions' AND d.id = s.id "
            " AND d.updated_at = s.updated_at) AS done "
            "FROM sessions s ORDER BY s.date DESC, s.id DESC"
        )
        return [
            PendingSession(r["id"], r["place"], r["date"], int(r["n"]))
            for r in rows
            if r["n"] or not r["done"]
        ]


def _export(row: Mapping[str, Any]) -> ExportRecord:
    return ExportRecord(
        sequence=int(row["sequence"]),
        file_sha256=row["file_sha256"],
        created_at=row["created_at"],
        counts=json.loads(row["counts"]),
        encrypted=bool(row["encrypted"]),
    )
