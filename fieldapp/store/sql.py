"""The small SQL surface the shared store modules speak, and its SQLite implementation.

`SqlDatabase` is what the audit trail, erasure, form versions, migrations and the office
modules call: `execute` (a cursor: `fetchone`, `fetchall`, iteration, `rowcount`), `query`
(rows as dicts), `executemany`, the table catalogue and a savepoint. SQL is written with `?`
placeholders in the dialect both engines accept (see docs/architecture.md, "The office store:
one logic, two engines"); `SqliteSql` runs it on a sqlite-utils `Database` as it is, the
PostgreSQL implementation (`store/office/postgres.py`) converts the placeholders.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol, cast

from sqlite_utils import Database

from fieldapp.store.connections import ThreadDatabases

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


class Rows(Protocol):
    """The cursor `SqlDatabase.execute` returns (rows are tuples)."""

    @property
    def rowcount(self) -> int:
        """Rows changed by an INSERT, UPDATE or DELETE."""
        ...

    def fetchone(self) -> Any:
        """The next row, or None."""
        ...

    def fetchall(self) -> list[Any]:
        """Every remaining row."""
        ...

    def __iter__(self) -> Iterator[Any]: ...


class SqlDatabase(Protocol):
    """One database connection (the calling thread's), engine-neutral."""

    @property
    def dialect(self) -> str:
        """`SQLITE` or `POSTGRESQL`."""
        ...

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open on this connection."""
        ...

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        """Run one statement."""
        ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Run one query; rows as dicts by column name."""
        ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters."""
        ...

    def columns(self, table: str) -> list[str]:
        """The column names of a table of the database (not a temporary one), in order."""
        ...

    def tables(self) -> list[str]:
        """The names of the database's own tables (no temporary or index-internal ones)."""
        ...

    def has_table(self, table: str) -> bool:
        """Whether the database has that table."""
        ...

    def savepoint(self) -> contextlib.AbstractContextManager[None]:
        """A nested atomic block (a transaction of its own when none is open)."""
        ...

    def json_values(self, param: str) -> str:
        """SQL selecting one `value` row per element of the JSON array of texts bound to the
        placeholder `param`."""
        ...


class SqliteSql:
    """`SqlDatabase` over a sqlite-utils `Database` (or the store's `ThreadDatabases`)."""

    dialect = SQLITE

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def in_transaction(self) -> bool:
        """Whether sqlite3 has a transaction open on this thread's connection."""
        return bool(self.db.conn.in_transaction)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        """Run one statement on this thread's connection."""
        return self.db.execute(sql, list(params))

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts (sqlite-utils' `query`)."""
        return self.db.query(sql, list(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """sqlite3's `executemany`."""
        self.db.conn.executemany(sql, rows)

    def columns(self, table: str) -> list[str]:
        """`PRAGMA main.table_info` names."""
        return [str(row[1]) for row in self.db.execute(f"PRAGMA main.table_info({table})")]

    def tables(self) -> list[str]:
        """Tables of the main database, FTS5's shadow tables left out."""
        return [name for name in self.db.table_names() if not name.startswith("attendee_search_")]

    def has_table(self, table: str) -> bool:
        """Whether the main database has the table."""
        return bool(self.db[table].exists())

    def savepoint(self) -> contextlib.AbstractContextManager[None]:
        """sqlite-utils' `atomic()`."""
        return _atomic(self.db)

    def json_values(self, param: str) -> str:
        """`json_each`."""
        return f"SELECT value FROM json_each({param})"


@contextlib.contextmanager
def _atomic(db: Database) -> Iterator[None]:
    with db.atomic():
        yield


def as_sql(db: Database | SqlDatabase) -> SqlDatabase:
    """`db` as a `SqlDatabase`: a sqlite-utils database (or the store's per-thread stand-in
    for one) is wrapped, anything else is one already."""
    if isinstance(db, Database | ThreadDatabases):
        return SqliteSql(cast(Database, db))
    return db
