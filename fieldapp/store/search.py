"""Full-text search over attendees: Arabic-normalised names, Latin names, CIN and phone.

FTS5's own folding does not join hamza forms or ta marbuta, so the index holds normalised
text (see `fieldapp.domain.arabic`) and queries are normalised with the same functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlite_utils import Database

from fieldapp.domain.arabic import normalise_name, western_digits
from fieldapp.domain.validators import national_phone_digits, normalise_cin

_PHONE_QUERY = re.compile(r"^[+\d\s\-.()]+$")
# A CIN typed as printed on the card, with spaces: "JA 123456", "ja 123".
_SPACED_CIN_QUERY = re.compile(r"^\s*[A-Za-z]{1,2}[\s\-]+\d[\d\s]*$")
_TOKEN_CHARS = re.compile(r"[^\w]+", re.UNICODE)


def phone_search_text(e164: str) -> str:
    """Every form of a number a person might type: 2126…, 06…, 6…"""
    if not e164:
        return ""
    international = e164.lstrip("+")
    national = national_phone_digits(e164)
    return " ".join(dict.fromkeys([international, national, national.lstrip("0")]))


def query_tokens(query: str) -> list[str]:
    """The FTS tokens for what the user typed (normalised, without FTS syntax)."""
    text = western_digits(query).strip()
    if not text:
        return []
    if _PHONE_QUERY.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        digits = re.sub(r"\D", "", text)
        if digits.startswith("00"):
            digits = digits[2:]
        return [digits]
    if _SPACED_CIN_QUERY.match(text):
        return [normalise_cin(text)]
    return [token for token in _TOKEN_CHARS.split(normalise_name(text)) if token]


def match_expression(tokens: Iterable[str]) -> str:
    """An FTS5 MATCH string: every token as a quoted prefix, all required."""
    return " ".join(f'"{token}"*' for token in tokens)


class SearchIndex:
    """Keeps `attendee_search` in step with `attendees` and answers queries."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def put(self, attendee_id: str, *, name_ar: str, name_lat: str, cin: str, phone: str) -> None:
        """Index (or re-index) one attendee, inside the caller's transaction."""
        self.remove(attendee_id)
        self.add_new([(attendee_id, name_ar, name_lat, cin, phone)])

    def add_new(self, rows: Iterable[tuple[str, str, str, str, str]]) -> None:
        """Index attendees that are not in the index yet: `(id, name_ar, name_lat, cin, phone)`."""
        self._db.conn.executemany(
            "INSERT INTO attendee_search (attendee_id, name_ar, name_lat, cin, phone) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (
                    attendee_id,
                    normalise_name(name_ar),
                    normalise_name(name_lat),
                    normalise_cin(cin),
                    phone_search_text(phone),
                )
                for attendee_id, name_ar, name_lat, cin, phone in rows
            ],
        )

    def remove(self, attendee_id: str) -> None:
        """Drop one attendee from the index."""
        self._db.execute("DELETE FROM attendee_search WHERE attendee_id = ?", [attendee_id])

    def match(self, query: str, *, session_id: str | None = None, limit: int = 50) -> list[str]:
        """Ids of live attendees matching `query`, best first."""
        tokens = query_tokens(query)
        if not tokens:
            return []
        sql = (
            "SELECT s.attendee_id FROM attendee_search s "
            "JOIN attendees a ON a.id = s.attendee_id "
            "WHERE attendee_search MATCH ? AND a.deleted = 0"
        )
        params: list[object] = [match_expression(tokens)]
        if session_id is not None:
            sql += " AND a.session_id = ?"
            params.append(session_id)
        sql += " ORDER BY bm25(attendee_search), a.updated_at DESC LIMIT ?"
        params.append(limit)
        return [row["attendee_id"] for row in self._db.query(sql, params)]
