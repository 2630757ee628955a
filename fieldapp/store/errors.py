"""Errors the store raises, with messages a user can act on."""

from __future__ import annotations

import sqlite3


class StoreError(Exception):
    """The data directory or database cannot be used (read-only, full disk, corrupt…)."""


class RecordNotFound(StoreError, LookupError):
    """No live record has that id."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"no {kind} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class DuplicateRecord(StoreError):
    """A uniqueness rule was broken (e.g. the same CIN twice in a session)."""


def explain_sqlite_error(error: sqlite3.Error, where: str) -> StoreError:
    """Turn an sqlite3 error into a StoreError whose message says what to do."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        reason = "the data directory is read-only; choose a writable folder with --data-dir"
    elif "disk is full" in text or "disk i/o" in text:
        reason = "the disk is full or failing; free some space and try again"
    elif "unable to open" in text:
        reason = "the database file cannot be opened; check the folder exists and is writable"
    elif "not a database" in text or "malformed" in text:
        reason = "the database file is damaged; restore it from a backup or a bundle"
    elif "locked" in text or "busy" in text:
        reason = "the database is in use by another fieldapp window; close it and try again"
    else:
        reason = str(error)
    return StoreError(f"{where}: {reason}")
