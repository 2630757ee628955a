"""One SQLite connection per thread, and write transactions that take the write lock first.

A connection (and the sqlite-utils `Database` around it) is never shared between threads:
`ThreadDatabases` gives each thread that touches the store its own, opened on first use with
the same pragmas, so a worker job (CSV import, bundle import, printing) and the GUI thread
work side by side. WAL lets one writer and many readers run at once: readers never wait, a
second writer waits (up to `BUSY_TIMEOUT_SECONDS`) for the first to commit. See
docs/architecture.md, "Threads and connections".
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

# How long a writer waits for another connection's write transaction before giving up.
BUSY_TIMEOUT_SECONDS = 30.0
MEMORY = ":memory:"


def open_database(path: Path | str) -> Database:
    """A new connection with the pragmas every fieldapp database uses, usable from the calling
    thread only (sqlite3's `check_same_thread`)."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


class ThreadDatabases:
    """Stands in for a sqlite-utils `Database`; every attribute and `db[table]` goes to the
    calling thread's own connection to the same file.

    The thread that makes it gets the first connection; an in-memory database exists in that
    connection only, so other threads are refused.
    """

    def __init__(self, path: Path | str) -> None:
        self._path = str(path)
        self._local = threading.local()
        self._local.db = open_database(self._path)

    def current(self) -> Database:
        """The calling thread's connection, opened now if it has none."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            if self._path == MEMORY:
                raise RuntimeError("an in-memory store is usable from the thread that made it")
            db = self._local.db = open_database(self._path)
        return db

    def __getattr__(self, name: str) -> Any:
        return getattr(self.current(), name)

    def __getitem__(self, table: str) -> Any:
        return self.current()[table]

    def close(self) -> None:
        """Close the calling thread's connection (others close when their thread ends)."""
        db: Database | None = getattr(self._local, "db", None)
        if db is not None:
            self._local.db = None
            db.close()


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """One atomic write. Outermost, it starts with `BEGIN IMMEDIATE`: the write lock is taken
    before the first read, so what the block reads is not overtaken by another connection's
    commit before it writes (a plain `BEGIN` would then fail with "database is locked")."""
    if db.conn.in_transaction:
        with db.atomic():  # nested: a savepoint
            yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        with db.atomic():
            yield
        db.commit()
    except BaseException:
        db.rollback()
        raise
