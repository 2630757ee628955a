"""The attendee search index on PostgreSQL: the same normalised text as SQLite's FTS5 index
(`store.search.search_text`: Arabic-normalised names with compound variants and phonetic
keys, the CIN, every form of the phone), one row per live attendee keyed by its id, with a
`pg_trgm` GIN index over the whole so that a typed word is found by prefix without a scan.

`attendee_search` has the columns FTS5's table shows (`attendee_id, name_ar, name_lat, cin,
phone`), so a dump of either engine's index is the same. Only this module knows the
PostgreSQL form of the search.
"""

from __future__ import annotations

import logging

import psycopg

from fieldapp.store.office.postgres_statistics import refresh_statistics
from fieldapp.store.search import INDEXED_COLUMNS, query_tokens, search_text, token_keys
from fieldapp.store.sql import SqlDatabase

_log = logging.getLogger(__name__)
# Every indexed word follows a space, so " word%" finds it by prefix.
_DOCUMENT = "(' ' || " + " || ' ' || ".join(INDEXED_COLUMNS) + " || ' ')"
# The same, qualified, for a query that joins the attendees (which have these columns too).
_DOCUMENT_S = "(' ' || " + " || ' ' || ".join(f"s.{c}" for c in INDEXED_COLUMNS) + " || ' ')"
_INSERT = (
    f"INSERT INTO attendee_search (attendee_id, {', '.join(INDEXED_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' for _ in INDEXED_COLUMNS)})"
)


def create_search_table(db: SqlDatabase) -> None:
    """The index table (migration 1 on PostgreSQL), and its trigram index when the server
    has `pg_trgm` (PostgreSQL's contrib, installed with Debian's `postgresql`); without it
    the search still works, reading the whole table."""
    db.execute(
        """
        CREATE TABLE attendee_search (
            attendee_id TEXT PRIMARY KEY,
            name_ar TEXT NOT NULL DEFAULT '',
            name_lat TEXT NOT NULL DEFAULT '',
            cin TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''
        )
        """
    )
    try:
        with db.savepoint():
            db.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            db.execute(
                f"CREATE INDEX attendee_search_words ON attendee_search "
                f"USING gin ({_DOCUMENT} gin_trgm_ops)"
            )
    except psycopg.Error as error:
        _log.warning("search index without pg_trgm (%s): searches read the whole table", error)


class PostgresSearch:
    """Keeps `attendee_search` in step with the merged attendees and answers searches."""

    def __init__(self, db: SqlDatabase) -> None:
        self._db = db

    def remove(self, attendee_id: str) -> None:
        """Drop one attendee from the index."""
        self._db.execute("DELETE FROM attendee_search WHERE attendee_id = ?", [attendee_id])

    def reindex_merged(self, winners: str) -> None:
        """Replace the index rows of the merged attendees by their new text (live ones)."""
        self._db.execute(
            f"DELETE FROM attendee_search WHERE attendee_id IN (SELECT id FROM {winners} "
            "WHERE existing)"
        )
        rows = self._db.execute(
            f"SELECT a.id, {', '.join(f'a.{name}' for name in INDEXED_COLUMNS)} FROM attendees a "
            f"JOIN {winners} w ON w.id = a.id WHERE a.deleted = 0 ORDER BY a.id"
        ).fetchall()
        self._db.executemany(_INSERT, [(row[0], *search_text(*row[1:])) for row in rows])
        refresh_statistics(self._db, "attendee_search", len(rows))

    def match(self, query: str, *, limit: int = 50) -> list[str]:
        """Live attendees having every typed word as the start of an indexed word (or, for
        a Latin name word, its phonetic key), the latest edited first."""
        tokens = query_tokens(query)
        if not tokens:
            return []
        clauses: list[str] = []
        params: list[object] = []
        for token in tokens:
            # the typed word as the start of an indexed word, or one of its phonetic keys
            likes = [f"{_DOCUMENT_S} LIKE ?"]
            params.append(f"% {_escape(token)}%")
            for key in token_keys(token):
                likes.append(f"{_DOCUMENT_S} LIKE ?")
                params.append(f"% {_escape(key)} %")
            clauses.append("(" + " OR ".join(likes) + ")")
        rows = self._db.execute(
            "SELECT a.id FROM attendee_search s JOIN attendees a ON a.id = s.attendee_id "
            f"WHERE a.deleted = 0 AND {' AND '.join(clauses)} "
            "ORDER BY a.updated_at DESC, a.id LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [str(row[0]) for row in rows]


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
