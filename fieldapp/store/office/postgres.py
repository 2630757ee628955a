"""The office registry on PostgreSQL, through psycopg 3: several clerks' PCs at once.

The office modules' SQL is written once, with `?` placeholders (see `store/sql.py`); this
module is the only place that knows PostgreSQL's forms:

- placeholders: `?` becomes `%s` (and a literal `%` becomes `%%`) outside string literals,
  quoted names and comments (`to_pyformat`), so the SQL stays the one both engines run;
- DDL: migrations run unchanged, their `TEXT` columns made `COLLATE "C"` (text sorts and
  compares by code point, as in SQLite, whatever locale the database was created with) and
  SQLite's `WITHOUT ROWID` dropped (`ddl`);
- temporary staging tables (`create_staging`), JSON id lists (`json_values`), the search
  index (`postgres_search.py`).

Connections: one per thread (like the SQLite store), autocommit outside `transaction()`: a
read is one statement on one MVCC snapshot, never waits for a writer and never holds a lock a
writer waits for. Writes: each `transaction()` first takes one transaction-level advisory
lock (`pg_advisory_xact_lock`), so writers take turns exactly as SQLite's `BEGIN IMMEDIATE`
makes them: what a merge reads (which records are newer, which CIN already has a person) is
not overtaken by another clerk's commit before it writes, so the merge is as
order-independent as on SQLite, at READ COMMITTED, without the false conflicts SERIALIZABLE
gives set-based statements. `write()` runs a unit again on a serialization failure or a
deadlock all the same (bounded), should a statement outside the lock ever cause one.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.pq import TransactionStatus
from psycopg.rows import dict_row

from fieldapp.domain.clock import HybridClock
from fieldapp.store.errors import DuplicateRecord, NewerSchema, newer_database
from fieldapp.store.migrations import migrate
from fieldapp.store.office.database import MAX_ATTEMPTS, OfficeSearch, T
from fieldapp.store.office.errors import DatabaseFailed, DatabaseUnreachable, redact_url
from fieldapp.store.office.postgres_search import PostgresSearch
from fieldapp.store.sql import POSTGRESQL, Rows
from fieldapp.store.stamp import Stamp

_log = logging.getLogger(__name__)
_CLOCK_KEY = "clock_last"
# Advisory lock keys (any 64-bit numbers no other application on the database uses).
WRITE_LOCK = 0x6669656C64_01  # "field" + 1: one office writer at a time
MIGRATE_LOCK = 0x6669656C64_02  # one process migrating the schema
CONNECT_TIMEOUT_SECONDS = 10
RETRYABLE: tuple[type[Exception], ...] = (
    pg_errors.SerializationFailure,
    pg_errors.DeadlockDetected,
)

# A string literal, a quoted name, a comment, a placeholder or a percent sign.
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/|\?|%", re.DOTALL)
_DDL = re.compile(r"^\s*(CREATE|ALTER)\s+(TEMP\s+|TEMPORARY\s+)?TABLE\b", re.IGNORECASE)
# `INSERT INTO t (a, b) VALUES (?, ?)`, perhaps `ON CONFLICT DO NOTHING`: loaded by COPY.
_PLAIN_INSERT = re.compile(
    r"\s*INSERT\s+INTO\s+(\w+)\s*\(\s*(\w+(?:\s*,\s*\w+)*)\s*\)\s*"
    r"VALUES\s*\(\s*\?(?:\s*,\s*\?)*\s*\)\s*(ON\s+CONFLICT\s+DO\s+NOTHING)?\s*",
    re.IGNORECASE,
)
_DDL_TOKENS = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\bTEXT\b|\bWITHOUT\s+ROWID\b", re.IGNORECASE
)


@functools.lru_cache(maxsize=2048)
def to_pyformat(sql: str) -> str:
    """`sql` with `?` placeholders as psycopg's `%s` and `%` as `%%`; string literals keep
    their `?` (a `%` in them is doubled too: psycopg reads the whole text)."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return token.replace("%", "%%") if token.startswith("'") else token

    return _TOKENS.sub(replace, ddl(sql))


def ddl(sql: str) -> str:
    """A CREATE/ALTER TABLE statement in PostgreSQL's form: text columns with the "C"
    collation, no `WITHOUT ROWID`; any other statement unchanged."""
    if not _DDL.match(sql):
        return sql

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token[0] in "'\"":
            return token
        if token.upper() == "TEXT":
            return 'TEXT COLLATE "C"'
        return ""  # WITHOUT ROWID

    return _DDL_TOKENS.sub(replace, sql)


def _params(params: Sequence[Any]) -> list[Any]:
    # SQLite stores flags as integers and the schema says INTEGER: a Python bool would be
    # sent as PostgreSQL's boolean, which an integer column refuses.
    return [int(value) if isinstance(value, bool) else value for value in params]


class PostgresOffice:
    """`OfficeDatabase` on a PostgreSQL database named by a URL."""

    dialect = POSTGRESQL
    integrity_errors: tuple[type[Exception], ...] = (psycopg.IntegrityError,)

    def __init__(self, url: str, *, device_id: str) -> None:
        self._url = url
        self._device_id = device_id
        self._local = threading.local()
        self._all: list[psycopg.Connection[Any]] = []
        self._lock = threading.Lock()
        self._search = PostgresSearch(self)
        self._clock = HybridClock()

    @classmethod
    def open(cls, url: str, *, device_id: str) -> PostgresOffice:
        """Connect, migrate (one process at a time) and read the stored clock."""
        office = cls(url, device_id=device_id)
        conn = office.connection()
        try:
            conn.execute("SELECT pg_advisory_lock(%s)", [MIGRATE_LOCK])
            try:
                migrate(office, now=HybridClock().now())
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", [MIGRATE_LOCK])
            office._clock = HybridClock(office._stored_clock())
        except NewerSchema as newer:
            office.close()
            raise newer_database(office.description, newer.version, newer.known) from None
        except psycopg.Error as error:
            office.close()
            raise DatabaseFailed(office.description, "opening", _reason(error)) from error
        if office._clock.repaired is not None:
            _log.warning("stored office clock %s was beyond the wall clock", office._clock.repaired)
        return office

    # -- connections ---------------------------------------------------------------------

    def connection(self) -> psycopg.Connection[Any]:
        """The calling thread's connection, opened now if it has none."""
        conn: psycopg.Connection[Any] | None = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            try:
                conn = psycopg.connect(
                    self._url,
                    autocommit=True,
                    prepare_threshold=None,  # staging tables are dropped and made again
                    connect_timeout=CONNECT_TIMEOUT_SECONDS,
                    application_name="fieldapp office",
                )
            except psycopg.Error as error:
                raise DatabaseUnreachable(self._url, _reason(error)) from error
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        """Close every connection this object opened (at the end of the program)."""
        with self._lock:
            connections, self._all = self._all, []
        for conn in connections:
            with contextlib.suppress(psycopg.Error):
                conn.close()
        self._local = threading.local()

    # -- SqlDatabase ---------------------------------------------------------------------

    @property
    def description(self) -> str:
        """The URL without its password."""
        return redact_url(self._url)

    @property
    def clock(self) -> HybridClock:
        """This process's clock, moved past the stored one by every write transaction."""
        return self._clock

    @property
    def search(self) -> OfficeSearch:
        """The trigram-indexed search table."""
        return self._search

    @property
    def in_transaction(self) -> bool:
        """Whether this thread's connection is inside a transaction block."""
        status = self.connection().info.transaction_status
        return status != TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Rows:
        """Run one statement (tuples as rows)."""
        return self.connection().execute(to_pyformat(sql), _params(params))

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Run one query (dicts as rows)."""
        cursor = self.connection().cursor(row_factory=dict_row)
        cursor.execute(to_pyformat(sql), _params(params))
        return iter(cursor.fetchall())

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """The statement once per row of parameters. A plain `INSERT … VALUES (?, …)` (the
        bulk writes: staging, person links, the search index) is loaded with `COPY`, one
        stream for the whole batch; any other statement is pipelined by psycopg."""
        batch = [_params(row) for row in rows]
        if not batch:
            return
        insert = _PLAIN_INSERT.fullmatch(sql)
        if insert is None:
            with self.connection().cursor() as cursor:
                cursor.executemany(to_pyformat(sql), batch)
            return
        table, names, skip_duplicates = insert.groups()
        columns = [name.strip() for name in names.split(",")]
        if skip_duplicates:
            self._copy_skipping_duplicates(table, columns, batch)
        else:
            self._copy(table, columns, batch)

    def _copy(self, table: str, columns: Sequence[str], batch: Iterable[Sequence[Any]]) -> None:
        with self.connection().cursor() as cursor:
            statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
            with cursor.copy(statement) as copy:
                for row in batch:
                    copy.write_row(row)

    def _copy_skipping_duplicates(
        self, table: str, columns: Sequence[str], batch: Sequence[Sequence[Any]]
    ) -> None:
        # COPY has no ON CONFLICT: the rows go to a scratch table first, then into `table`
        # in the order given, so of two rows clashing the first one is kept.
        scratch = f"{table}_copied"
        names = ", ".join(columns)
        conn = self.connection()
        with conn.transaction():
            conn.execute(f"CREATE TEMP TABLE {scratch} AS SELECT {names} FROM {table} WITH NO DATA")
            conn.execute(
                f"ALTER TABLE {scratch} ADD COLUMN copy_order BIGINT GENERATED ALWAYS AS IDENTITY"
            )
            self._copy(scratch, columns, batch)
            conn.execute(
                f"INSERT INTO {table} ({names}) SELECT {names} FROM {scratch} "
                "ORDER BY copy_order ON CONFLICT DO NOTHING"
            )
            conn.execute(f"DROP TABLE {scratch}")

    def columns(self, table: str) -> list[str]:
        """The table's columns in order (of the database's own schema, not temporary)."""
        rows = self.connection().execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s ORDER BY ordinal_position",
            [table],
        )
        return [str(row[0]) for row in rows]

    def tables(self) -> list[str]:
        """The database's own tables, by name."""
        rows = self.connection().execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        )
        return [str(row[0]) for row in rows]

    def has_table(self, table: str) -> bool:
        """Whether the database's schema has that table."""
        return table in self.tables()

    def savepoint(self) -> contextlib.AbstractContextManager[None]:
        """psycopg's `transaction()`: BEGIN outermost, a SAVEPOINT inside one."""
        return _block(self.connection())

    def json_values(self, param: str) -> str:
        """`json_array_elements_text`."""
        return f"SELECT value FROM json_array_elements_text(CAST({param} AS json))"

    # -- OfficeDatabase ------------------------------------------------------------------

    def create_staging(self, name: str, like: str) -> None:
        """A session-local table with `like`'s columns, no constraints, a unique id and a
        `rowid` counting the inserts (the order SQLite's own rowid gives)."""
        self.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM {like} WITH NO DATA")
        self.execute(f"ALTER TABLE {name} ADD COLUMN rowid BIGSERIAL")
        self.execute(f"CREATE UNIQUE INDEX {name}_id ON {name}(id)")

    @contextlib.contextmanager
    def transaction(self, agent: str) -> Iterator[Stamp]:
        """One atomic write, writers one at a time (the advisory lock), one stamp after
        the stored clock."""
        try:
            with self._transaction(agent) as stamp:
                yield stamp
        except psycopg.IntegrityError as error:
            raise DuplicateRecord(_reason(error)) from error
        except psycopg.Error as error:
            raise DatabaseFailed(self.description, "saving", _reason(error)) from error

    def write(self, agent: str, work: Callable[[Stamp], T]) -> T:
        """`work` in one transaction, again after a serialization failure or deadlock."""
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                with self._transaction(agent) as stamp:
                    return work(stamp)
            except RETRYABLE as error:
                if attempt == MAX_ATTEMPTS:
                    raise DatabaseFailed(self.description, "saving", _reason(error)) from error
                _log.info("office write aborted by the server (%s): attempt %d", error, attempt + 1)
            except psycopg.IntegrityError as error:
                raise DuplicateRecord(_reason(error)) from error
            except psycopg.Error as error:
                raise DatabaseFailed(self.description, "saving", _reason(error)) from error
        raise AssertionError("unreachable")  # the loop returns or raises

    @contextlib.contextmanager
    def _transaction(self, agent: str) -> Iterator[Stamp]:
        conn = self.connection()
        if conn.info.transaction_status != TransactionStatus.IDLE:
            with conn.transaction():  # nested: a savepoint, the lock is held already
                yield Stamp(self._clock.now(), self._device_id, agent)
            return
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
            stored = self._stored_clock()
            if stored:
                self._clock.observe(stored)  # another clerk's last stamp
            stamp = Stamp(at=self._clock.now(), device_id=self._device_id, agent=agent)
            yield stamp
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [_CLOCK_KEY, stamp.at],
            )

    @contextlib.contextmanager
    def reading(self, what: str) -> Iterator[None]:
        """Server errors during a read become a StoreError naming `what` (an id of the
        catalogue's `db_data` context: `registry`, …)."""
        try:
            yield
        except psycopg.Error as error:
            reason = _reason(error)
            raise DatabaseFailed(self.description, "reading", reason, data=what) from error

    def _stored_clock(self) -> str | None:
        row = (
            self.connection()
            .execute("SELECT value FROM meta WHERE key = %s", [_CLOCK_KEY])
            .fetchone()
        )
        return str(row[0]) if row else None


@contextlib.contextmanager
def _block(conn: psycopg.Connection[Any]) -> Iterator[None]:
    with conn.transaction():
        yield


def _reason(error: Exception) -> str:
    """The server's one-line reason (psycopg's text, no query, no parameters)."""
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
