"""Erasing a person's data (Moroccan law 09-08): what a deletion keeps and what it wipes.

A deleted attendee stays as a tombstone, so a sync bundle can carry the deletion, but the
tombstone keeps only ids, times and flags: every personal field is blanked. The person's
questionnaire answers are blanked too, and the values in their audit entries are replaced by
`ERASED` (which fields changed, and when, stay: the trail shows something happened, not
what). All of it runs inside the caller's transaction, with the deletion itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlite_utils import Database

from fieldapp.domain.attendee_fields import PERSONAL
from fieldapp.store.audit import AuditLog
from fieldapp.store.office.database import OfficeSearch
from fieldapp.store.sql import SqlDatabase, as_sql
from fieldapp.store.stamp import Stamp

# The declared fields marked personal (all of the attendee's own): erasure blanks them, each
# to its kind's empty value as stored ('' for text, NULL for a birth year).
PERSONAL_FIELDS = tuple(f.name for f in PERSONAL)
ERASED = "[erased]"
_BLANK = ", ".join(f"{f.name} = ?" for f in PERSONAL)
_BLANKS = [f.kind.to_db(f.kind.empty) for f in PERSONAL]


def erase_attendees(database: Database | SqlDatabase, attendee_ids: Sequence[str]) -> None:
    """Blank the personal fields and answers of these attendees and redact the values of
    every audit entry about them, their answers and their print events."""
    if not attendee_ids:
        return
    db = as_sql(database)
    db.execute("DROP TABLE IF EXISTS erased")
    db.execute("CREATE TEMP TABLE erased (id TEXT PRIMARY KEY)")
    db.executemany(
        "INSERT INTO erased (id) VALUES (?) ON CONFLICT DO NOTHING", [(i,) for i in attendee_ids]
    )
    db.execute(f"UPDATE attendees SET {_BLANK} WHERE id IN (SELECT id FROM erased)", _BLANKS)
    db.execute(
        "UPDATE answers SET data = '{}', outcomes = '[]' "
        "WHERE attendee_id IN (SELECT id FROM erased)"
    )
    rows = db.execute(
        "SELECT id, changes FROM audit WHERE record_id IN (SELECT id FROM erased) "
        "OR record_id IN (SELECT id FROM answers WHERE attendee_id IN (SELECT id FROM erased)) "
        "OR record_id IN "
        "(SELECT id FROM print_events WHERE attendee_id IN (SELECT id FROM erased))"
    ).fetchall()
    db.executemany(
        "UPDATE audit SET changes = ? WHERE id = ?",
        [(redact_changes(str(changes)), entry_id) for entry_id, changes in rows],
    )
    db.execute("DROP TABLE erased")


def erase_person(
    db: SqlDatabase, audit: AuditLog, search: OfficeSearch, stamp: Stamp, *, cin: str
) -> list[str]:
    """The office's erasure of one person: every registration with that (normalised) CIN
    becomes a tombstone stamped `stamp` (its owner unchanged), is erased as above and leaves
    the search index; their follow-up goes; one audit entry per registration records the
    erasure without any value. Returns the ids erased (empty: nobody has that CIN)."""
    ids = [str(r[0]) for r in db.execute("SELECT id FROM attendees WHERE cin = ?", [cin])]
    for attendee_id in ids:
        search.remove(attendee_id)
    db.executemany(
        "UPDATE attendees SET deleted = 1, updated_at = ? WHERE id = ?",
        [(stamp.at, attendee_id) for attendee_id in ids],
    )
    erase_attendees(db, ids)
    db.executemany(
        "DELETE FROM follow_ups WHERE person_id IN "
        "(SELECT person_id FROM person_links WHERE attendee_id = ?)",
        [(attendee_id,) for attendee_id in ids],
    )
    audit.record_many(stamp, [("attendee", i, "delete", {"erased": [0, 1]}) for i in ids])
    return ids


def redact_changes(changes: str) -> str:
    """An audit entry's `{field: [old, new]}` with every value but a flag replaced by ERASED."""
    try:
        parsed = json.loads(changes)
    except ValueError:
        return "{}"
    if not isinstance(parsed, dict):
        return "{}"
    return json.dumps(
        {name: [_redact(name, value) for value in pair] if isinstance(pair, list) else ERASED
         for name, pair in parsed.items()},
        ensure_ascii=False,
    )  # fmt: skip


def _redact(name: str, value: object) -> object:
    if value is None or name in ("deleted", "erased") or isinstance(value, bool):
        return value
    return ERASED
