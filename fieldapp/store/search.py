"""Full-text search over attendees: Arabic-normalised names, Latin names, CIN and phone.

FTS5's own folding does not join hamza forms or ta marbuta, so the index holds normalised
text (see `fieldapp.domain.arabic`) and queries are normalised with the same functions.

Each live attendee has one row in `attendee_search`, whose rowid is minus the attendee's
rowid in `attendees` (migration 5). So a row is found again by rowid instead of by scanning
the whole index for its `attendee_id`, and FTS5's ranked order (`ORDER BY rank`, which lists
rows of equal score in ascending rowid order) gives the attendee added last first among
equally good matches. Rows are written in ascending rowid order within a statement: FTS5
flushes its pending terms whenever a rowid goes down, which would cost a segment per row.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import jellyfish
from sqlite_utils import Database

from fieldapp.domain.arabic import compound_variants, normalise_name, western_digits
from fieldapp.domain.attendee_fields import SEARCHED, Indexed
from fieldapp.domain.validators import national_phone_digits, normalise_cin
from fieldapp.store.settings import Settings

_PHONE_QUERY = re.compile(r"^[+\d\s\-.()]+$")
# A CIN typed as printed on the card, with spaces: "JA 123456", "ja 123".
_SPACED_CIN_QUERY = re.compile(r"^\s*[A-Za-z]{1,2}[\s\-]+\d[\d\s]*$")
_TOKEN_CHARS = re.compile(r"[^\w]+", re.UNICODE)
_NOT_DIGITS = re.compile(r"\D")
_LATIN_WORD = re.compile(r"^[a-z]{2,}$")
# What the index holds changed with version 2 (compound-name variants, phonetic keys): an
# index written by an older version is rebuilt when the database is opened.
INDEX_VERSION = "2"
_VERSION_KEY = "search_index_version"
# Phonetic keys are indexed as words of their own, behind a prefix nobody types in a name.
_PHONETIC = "ph0"
_PHONETIC_MIN_LETTERS = 4

# The declared fields the index holds, in the order of its columns (named after them):
# name_ar, name_lat, cin, phone. A field newly searched needs a migration of the index table.
INDEXED_COLUMNS: tuple[str, ...] = tuple(f.name for f in SEARCHED)
_COLUMNS = ", ".join(INDEXED_COLUMNS)
_MARKS = ", ".join("?" for _ in INDEXED_COLUMNS)
# (attendee rowid, attendee id, then the values of INDEXED_COLUMNS) as stored in `attendees`.
IndexSource = tuple[Any, ...]

_INSERT = f"INSERT INTO attendee_search (rowid, attendee_id, {_COLUMNS}) VALUES (?, ?, {_MARKS})"


def phone_search_text(e164: str) -> str:
    """Every form of a number a person might type: 2126…, 06…, 6…"""
    if not e164:
        return ""
    if e164.startswith("+212") and e164[4:].isdigit():
        # The Moroccan case of the general one below, without its three-way dedupe.
        digits = e164[4:]
        if digits.startswith("0"):
            short = digits.lstrip("0")
            return " ".join(dict.fromkeys([e164[1:], "0" + digits, short]))
        return f"{e164[1:]} 0{digits} {digits}"
    international = e164.lstrip("+")
    national = national_phone_digits(e164)
    return " ".join(dict.fromkeys([international, national, national.lstrip("0")]))


def phonetic_keys(word: str) -> list[str]:
    """Metaphone keys of a Latin name word (see `_phonetic_keys`)."""
    return list(_phonetic_keys(word))


@functools.lru_cache(maxsize=8192)  # first names and family names repeat across a registry
def _phonetic_keys(word: str) -> tuple[str, ...]:
    """Metaphone keys (jellyfish) of a Latin name word, so that Mohamed, Mohammed and
    Muhammad, or Youssef and Youssouf, share one. A key starting with I also gives the key
    without it: Maghrebi spellings drop the initial i (Brahim / Ibrahim, Driss / Idriss)."""
    if not _LATIN_WORD.match(word):
        return ()
    key = jellyfish.metaphone(word).lower()
    if not key:
        return ()
    keys = [key]
    if key.startswith("i") and len(key) > 2:
        keys.append(key[1:])
    return tuple(_PHONETIC + k for k in keys)


def _name_words(text: str) -> str:
    """A name's normalised words, with the other spellings of compound parts and phonetic
    keys of Latin words added as further words."""
    normalised = normalise_name(text)
    words = [normalised, *compound_variants(normalised)]
    for word in _TOKEN_CHARS.split(normalised):
        words += _phonetic_keys(word)
    return " ".join(word for word in words if word)


_INDEXED_TEXT: dict[Indexed, Callable[[str], str]] = {
    Indexed.NAME: _name_words,
    Indexed.CIN: normalise_cin,
    Indexed.PHONE: phone_search_text,
}
_TEXT_OF = tuple(_INDEXED_TEXT[f.search] for f in SEARCHED if f.search is not None)


def search_text(*values: str) -> tuple[str, ...]:
    """The indexed text of an attendee's values of `INDEXED_COLUMNS` (name_ar, name_lat, cin,
    phone), each as its field's `Indexed` role says."""
    return tuple(text_of(value) for text_of, value in zip(_TEXT_OF, values, strict=True))


def query_tokens(query: str) -> list[str]:
    """The FTS tokens for what the user typed (normalised, without FTS syntax)."""
    text = western_digits(query).strip()
    if not text:
        return []
    if _PHONE_QUERY.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        digits = _NOT_DIGITS.sub("", text)
        if digits.startswith("00"):
            digits = digits[2:]
        return [digits]
    if _SPACED_CIN_QUERY.match(text):
        return [normalise_cin(text)]
    return [token for token in _TOKEN_CHARS.split(normalise_name(text)) if token]


def token_keys(token: str) -> tuple[str, ...]:
    """The phonetic keys a typed token also matches, as indexed words."""
    # a key only helps once the word is typed out: "muham" has another key than "muhammad"
    return _phonetic_keys(token) if len(token) >= _PHONETIC_MIN_LETTERS else ()


def match_expression(tokens: Iterable[str]) -> str:
    """An FTS5 MATCH string: every token as a quoted prefix, all required; a Latin name word
    also matches the words that sound the same (its phonetic key), and a joined compound
    (`عبدالله`) is required as typed, which the index holds for `عبد الله` too."""
    parts = []
    for token in tokens:
        keys = token_keys(token)
        alternatives = [f'"{token}"*', *(f'"{key}"' for key in keys)]
        parts.append(
            alternatives[0] if len(alternatives) == 1 else f"({' OR '.join(alternatives)})"
        )
    return " AND ".join(parts)


class SearchIndex:
    """Keeps `attendee_search` in step with `attendees` and answers queries."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._rebuild_if_outdated()

    def _rebuild_if_outdated(self) -> None:
        """Re-index every live attendee when the index was written by an older version."""
        if not self._db["attendee_search"].exists() or not self._db["meta"].exists():
            return
        settings = Settings(self._db)
        if settings.get(_VERSION_KEY) == INDEX_VERSION:
            return
        with self._db.atomic():
            rows = self._db.execute(
                f"SELECT rowid, id, {_COLUMNS} FROM attendees WHERE deleted = 0"
            ).fetchall()
            self._db.execute("DELETE FROM attendee_search")
            self.add_indexed(rows)
            settings.set(_VERSION_KEY, INDEX_VERSION)

    def put(self, attendee_id: str, *values: str) -> None:
        """Index (or re-index) one attendee, given its values of `INDEXED_COLUMNS`, inside the
        caller's transaction."""
        self.remove(attendee_id)
        self.add_new([(attendee_id, *values)])

    def add_new(self, rows: Iterable[tuple[str, ...]]) -> None:
        """Index attendees that are not in the index yet: `(id, *values of INDEXED_COLUMNS)`
        of rows already in `attendees`."""
        wanted = list(rows)
        if not wanted:
            return
        rowids = dict(
            self._db.conn.execute(
                "SELECT a.id, a.rowid FROM json_each(?) j JOIN attendees a ON a.id = j.value",
                [json.dumps([row[0] for row in wanted])],
            ).fetchall()
        )
        known = [(rowids[row[0]], *row) for row in wanted if row[0] in rowids]
        self.add_indexed(known)
        # Not (yet) in `attendees`: indexed all the same, under a rowid of FTS5's choosing.
        self._db.conn.executemany(
            f"INSERT INTO attendee_search (attendee_id, {_COLUMNS}) VALUES (?, {_MARKS})",
            [(row[0], *search_text(*row[1:])) for row in wanted if row[0] not in rowids],
        )

    def add_indexed(self, rows: Sequence[IndexSource]) -> None:
        """Index attendees not in the index yet, given with their rowid in `attendees`."""
        ordered = sorted(rows, key=lambda row: -row[0])
        self._db.conn.executemany(
            _INSERT,
            [(-row[0], row[1], *search_text(*row[2:])) for row in ordered],
        )

    def remove(self, attendee_id: str) -> None:
        """Drop one attendee from the index."""
        cursor = self._db.conn.execute(
            "DELETE FROM attendee_search WHERE rowid = "
            "(SELECT -rowid FROM attendees WHERE id = ?1) AND attendee_id = ?1",
            [attendee_id],
        )
        if cursor.rowcount <= 0:
            # Indexed under another rowid (by an older version, or before it was stored):
            # find it the slow way, by scanning the index.
            self._db.conn.execute(
                "DELETE FROM attendee_search WHERE attendee_id = ?", [attendee_id]
            )

    def ranked_sql(self, columns: str, joins: str = "") -> str:
        """SQL listing the best `?2` matches of the MATCH expression `?1`, best first (bm25,
        then the latest `updated_at`), as `columns` of `attendees a` (and `joins`).

        The index is asked for its best `?2` rows only (`ORDER BY rank LIMIT`, which FTS5
        answers from its own ranking without reading the other matches' rows): among matches
        of equal score beyond those, the attendees added last are kept."""
        return (
            f"SELECT {columns} FROM (SELECT attendee_id, rank FROM attendee_search "
            "WHERE attendee_search MATCH ?1 ORDER BY rank LIMIT ?2) m "
            f"JOIN attendees a ON a.id = m.attendee_id {joins} "
            "WHERE a.deleted = 0 ORDER BY m.rank, a.updated_at DESC"
        )

    def match(self, query: str, *, session_id: str | None = None, limit: int = 50) -> list[str]:
        """Ids of live attendees matching `query`, best first (with `session_id`, of the best
        `limit` matches those in that session)."""
        tokens = query_tokens(query)
        if not tokens:
            return []
        rows = self._db.conn.execute(
            self.ranked_sql("a.id, a.session_id"), [match_expression(tokens), limit]
        ).fetchall()
        return [row[0] for row in rows if session_id is None or row[1] == session_id]
