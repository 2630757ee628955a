"""Drafts: what was typed in a form and not yet saved, kept across crashes."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database


class DraftRepository:
    """One draft per key (e.g. `attendee:<session>`), replaced on each autosave."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, key: str, *, session_id: str, payload: dict[str, Any], saved_at: str) -> None:
        """Write the draft in its own transaction (durable once this returns)."""
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO drafts (key, session_id, payload, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET session_id = excluded.session_id, "
                "payload = excluded.payload, saved_at = excluded.saved_at",
                [key, session_id, json.dumps(payload, ensure_ascii=False), saved_at],
            )

    def load(self, key: str) -> dict[str, Any] | None:
        """The draft under `key`, if any."""
        row = self._db.execute("SELECT payload FROM drafts WHERE key = ?", [key]).fetchone()
        return dict(json.loads(row[0])) if row else None

    def discard(self, key: str) -> None:
        """Forget the draft (after a save, or when the user throws it away)."""
        with self._db.atomic():
            self._db.execute("DELETE FROM drafts WHERE key = ?", [key])

    def keys(self) -> list[tuple[str, str]]:
        """All `(key, session_id)` pairs, newest first."""
        rows = self._db.execute(
            "SELECT key, session_id FROM drafts ORDER BY saved_at DESC"
        ).fetchall()
        return [(str(row[0]), str(row[1])) for row in rows]
