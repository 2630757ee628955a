"""The office registry on embedded SQLite: the data directory's own database, through the
`Store` (its per-thread connections, `BEGIN IMMEDIATE` write transactions, clock and errors),
so an office without a database URL behaves exactly as before."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from fieldapp.domain.clock import HybridClock
from fieldapp.store.office.database import OfficeSearch, T
from fieldapp.store.search import INDEXED_COLUMNS, SearchIndex
from fieldapp.store.sql import SQLITE, Rows, SqliteSql
from fieldapp.store.stamp import Stamp
from fieldapp.store.store import Store

_INDEXED = ", ".join(f"a.{name}" for name in INDEXED_COLUMNS)


class EmbeddedSearch:
    """The FTS5 index (`store.search.SearchIndex`), keyed by minus the attendee's rowid."""

    def __init__(self, index: SearchIndex, sql: SqliteSql) -> None:
        self._index = index
        self._sql = sql

    def remove(self, attendee_id: str) -> None:
        """Drop one attendee from the index."""
        self._index.remove(attendee_id)

    def reindex_merged(self, winners: str) -> None:
        """Delete the index rows of the replaced attendees (found by rowid), then index the
        live winners in one ordered batch."""
        # Only attendees that were stored before this merge can have index rows.
        self._sql.execute(
            "DELETE FROM attendee_search WHERE rowid IN (SELECT -a.rowid FROM main.attendees a "
            f"JOIN {winners} w ON w.id = a.id WHERE w.existing)"
        )
        rows = self._sql.execute(
            f"SELECT a.rowid, a.id, {_INDEXED} FROM main.attendees a "
            f"JOIN {winners} w ON w.id = a.id WHERE a.deleted = 0 ORDER BY a.rowid DESC"
        ).fetchall()
        self._index.add_indexed(rows)

    def match(self, query: str, *, limit: int = 50) -> list[str]:
        """FTS5 ranked matches."""
        return self._index.match(query, limit=limit)


class EmbeddedOffice:
    """`OfficeDatabase` over a `Store`: the same connection, transactions and clock."""

    dialect = SQLITE
    integrity_errors: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)

    def __init__(self, store: Store) -> None:
        self.store = store
        self._sql = SqliteSql(store.db)
        self._search: OfficeSearch = EmbeddedSearch(store.search, self._sql)

    @property
    def clock(self) -> HybridClock:
        """The store's clock."""
        return self.store.clock

    @property
    def search(self) -> OfficeSearch:
        """The store's FTS5 index."""
        return self._search

    @property
    def description(self) -> str:
        """The data folder's database file."""
        return str(self.store.data_dir) if self.store.data_dir is not None else ":memory:"

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open on this thread's connection."""
        return self._sql.in_transaction

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        """Run one statement."""
        return self._sql.execute(sql, params)

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts."""
        return self._sql.query(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """One statement per row of parameters."""
        self._sql.executemany(sql, rows)

    def columns(self, table: str) -> list[str]:
        """The table's columns."""
        return self._sql.columns(table)

    def tables(self) -> list[str]:
        """The database's tables."""
        return self._sql.tables()

    def has_table(self, table: str) -> bool:
        """Whether the table exists."""
        return self._sql.has_table(table)

    def savepoint(self) -> contextlib.AbstractContextManager[None]:
        """A nested atomic block."""
        return self._sql.savepoint()

    def transaction(self, agent: str) -> contextlib.AbstractContextManager[Stamp]:
        """The store's write transaction (`BEGIN IMMEDIATE`: one writer at a time)."""
        return self.store.transaction(agent)

    def write(self, agent: str, work: Callable[[Stamp], T]) -> T:
        """`work` in one transaction: SQLite makes a second writer wait for the first
        (busy timeout), it never aborts one for a conflict, so one attempt is all."""
        with self.transaction(agent) as stamp:
            return work(stamp)

    def reading(self, what: str) -> contextlib.AbstractContextManager[None]:
        """The store's read error translation."""
        return self.store.reading(what)

    def create_staging(self, name: str, like: str) -> None:
        """A table in SQLite's temporary database of this connection (never in the file)."""
        self._sql.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM main.{like} WHERE 0")
        self._sql.execute(f"CREATE UNIQUE INDEX temp.{name}_id ON {name}(id)")

    def json_values(self, param: str) -> str:
        """`json_each`."""
        return self._sql.json_values(param)

    def close(self) -> None:
        """The store closes its own connections."""
