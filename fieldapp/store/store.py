"""The Store: one SQLite file in the data directory, WAL, `synchronous=FULL`, migrated at open."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from sqlite_utils import Database

from fieldapp.domain.clock import HybridClock
from fieldapp.paths import DATABASE_NAME
from fieldapp.store.answers import AnswerRepository, FormVersionRepository, PrintLog
from fieldapp.store.attendees import AttendeeRepository
from fieldapp.store.audit import AuditLog
from fieldapp.store.connections import ThreadDatabases, write_transaction
from fieldapp.store.device import DeviceIdentity, make_private_file
from fieldapp.store.drafts import DraftRepository
from fieldapp.store.errors import DuplicateRecord, StoreError, explain_sqlite_error
from fieldapp.store.migrations import migrate
from fieldapp.store.search import SearchIndex
from fieldapp.store.sessions import SessionRepository
from fieldapp.store.settings import Settings
from fieldapp.store.stamp import Stamp

_CLOCK_KEY = "clock_last"


def connect(path: Path | str) -> Database:
    """Open an SQLite database with the pragmas every fieldapp database uses: each thread that
    uses it gets its own connection (`fieldapp.store.connections`)."""
    return cast(Database, ThreadDatabases(path))


class Store:
    """All persistent state of one data directory, behind repositories.

    Writes happen inside `transaction()`: one SQLite transaction, one clock stamp.
    """

    def __init__(self, db: Database, device: DeviceIdentity) -> None:
        self.db = db
        self.device = device
        self.settings = Settings(db)
        self.clock = HybridClock(self.settings.get(_CLOCK_KEY))
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
            migrate(db, now=HybridClock().now())
        except sqlite3.Error as error:
            raise explain_sqlite_error(error, f"cannot open the database in {data_dir}") from error
        return cls(db, device)

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
            raise explain_sqlite_error(error, "saving failed, nothing was written") from error

    @contextlib.contextmanager
    def reading(self, what: str) -> Iterator[None]:
        """Turn database errors during a read into a StoreError naming `what`."""
        try:
            yield
        except sqlite3.Error as error:
            raise explain_sqlite_error(error, f"cannot read {what}") from error

    def close(self) -> None:
        """Close this thread's connection (the last one to close checkpoints the WAL)."""
        with contextlib.suppress(sqlite3.Error):
            self.db.close()


__all__ = ["Store", "StoreError", "connect"]
