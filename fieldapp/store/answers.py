"""Questionnaire answers, the form versions they were given under, and print events."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from fieldapp.domain.ids import uuid7
from fieldapp.store.audit import AuditLog, diff, write_update
from fieldapp.store.sql import SqlDatabase, as_sql
from fieldapp.store.stamp import Stamp


@dataclass(frozen=True, slots=True)
class StoredAnswers:
    """One attendee's answers under one form version, with the outcome ids they led to."""

    id: str
    attendee_id: str
    form_id: str
    form_version: str
    data: dict[str, Any]
    outcomes: tuple[str, ...]
    complete: bool
    updated_at: str


@dataclass(frozen=True, slots=True)
class StoredFormVersion:
    """A form definition as first seen on this device."""

    form_id: str
    version: str
    content_hash: str
    definition: str


def _answers_from_row(row: dict[str, Any]) -> StoredAnswers:
    return StoredAnswers(
        id=row["id"],
        attendee_id=row["attendee_id"],
        form_id=row["form_id"],
        form_version=row["form_version"],
        data=json.loads(row["data"]),
        outcomes=tuple(json.loads(row["outcomes"])),
        complete=bool(row["complete"]),
        updated_at=row["updated_at"],
    )


class AnswerRepository:
    """One answers record per attendee, replaced as answers change."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def get(self, attendee_id: str) -> StoredAnswers | None:
        """The attendee's answers, if any were given."""
        rows = list(
            self._db.query(
                "SELECT * FROM answers WHERE attendee_id = ? AND deleted = 0", [attendee_id]
            )
        )
        return _answers_from_row(rows[0]) if rows else None

    def for_session(self, session_id: str) -> dict[str, StoredAnswers]:
        """Answers of every live attendee of a session, by attendee id."""
        rows = self._db.query(
            "SELECT w.* FROM answers w JOIN attendees a ON a.id = w.attendee_id "
            "WHERE a.session_id = ? AND a.deleted = 0 AND w.deleted = 0",
            [session_id],
        )
        return {row["attendee_id"]: _answers_from_row(row) for row in rows}

    def put(
        self,
        stamp: Stamp,
        *,
        attendee_id: str,
        form_id: str,
        form_version: str,
        data: dict[str, Any],
        outcomes: list[str],
        complete: bool,
    ) -> StoredAnswers:
        """Create or replace the attendee's answers (inside the caller's transaction)."""
        new = {
            "form_id": form_id,
            "form_version": form_version,
            "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
            "outcomes": json.dumps(outcomes),
            "complete": int(complete),
        }
        fields = tuple(new)
        existing = self.get(attendee_id)
        if existing is None:
            record_id = uuid7()
            self._db.execute(
                "INSERT INTO answers (id, attendee_id, form_id, form_version, data, outcomes, complete, "
                "created_at, updated_at, device_id, agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    record_id,
                    attendee_id,
                    *new.values(),
                    stamp.at,
                    stamp.at,
                    stamp.device_id,
                    stamp.agent,
                ],
            )
            self._audit.record(
                stamp,
                kind="answers",
                record_id=record_id,
                action="create",
                changes=diff(None, new, fields),
            )
        else:
            old = {
                "form_id": existing.form_id,
                "form_version": existing.form_version,
                "data": json.dumps(existing.data, ensure_ascii=False, sort_keys=True),
                "outcomes": json.dumps(list(existing.outcomes)),
                "complete": int(existing.complete),
            }
            write_update(
                self._db,
                self._audit,
                stamp,
                table="answers",
                kind="answers",
                record_id=existing.id,
                old=old,
                new=new,
                fields=fields,
            )
        result = self.get(attendee_id)
        assert result is not None
        return result


class FormVersionRepository:
    """The form versions this device has used, with their content hash and definition."""

    def __init__(self, db: Database | SqlDatabase) -> None:
        self._db = as_sql(db)

    def get(self, form_id: str, version: str) -> StoredFormVersion | None:
        """The stored definition of one version, if seen before."""
        rows = list(
            self._db.query(
                "SELECT * FROM form_versions WHERE form_id = ? AND version = ?", [form_id, version]
            )
        )
        if not rows:
            return None
        row = rows[0]
        return StoredFormVersion(
            row["form_id"], row["version"], row["content_hash"], row["definition"]
        )

    def add(
        self, *, form_id: str, version: str, content_hash: str, definition: str, seen_at: str
    ) -> None:
        """Remember a version the first time it is used."""
        with self._db.savepoint():
            self._db.execute(
                "INSERT INTO form_versions (form_id, version, content_hash, definition, first_seen_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [form_id, version, content_hash, definition, seen_at],
            )

    def all(self) -> list[StoredFormVersion]:
        """Every stored version."""
        rows = self._db.query("SELECT * FROM form_versions ORDER BY form_id, version")
        return [
            StoredFormVersion(r["form_id"], r["version"], r["content_hash"], r["definition"])
            for r in rows
        ]


class PrintLog:
    """Print events: which document was printed for whom, and when."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def record(self, stamp: Stamp, *, attendee_id: str, document: str) -> None:
        """Note a print (inside the caller's transaction). Only the event is written: the
        attendee is not edited, so a print never re-sends or re-versions the attendee."""
        event_id = uuid7()
        self._db.execute(
            "INSERT INTO print_events (id, attendee_id, document, at, created_at, updated_at, device_id, agent) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                event_id,
                attendee_id,
                document,
                stamp.at,
                stamp.at,
                stamp.at,
                stamp.device_id,
                stamp.agent,
            ],
        )
