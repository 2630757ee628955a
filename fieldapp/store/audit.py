"""The audit trail: one entry per create, update and delete, with the changed fields."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from fieldapp.domain.ids import uuid7
from fieldapp.store.sql import SqlDatabase, as_sql
from fieldapp.store.stamp import Stamp

# Values a new record leaves out of its audit entry (nothing set).
_UNSET = (None, "", 0, False, "[]")
_JSON = json.JSONEncoder(ensure_ascii=False)
_STRING = json.encoder.encode_basestring  # ensure_ascii=False's escaping, in C where it can


def _scalar(value: object) -> str | None:
    """`value` as JSON when it is text, a whole number, a flag or null; else None."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _STRING(value)
    if isinstance(value, int):
        return int.__repr__(value)
    return None


def encode_changes(changes: Mapping[str, list[object]]) -> str:
    """`json.dumps(changes, ensure_ascii=False)`, ~5x faster for the usual
    `{field: [old, new]}` of texts, numbers and nulls (an audit row per record imported)."""
    parts = []
    for name, pair in changes.items():
        if type(name) is not str or type(pair) is not list or len(pair) != 2:
            return _JSON.encode(changes)
        old, new = _scalar(pair[0]), _scalar(pair[1])
        if old is None or new is None:
            return _JSON.encode(changes)
        parts.append(f"{_STRING(name)}: [{old}, {new}]")
    return "{" + ", ".join(parts) + "}"


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
        if old is None and after in _UNSET:
            continue
        if before != after:
            changes[name] = [before, after]
    return changes


def encode_created(fields: Sequence[str], values: Sequence[object]) -> str:
    """`encode_changes(created(fields, values))`, without the dict (one per imported row)."""
    parts = []
    for name, value in zip(fields, values, strict=True):
        if value in _UNSET:
            continue
        encoded = _scalar(value)
        if encoded is None:
            return encode_changes(created(fields, values))
        parts.append(f"{_STRING(name)}: [null, {encoded}]")
    return "{" + ", ".join(parts) + "}"


def created(fields: Sequence[str], values: Sequence[object]) -> dict[str, list[object]]:
    """`diff(None, dict(zip(fields, values)), fields)`: the fields a new record sets."""
    return {
        name: [None, value]
        for name, value in zip(fields, values, strict=True)
        if value not in _UNSET
    }


class AuditLog:
    """Writes and reads the `audit` table."""

    def __init__(self, db: Database | SqlDatabase) -> None:
        self._db = as_sql(db)

    def record_many(
        self,
        stamp: Stamp,
        entries: Iterable[tuple[str, str, str, Mapping[str, list[object]] | str]],
    ) -> None:
        """Append `(kind, record_id, action, changes)` entries in bulk (one transaction);
        `changes` may come already encoded (`encode_created`)."""
        self._db.executemany(
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
                    changes if isinstance(changes, str) else encode_changes(changes),
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


def write_update(
    db: Database,
    audit: AuditLog,
    stamp: Stamp,
    *,
    table: str,
    kind: str,
    record_id: str,
    old: Mapping[str, object],
    new: Mapping[str, object],
    fields: tuple[str, ...],
) -> bool:
    """Replace the `fields` of row `record_id` of `table` with `new`'s, stamped, and audit
    those that differ from `old` as an update of a `kind` record (inside the caller's
    transaction). When none differs nothing is written and the result is False."""
    changes = diff(old, new, fields)
    if not changes:
        return False
    assignments = ", ".join(f"{name} = ?" for name in fields)
    db.execute(
        f"UPDATE {table} SET {assignments}, updated_at = ?, device_id = ?, agent = ? WHERE id = ?",
        [new[name] for name in fields] + [stamp.at, stamp.device_id, stamp.agent, record_id],
    )
    audit.record(stamp, kind=kind, record_id=record_id, action="update", changes=changes)
    return True
