"""The Store: one SQLite file in the data directory, WAL, `synchronous=FULL`, migrated at open."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from sqlite_utils import Database

from fieldapp.domain.clock import HybridClock
from fieldapp.domain.texts import TextKey
from fieldapp.paths import DATABASE_NAME
from fieldapp.store.answers import AnswerRepository, FormVersionRepository, PrintLog
from fieldapp.store.attendees import AttendeeRepository
from fieldapp.store.audit import AuditLog
from fieldapp.store.backup import write_backup
from fieldapp.store.connections import ThreadDatabases, write_transaction
from fieldapp.store.device import DeviceIdentity, make_private_file
from fieldapp.store.drafts import DraftRepository
from fieldapp.store.errors import (
    DuplicateRecord,
    NewerSchema,
    StoreError,
    damaged_database,
    explain_sqlite_error,
    is_damage,
    newer_database,
)
from fieldapp.store.migrations import migrate
from fieldapp.store.search import SearchIndex
from fieldapp.store.sessions import SessionRepository
from fieldapp.store.settings import Settings
from fieldapp.store.stamp import Stamp

_CLOCK_KEY = "clock_last"
_log = logging.getLogger(__name__)


def connect(path: Path | str) -> Database:
    """Open an SQLite database with the pragmas every fieldapp database uses: each thread that
    uses it gets its own connection (`fieldapp.store.connections`)."""
    return cast(Database, ThreadDatabases(path))


class Store:
    """All persistent state of one data directory, behind repositories.

    Writes happen inside `transaction()`: one SQLite transaction, one clock stamp.
    """

    def __init__(self, db: Database, device: DeviceIdentity, data_dir: Path | None = None) -> None:
        self.db = db
        self.device = device
        self.data_dir = data_dir  # None in memory: no backups
        self.settings = Settings(db)
        self._opened_clock = self.settings.get(_CLOCK_KEY)
        self.clock = HybridClock(self._opened_clock)
        if self.clock.repaired is not None:
            _log.warning("stored clock %s was beyond the wall clock: clamped", self.clock.repaired)
            self.settings.set(_CLOCK_KEY, self.clock.last)
        self.audit = AuditLog(db)
        self.search = SearchIndex(db)
        self.sessions = SessionRepository(db, self.audit)
        self.attendees = AttendeeRepository(db, self.audit, self.search)
        self.answers = AnswerRepository(db, self.audit)
        self.form_versions = FormVersionRepository(db)
        self.prints = PrintLog(db, self.audit)
        self.drafts = DraftRepository(db)

    @classmethod
    def open(cls, data_dir: Path, device: DeviceIdentity) -> Store:
        """Open (creating and migrating if needed) the database in `data_dir`."""
        path = data_dir / DATABASE_NAME
        try:
            db = connect(path)
            make_private_file(path)
            # A page damaged in the middle of the file would otherwise surface later, in some
            # query; the check reads every page once (~1 ms per MB).
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise damaged_database(path)
            migrate(db, now=HybridClock().now())
            store = cls(db, device, data_dir)
        except NewerSchema as newer:
            db.close()
            raise newer_database(path, newer.version, newer.known) from None
        except sqlite3.DatabaseError as error:
            if is_damage(error):
                raise damaged_database(path) from error
            raise explain_sqlite_error(error, "db_open", {"folder": data_dir}) from error
        return store

    def backup(self, occasion: str) -> Path | None:
        """Write a backup of the database to `backups/` (see `store.backup`); None in memory."""
        if self.data_dir is None:
            return None
        return write_backup(self.db.conn, self.data_dir, occasion=occasion)

    @classmethod
    def in_memory(cls, device: DeviceIdentity) -> Store:
        """A migrated in-memory store, for tests."""
        db = connect(":memory:")
        migrate(db, now=HybridClock().now())
        return cls(db, device)

    @contextlib.contextmanager
    def transaction(self, agent: str) -> Iterator[Stamp]:
        """One atomic write: yields the stamp every record written in it carries."""
        try:
            with write_transaction(self.db):
                stamp = Stamp(at=self.clock.now(), device_id=self.device.device_id, agent=agent)
                yield stamp
                self.settings.set(_CLOCK_KEY, stamp.at)
        except sqlite3.IntegrityError as error:
            raise DuplicateRecord(str(error)) from error
        except sqlite3.Error as error:
            raise explain_sqlite_error(error, "db_save") from error

    @contextlib.contextmanager
    def reading(self, what: str) -> Iterator[None]:
        """Turn database errors during a read into a StoreError naming `what`, the id of the
        data read in the catalogue's `db_data` context (`sessions`, `registry`, …)."""
        try:
            yield
        except sqlite3.Error as error:
            where = {"what": TextKey(f"db_data.{what}")}
            raise explain_sqlite_error(error, "db_read", where) from error

    def close(self) -> None:
        """Back up the database if anything was written since it was opened (a clean exit;
        every write moves the stored clock), then close this thread's connection (the last
        one to close checkpoints the WAL)."""
        if self.settings.get(_CLOCK_KEY) != self._opened_clock:
            try:
                self.backup("exit")
            except StoreError as error:
                _log.warning("no backup at exit: %s", error)
        with contextlib.suppress(sqlite3.Error):
            self.db.close()


__all__ = ["Store", "StoreError", "connect"]
