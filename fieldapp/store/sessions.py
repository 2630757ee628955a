"""The `sessions` table: outreach days recorded on this device."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from fieldapp.domain.models import AttendanceCounts, Session, SessionStatus
from fieldapp.store.audit import AuditLog, diff, write_update
from fieldapp.store.errors import RecordNotFound
from fieldapp.store.stamp import Stamp

SESSION_FIELDS = ("place", "date", "venue", "province", "partners", "topics", "form_id", "status")


def _to_row(session: Session) -> dict[str, Any]:
    return {
        "id": session.id,
        "place": session.place,
        "date": session.date.isoformat(),
        "venue": session.venue,
        "province": session.province,
        "partners": json.dumps(list(session.partners), ensure_ascii=False),
        "topics": json.dumps(list(session.topics), ensure_ascii=False),
        "form_id": session.form_id,
        "status": session.status.value,
    }


def _from_row(row: Mapping[str, Any]) -> Session:
    return Session(
        id=row["id"],
        place=row["place"],
        date=dt.date.fromisoformat(row["date"]),
        venue=row["venue"],
        province=row["province"],
        partners=tuple(json.loads(row["partners"])),
        topics=tuple(json.loads(row["topics"])),
        form_id=row["form_id"],
        status=SessionStatus(row["status"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        device_id=row["device_id"],
        agent=row["agent"],
    )


class SessionRepository:
    """Reads and writes sessions; every write also appends to the audit trail."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def insert(self, stamp: Stamp, session: Session) -> Session:
        """Store a new session (inside the caller's transaction)."""
        row = _to_row(session)
        row.update(
            created_at=stamp.at, updated_at=stamp.at, device_id=stamp.device_id, agent=stamp.agent
        )
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self._db.execute(f"INSERT INTO sessions ({columns}) VALUES ({marks})", list(row.values()))
        self._audit.record(
            stamp,
            kind="session",
            record_id=session.id,
            action="create",
            changes=diff(None, row, SESSION_FIELDS),
        )
        return self.get(session.id)

    def update(self, stamp: Stamp, session: Session) -> Session:
        """Replace a session's editable fields; audit the changed ones."""
        old = self._row(session.id)
        changed = write_update(
            self._db,
            self._audit,
            stamp,
            table="sessions",
            kind="session",
            record_id=session.id,
            old=old,
            new=_to_row(session),
            fields=SESSION_FIELDS,
        )
        return self.get(session.id) if changed else _from_row(old)

    def _row(self, session_id: str) -> dict[str, Any]:
        rows = list(
            self._db.query("SELECT * FROM sessions WHERE id = ? AND deleted = 0", [session_id])
        )
        if not rows:
            raise RecordNotFound("session", session_id)
        return rows[0]

    def get(self, session_id: str) -> Session:
        """The live session with that id."""
        return _from_row(self._row(session_id))

    def find_by_prefix(self, prefix: str) -> list[Session]:
        """Sessions whose id starts with `prefix` (for short ids typed at the CLI)."""
        rows = self._db.query(
            "SELECT * FROM sessions WHERE deleted = 0 AND substr(id, 1, length(?1)) = ?1 ORDER BY id",
            [prefix],
        )
        return [_from_row(row) for row in rows]

    def list(self) -> list[Session]:
        """Every live session, most recent date first."""
        rows = self._db.query(
            "SELECT * FROM sessions WHERE deleted = 0 ORDER BY date DESC, id DESC"
        )
        return [_from_row(row) for row in rows]

    def counts(self) -> dict[str, AttendanceCounts]:
        """Live attendees per session id, by attendance status."""
        rows = self._db.execute(
            "SELECT session_id, status, COUNT(*) FROM attendees WHERE deleted = 0 "
            "GROUP BY session_id, status"
        )
        tallies: dict[str, dict[str, int]] = {}
        for session_id, status, n in rows:
            tallies.setdefault(session_id, {})[status] = int(n)
        return {sid: AttendanceCounts.from_tally(tally) for sid, tally in tallies.items()}
