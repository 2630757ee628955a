"""Moving an office registry from its embedded SQLite file to PostgreSQL, and proving the copy.

`target_contents` looks at the PostgreSQL database before anything is written (its tables and
how many rows each holds), `copy_table` streams one table with PostgreSQL's `COPY … FROM
STDIN` (psycopg's `cursor.copy`), and `table_digest` reads a table the same way on either
engine: rows ordered by the primary key, every value normalised by the column's declared type
(`TEXT` as text, `INTEGER` as an integer, `REAL` as a float, NULL as null), one JSON line per
row into a SHA-256. Equal digests mean equal tables, whatever engine holds them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from fieldapp.store.office.errors import DatabaseFailed, DatabaseUnreachable, redact_url
from fieldapp.store.office.postgres import CONNECT_TIMEOUT_SECONDS, PostgresOffice
from fieldapp.store.sql import SQLITE, SqlDatabase

# Rows read from SQLite per batch while copying (memory stays flat at national size).
BATCH_ROWS = 5000

Normalise = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class TableShape:
    """A table as the source declares it: columns in order, their declared types, the
    primary key (the canonical row order)."""

    name: str
    columns: tuple[str, ...]
    types: tuple[str, ...]
    key: tuple[str, ...]

    def select(self) -> str:
        """Every row, every column, in primary-key order."""
        return f"SELECT {', '.join(self.columns)} FROM {self.name} ORDER BY {', '.join(self.key)}"


@dataclass(frozen=True, slots=True)
class TableDigest:
    """A table's row count and the SHA-256 of its canonical rows."""

    table: str
    rows: int
    sha256: str


def sqlite_shape(db: SqlDatabase, table: str) -> TableShape:
    """The shape of a table of the embedded (SQLite) registry, from `pragma_table_info`."""
    if db.dialect != SQLITE:
        raise ValueError("the source of a move is the embedded SQLite registry")
    info = db.execute(
        "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", [table]
    ).fetchall()
    columns = tuple(str(row[0]) for row in info)
    types = tuple(str(row[1]).upper() for row in info)
    keyed = sorted((int(row[2]), str(row[0])) for row in info if int(row[2]) > 0)
    key = tuple(name for _, name in keyed) or columns
    return TableShape(table, columns, types, key)


def _normaliser(declared: str) -> Normalise:
    if "INT" in declared:
        return lambda v: None if v is None else int(v)
    if "REAL" in declared or "FLOA" in declared or "DOUB" in declared:
        return lambda v: None if v is None else float(v)
    if "BLOB" in declared:
        return lambda v: None if v is None else bytes(v).hex()
    return lambda v: None if v is None else (v if isinstance(v, str) else str(v))


def canonical_rows(db: SqlDatabase, shape: TableShape) -> Iterable[list[Any]]:
    """The table's rows in primary-key order, values normalised by declared type."""
    normalise = [_normaliser(t) for t in shape.types]
    for row in db.execute(shape.select()):
        yield [f(v) for f, v in zip(normalise, row, strict=True)]


def table_digest(db: SqlDatabase, shape: TableShape) -> TableDigest:
    """Count and hash the table on `db` (either engine) the canonical way."""
    digest = hashlib.sha256()
    count = 0
    for row in canonical_rows(db, shape):
        digest.update(json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode())
        digest.update(b"\n")
        count += 1
    return TableDigest(shape.name, count, digest.hexdigest())


def target_contents(url: str) -> dict[str, int]:
    """The PostgreSQL database's own tables (current schema) and their row counts, read
    before the office opens it (so that nothing is created in a database that is refused)."""
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS)
    except psycopg.Error as error:
        raise DatabaseUnreachable(url, str(error).strip().splitlines()[0]) from error
    try:
        with conn:
            names = [
                str(row[0])
                for row in conn.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
                )
            ]
            counts: dict[str, int] = {}
            for name in names:
                query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(name))
                row = conn.execute(query).fetchone()
                counts[name] = int(row[0]) if row else 0
            return counts
    except psycopg.Error as error:
        reason = str(error).strip()
        raise DatabaseFailed(redact_url(url), "reading", reason, data="tables") from error


def copy_table(
    source: SqlDatabase,
    target: PostgresOffice,
    shape: TableShape,
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Stream every row of `shape` from `source` into the same table on `target` with
    `COPY … FROM STDIN`, inside the caller's transaction on `target`. Returns the rows sent."""
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(shape.name),
        sql.SQL(", ").join(sql.Identifier(c) for c in shape.columns),
    )
    sent = 0
    rows = source.execute(shape.select())
    with target.connection().cursor() as cursor, cursor.copy(statement) as copy:
        while batch := _fetch(rows):
            for row in batch:
                copy.write_row(row)
            sent += len(batch)
            if progress is not None:
                progress(sent)
    return sent


def _fetch(rows: Any) -> Sequence[Any]:
    return list(rows.fetchmany(BATCH_ROWS))
