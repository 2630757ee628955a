"""Merging the records of one verified bundle into the office database, in bulk.

Every record is keyed by its UUID. Of two versions of a record the one with the greater
`(updated_at, device_id)` wins (hybrid-clock text compares as strings; the device id breaks
ties), so the result does not depend on the order bundles are imported in, and importing a
bundle twice changes nothing. Tombstones (`deleted = 1`) are versions like any other, so a
deletion wins over every older version. Audit entries are append-only and keyed by id.

Records travel through temporary tables: the importer streams them, batch by batch as the
bundle is read, into `incoming_<kind>` (temporary tables of this connection, made by the
engine's `create_staging`, filled outside the write transaction: memory holds one batch, not
the bundle), then the caller's
one write transaction runs set-based SQL over them
(`INSERT … SELECT … ON CONFLICT(id) DO UPDATE … WHERE excluded.updated_at > …`). Nothing
here commits the office database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from fieldapp.domain.attendee_fields import IN_BUNDLE, LAPTOP_ONLY
from fieldapp.store.erasure import erase_attendees
from fieldapp.store.office.database import OfficeDatabase
from fieldapp.store.office.postgres_statistics import refresh_statistics

# A declared attendee field missing from a record (sent by a laptop of an earlier version,
# before the field was declared) is stored blank.
_BLANKS: Mapping[str, Mapping[str, Any]] = {
    "attendees": {spec.name: spec.kind.to_db(spec.kind.empty) for spec in IN_BUNDLE}
}
VERSIONED_KINDS: tuple[str, ...] = ("sessions", "attendees", "answers", "print_events")
_NEWER = "(i.updated_at, i.device_id) > (m.updated_at, m.device_id)"
_OLDER = "(i.updated_at, i.device_id) < (m.updated_at, m.device_id)"

# Parent references checked before writing: (kind, column, parent kind).
_REFERENCES = (
    ("attendees", "session_id", "sessions"),
    ("answers", "attendee_id", "attendees"),
    ("print_events", "attendee_id", "attendees"),
)


class MergeRefused(Exception):
    """The records are consistent one by one but cannot be merged (a missing parent, a
    uniqueness rule the merged state would break); nothing was written."""


class ForeignRecords(Exception):
    """The bundle writes versions of records another device owns, or puts records under a
    parent another device owns; `records` names each (at most `MAX_FOREIGN`) as a code
    (`owned`, `placed_under`, `audit_about`) and the ids and devices concerned, for the
    service to tell in the user's language."""

    def __init__(self, records: Sequence[tuple[str, dict[str, str]]]) -> None:
        super().__init__("; ".join(f"{code} {params}" for code, params in records))
        self.records = tuple(records)


MAX_FOREIGN = 20


@dataclass(frozen=True, slots=True)
class RecordConflict:
    """Two versions of one record: `kept` is the version now stored, `lost` the other."""

    kind: str
    record_id: str
    kept: str
    lost: str
    kept_device: str
    lost_device: str


@dataclass
class KindCounts:
    """Per record kind: inserted, replaced and already-present-or-older records."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class MergeOutcome:
    """What one merge did."""

    counts: dict[str, KindCounts] = field(default_factory=dict)
    conflicts: list[RecordConflict] = field(default_factory=list)
    changed_attendees: list[str] = field(default_factory=list)


class BundleMerger:
    """Merges verified, validated records (rows shaped like the tables) into the database."""

    def __init__(self, db: OfficeDatabase) -> None:
        self._db = db
        self._columns: dict[str, list[str]] = {}

    def columns(self, kind: str) -> list[str]:
        """The column names of a record kind's table that bundles carry (every one but the
        declared attendee fields that stay on the laptop)."""
        if kind not in self._columns:
            kept = LAPTOP_ONLY if kind == "attendees" else ()
            self._columns[kind] = [name for name in self._db.columns(kind) if name not in kept]
        return self._columns[kind]

    def open_staging(self) -> None:
        """Create the empty temporary tables the records are streamed into (`stage_rows`),
        on this connection; outside any write transaction: they live in the connection's
        temporary tables, never in the office database."""
        self.drop_staging()
        for kind in (*VERSIONED_KINDS, "audit"):
            self._db.create_staging(f"incoming_{kind}", kind)

    def stage_rows(self, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """Add one batch of validated records of `kind` to its temporary table. A record id
        given twice keeps its first version (the bundle is refused for it anyway)."""
        columns = self.columns(kind)
        marks = ", ".join("?" for _ in columns)
        try:  # validated records have every column (but perhaps a declared field)
            values: list[Sequence[Any]] = list(map(itemgetter(*columns), rows))
        except KeyError:
            blanks = _BLANKS.get(kind, {})
            values = [[row.get(name, blanks.get(name)) for name in columns] for row in rows]
        outside = not self._db.in_transaction
        self._db.executemany(
            f"INSERT INTO incoming_{kind} ({', '.join(columns)}) VALUES ({marks}) "
            "ON CONFLICT DO NOTHING",
            values,
        )
        if outside and self._db.in_transaction:
            # sqlite3 opened a transaction for the insert: only the temporary database was
            # written, so end it before the import's own write transaction begins.
            self._db.execute("COMMIT")

    def stage(self, records: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """Load every kind at once into fresh temporary tables (records already in memory)."""
        self.open_staging()
        for kind in (*VERSIONED_KINDS, "audit"):
            self.stage_rows(kind, records.get(kind, ()))

    def staged_forms(self) -> set[tuple[str, str]]:
        """The (form id, version) pairs the staged answers use."""
        rows = self._db.execute(
            "SELECT DISTINCT form_id, form_version FROM incoming_answers"
        ).fetchall()
        return {(str(row[0]), str(row[1])) for row in rows}

    def staged_versions(self) -> dict[str, list[tuple[str, str]]]:
        """Per kind, each staged record's (id, version time), in the order they were read."""
        versions: dict[str, list[tuple[str, str]]] = {}
        for kind in (*VERSIONED_KINDS, "audit"):
            stamp = "at" if kind == "audit" else "updated_at"
            rows = self._db.execute(
                f"SELECT id, {stamp} FROM incoming_{kind} ORDER BY rowid"
            ).fetchall()
            if rows:
                versions[kind] = [(str(row[0]), str(row[1])) for row in rows]
        return versions

    def check_references(self) -> None:
        """Refuse records whose parent is neither staged nor stored."""
        for kind, column, parent in _REFERENCES:
            row = self._db.execute(
                f"SELECT i.id, i.{column} FROM incoming_{kind} i "
                f"WHERE i.{column} NOT IN (SELECT id FROM {parent}) "
                f"AND i.{column} NOT IN (SELECT id FROM incoming_{parent}) LIMIT 1"
            ).fetchone()
            if row is not None:
                raise MergeRefused(
                    f"{kind} record {row[0]} refers to {parent} record {row[1]}, which neither "
                    "this bundle nor the office database holds; import the laptop's earlier "
                    "bundle first, or export again from the laptop with --all"
                )

    def check_ownership(self, device_id: str) -> None:
        """Refuse staged records that `device_id` does not own: a record belongs to the device
        that first wrote it (its stored `device_id` never changes), the office's own records
        to the office. A version of another device's record, a record placed under another
        device's session or attendee, or an audit entry about another device's record raises
        `ForeignRecords` naming them."""
        found: list[tuple[str, dict[str, str]]] = []
        for kind in (*VERSIONED_KINDS, "audit"):
            rows = self._db.execute(
                f"SELECT i.id, m.device_id FROM incoming_{kind} i "
                f"JOIN {kind} m ON m.id = i.id WHERE m.device_id != ? ORDER BY i.id LIMIT ?",
                [device_id, MAX_FOREIGN],
            ).fetchall()
            found += [("owned", {"kind": kind, "id": r[0], "device": r[1]}) for r in rows]
        for kind, column, parent in _REFERENCES:
            rows = self._db.execute(
                f"SELECT i.id, i.{column}, p.device_id FROM incoming_{kind} i "
                f"JOIN {parent} p ON p.id = i.{column} WHERE p.device_id != ? "
                "ORDER BY i.id LIMIT ?",
                [device_id, MAX_FOREIGN],
            ).fetchall()
            found += [
                (
                    "placed_under",
                    {"kind": kind, "id": r[0], "parent": parent, "parent_id": r[1], "device": r[2]},
                )
                for r in rows
            ]
        for kind in VERSIONED_KINDS:  # an audit entry about another device's record
            rows = self._db.execute(
                f"SELECT i.id, i.record_id, m.device_id FROM incoming_audit i "
                f"JOIN {kind} m ON m.id = i.record_id WHERE m.device_id != ? "
                "ORDER BY i.id LIMIT ?",
                [device_id, MAX_FOREIGN],
            ).fetchall()
            found += [
                (
                    "audit_about",
                    {"audit": "audit", "id": r[0], "kind": kind, "record_id": r[1], "device": r[2]},
                )
                for r in rows
            ]
        if found:
            raise ForeignRecords(found[:MAX_FOREIGN])

    def apply(self) -> MergeOutcome:
        """Merge the staged records; the caller's transaction makes it all-or-nothing."""
        outcome = MergeOutcome()
        for kind in VERSIONED_KINDS:
            outcome.counts[kind] = self._classify(kind, outcome.conflicts)
            self._db.execute(f"DROP TABLE IF EXISTS winners_{kind}")
            self._db.execute(
                f"CREATE TEMP TABLE winners_{kind} AS SELECT i.id AS id, "
                f"m.id IS NOT NULL AS existing "
                f"FROM incoming_{kind} i LEFT JOIN {kind} m ON m.id = i.id "
                f"WHERE m.id IS NULL OR {_NEWER}"
            )
        try:
            for kind in VERSIONED_KINDS:
                self._upsert(kind)
        except self._db.integrity_errors as error:
            raise MergeRefused(
                "the merged records would break a rule of the registry (the same CIN twice in "
                "one session, or a missing parent record); the bundle was not imported"
            ) from error
        for kind in VERSIONED_KINDS:  # PostgreSQL: plan what follows for the grown tables
            refresh_statistics(self._db, kind, outcome.counts[kind].new)
        outcome.changed_attendees = [
            str(row[0]) for row in self._db.execute("SELECT id FROM winners_attendees")
        ]
        self._reindex()
        outcome.counts["audit"] = self._append_audit()
        erase_attendees(  # a deleted person's data goes at the office too (law 09-08)
            self._db,
            [
                str(row[0])
                for row in self._db.execute(
                    "SELECT id FROM attendees WHERE deleted = 1 AND (id IN "
                    "(SELECT id FROM winners_attendees) OR id IN "
                    "(SELECT record_id FROM incoming_audit))"
                )
            ],
        )
        return outcome

    def drop_staging(self) -> None:
        """Remove the temporary tables."""
        for kind in (*VERSIONED_KINDS, "audit"):
            self._db.execute(f"DROP TABLE IF EXISTS incoming_{kind}")
            self._db.execute(f"DROP TABLE IF EXISTS winners_{kind}")

    def _classify(self, kind: str, conflicts: list[RecordConflict]) -> KindCounts:
        join = f"FROM incoming_{kind} i LEFT JOIN {kind} m ON m.id = i.id"
        row = self._db.execute(
            f"SELECT COUNT(*), SUM(CASE WHEN m.id IS NULL THEN 1 ELSE 0 END), SUM(CASE WHEN m.id IS NOT NULL AND {_NEWER} THEN 1 ELSE 0 END) {join}"
        ).fetchone()
        total, new, updated = int(row[0]), int(row[1] or 0), int(row[2] or 0)
        for r in self._db.execute(
            f"SELECT i.id, i.updated_at, i.device_id, m.updated_at, m.device_id {join} "
            f"WHERE m.id IS NOT NULL AND ({_OLDER} OR ({_NEWER} AND i.device_id != m.device_id)) "
            "ORDER BY i.id"
        ):
            newer = (r[1], r[2]) > (r[3], r[4])
            kept, lost = ((r[1], r[2]), (r[3], r[4])) if newer else ((r[3], r[4]), (r[1], r[2]))
            conflicts.append(RecordConflict(kind, r[0], kept[0], lost[0], kept[1], lost[1]))
        return KindCounts(new=new, updated=updated, unchanged=total - new - updated)

    def _upsert(self, kind: str) -> None:
        columns = self.columns(kind)
        winners = f"SELECT id FROM winners_{kind}"
        selected = list(columns)
        existing = f"SELECT id FROM winners_{kind} WHERE existing"
        if kind == "attendees":
            # The unique (session, CIN) index would trip over intermediate states while rows
            # are replaced one by one: the replaced rows' CINs are staged empty, then set all
            # at once. New rows go in with their CIN (a clash with a row keeping its CIN is
            # one with the merged state, refused either way).
            self._db.execute(f"UPDATE attendees SET cin = '' WHERE id IN ({existing})")
            selected = [
                f"CASE WHEN id IN ({existing}) THEN '' ELSE cin END AS cin"
                if name == "cin"
                else name
                for name in columns
            ]
        updates = ", ".join(f"{name} = excluded.{name}" for name in columns if name != "id")
        self._db.execute(
            f"INSERT INTO {kind} ({', '.join(columns)}) "
            f"SELECT {', '.join(selected)} FROM incoming_{kind} WHERE id IN ({winners}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE (excluded.updated_at, "
            f"excluded.device_id) > ({kind}.updated_at, {kind}.device_id)"
        )
        if kind == "attendees":
            self._db.execute(
                "UPDATE attendees SET cin = "
                "(SELECT i.cin FROM incoming_attendees i WHERE i.id = attendees.id) "
                f"WHERE id IN ({existing})"
            )

    def _reindex(self) -> None:
        """Keep the search index in step with the replaced attendees."""
        self._db.search.reindex_merged("winners_attendees")

    def _append_audit(self) -> KindCounts:
        columns = ", ".join(self.columns("audit"))
        total = int(self._db.execute("SELECT COUNT(*) FROM incoming_audit").fetchone()[0])
        cursor = self._db.execute(
            f"INSERT INTO audit ({columns}) SELECT {columns} FROM incoming_audit "
            "WHERE true ON CONFLICT(id) DO NOTHING"
        )
        new = max(cursor.rowcount, 0)
        return KindCounts(new=new, updated=0, unchanged=total - new)
