"""The audit trail: one entry per create, update and delete, with the changed fields."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from fieldapp.domain.ids import uuid7
from fieldapp.store.stamp import Stamp


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One recorded change."""

    id: str
    record_kind: str
    record_id: str
    action: str
    at: str
    device_id: str
    agent: str
    changes: dict[str, list[object]]


def diff(
    old: Mapping[str, object] | None, new: Mapping[str, object], fields: tuple[str, ...]
) -> dict[str, list[object]]:
    """`{field: [old, new]}` for each field whose value differs (all non-empty ones on create)."""
    changes: dict[str, list[object]] = {}
    for name in fields:
        before = old.get(name) if old is not None else None
        after = new.get(name)
        if old is None and after in (None, "", 0, False, "[]"):
            continue
        if before != after:
            changes[name] = [before, after]
    return changes


class AuditLog:
    """Writes and reads the `audit` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record_many(
        self, stamp: Stamp, entries: Iterable[tuple[str, str, str, Mapping[str, list[object]]]]
    ) -> None:
        """Append `(kind, record_id, action, changes)` entries in bulk (one transaction)."""
        self._db.conn.executemany(
            "INSERT INTO audit (id, record_kind, record_id, action, at, device_id, agent, changes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    uuid7(),
                    kind,
                    record_id,
                    action,
                    stamp.at,
                    stamp.device_id,
                    stamp.agent,
                    json.dumps(changes, ensure_ascii=False),
                )
                for kind, record_id, action, changes in entries
            ],
        )

    def record(
        self,
        stamp: Stamp,
        *,
        kind: str,
        record_id: str,
        action: str,
        changes: Mapping[str, list[object]],
    ) -> None:
        """Append one entry (inside the caller's transaction)."""
        self.record_many(stamp, [(kind, record_id, action, changes)])

    def for_record(self, kind: str, record_id: str) -> list[AuditEntry]:
        """Every entry about one record, oldest first."""
        rows = self._db.query(
            "SELECT * FROM audit WHERE record_kind = ? AND record_id = ? ORDER BY at, id",
            [kind, record_id],
        )
        return [
            AuditEntry(
                id=row["id"],
                record_kind=row["record_kind"],
                record_id=row["record_id"],
                action=row["action"],
                at=row["at"],
                device_id=row["device_id"],
                agent=row["agent"],
                changes=json.loads(row["changes"]),
            )
            for row in rows
        ]
