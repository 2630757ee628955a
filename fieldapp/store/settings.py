"""Small key/value settings kept in the database (language, chamber name, clock)."""

from __future__ import annotations

from sqlite_utils import Database


class Settings:
    """The `meta` table as a string-to-string mapping."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        """The value of `key`, or `default`."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    def set(self, key: str, value: str | None) -> None:
        """Set `key` (inside the caller's transaction, or on its own)."""
        if value is None:
            return
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
