"""Errors the store raises, with messages a user can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path

from fieldapp.atomic import write_error_message
from fieldapp.domain.messages import message_text
from fieldapp.domain.texts import LANGUAGES, text


class StoreError(Exception):
    """The data directory or database cannot be used (read-only, full disk, corrupt…)."""

    def message(self, lang: str) -> str:
        """The message in `lang`; the English text where an error has no other."""
        return str(self)


class WriteFailed(StoreError):
    """A file of the data folder (a backup) could not be written: the message names it and
    what to do (free space on a full disk), in the user's language."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(write_error_message(path, error))
        self.path = path
        self.error = error

    def message(self, lang: str) -> str:
        """The file and what to do, in `lang`."""
        return write_error_message(self.path, self.error, lang)


class DataFolderDamaged(StoreError):
    """A file of the data folder is missing or damaged (the database, the laptop's identity):
    fieldapp stops rather than guess. The message is in Arabic, French and English at once,
    since the language setting lives in the database that may be what is damaged; each
    names the file and how to restore it."""

    def __init__(self, texts: dict[str, str], *, restorable: bool = False) -> None:
        super().__init__("\n\n".join(texts[lang] for lang in ("en", "fr", "ar")))
        self.texts = texts
        self.restorable = restorable  # the database itself: an automatic backup replaces it

    @classmethod
    def told(cls, key: str, *, restorable: bool = False, **params: object) -> DataFolderDamaged:
        """The catalogue's message `key` in every language, filled with `params`."""
        texts = {lang: text(key, lang, **params) for lang in LANGUAGES}
        return cls(texts, restorable=restorable)

    def message(self, lang: str) -> str:
        """The message in `lang` alone."""
        return self.texts.get(lang, self.texts["en"])


def damaged_database(path: Path) -> DataFolderDamaged:
    """The database file at `path` cannot be read: restore a backup."""
    return DataFolderDamaged.told("data_folder.damaged_database", restorable=True, path=path)


def newer_database(path: Path | str, version: int, known: int) -> DataFolderDamaged:
    """The database at `path` has the format `version`, newer than this app's `known`: a
    newer fieldapp wrote it, and this one must not write into it (nor call it damaged)."""
    return DataFolderDamaged.told(
        "data_folder.newer_database", path=path, version=version, known=known
    )


class NewerSchema(StoreError):
    """The database's format (`version`) is newer than the newest this app knows (`known`)."""

    def __init__(self, version: int, known: int) -> None:
        super().__init__(f"database format {version} is newer than this version's {known}")
        self.version = version
        self.known = known


class RecordNotFound(StoreError, LookupError):
    """No live record has that id."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"no {kind} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class DuplicateRecord(StoreError):
    """A uniqueness rule was broken (e.g. the same CIN twice in a session)."""


# SQLite result codes (primary) → the reason's message code (fieldapp/domain/messages.py).
_REASONS = {
    8: "db_readonly",  # READONLY
    13: "db_full",  # FULL
    10: "db_ioerr",  # IOERR
    14: "db_cantopen",  # CANTOPEN
    11: "db_damaged",  # CORRUPT
    26: "db_damaged",  # NOTADB
    5: "db_busy",  # BUSY
    6: "db_busy",  # LOCKED
}


class DatabaseFailed(StoreError):
    """An SQLite error, told as what failed (`where`, a message code) and why (by the error's
    result code), in the user's language."""

    def __init__(self, error: sqlite3.Error, where: str, params: Mapping[str, object]) -> None:
        code = getattr(error, "sqlite_errorcode", None)
        self.where = where
        self.params = dict(params)
        self.reason = _REASONS.get(code & 0xFF) if isinstance(code, int) else None
        self.detail = str(error)
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """What failed and what to do, in `lang`."""
        reason = message_text(self.reason, lang) if self.reason else self.detail
        return f"{message_text(self.where, lang, self.params)}: {reason}"


def is_damage(error: sqlite3.Error) -> bool:
    """Whether `error` says the database file is damaged (SQLITE_CORRUPT or SQLITE_NOTADB)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (11, 26)


def explain_sqlite_error(
    error: sqlite3.Error, where: str, params: Mapping[str, object] | None = None
) -> StoreError:
    """Turn an sqlite3 error into a StoreError whose message says what failed (`where`, a
    message code filled with `params`) and what to do, chosen by the error's SQLite result
    code (never by its text)."""
    return DatabaseFailed(error, where, params or {})
