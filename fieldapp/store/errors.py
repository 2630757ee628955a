"""Errors the store raises, with messages a user can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """The data directory or database cannot be used (read-only, full disk, corrupt…)."""


class DataFolderDamaged(StoreError):
    """A file of the data folder is missing or damaged (the database, the laptop's identity):
    fieldapp stops rather than guess. The message is in Arabic, French and English at once,
    since the language setting lives in the database that may be what is damaged; each
    names the file and how to restore it."""

    def __init__(self, texts: dict[str, str], *, restorable: bool = False) -> None:
        super().__init__("\n\n".join(texts[lang] for lang in ("en", "fr", "ar")))
        self.texts = texts
        self.restorable = restorable  # the database itself: an automatic backup replaces it

    def message(self, lang: str) -> str:
        """The message in `lang` alone."""
        return self.texts.get(lang, self.texts["en"])


def damaged_database(path: Path) -> DataFolderDamaged:
    """The database file at `path` cannot be read: restore a backup."""
    return DataFolderDamaged(
        {
            "en": f"The database {path} is damaged and cannot be read. Nothing was changed. "
            "Restore the latest backup with `fieldapp restore --latest` (backups are in the "
            "backups folder beside it), then export a bundle again.",
            "fr": f"La base de données {path} est endommagée et illisible. Rien n'a été "
            "modifié. Restaurez la dernière sauvegarde avec `fieldapp restore --latest` (les "
            "sauvegardes sont dans le dossier backups à côté), puis exportez à nouveau.",
            "ar": f"قاعدة البيانات \u2066{path}\u2069 تالفة ولا يمكن قراءتها. لم يتغير أي شيء. استرجع آخر "
            "نسخة احتياطية بالأمر fieldapp restore --latest (النسخ في مجلد backups بجانبها)، "
            "ثم صدّر الحزمة من جديد.",
        },
        restorable=True,
    )


class RecordNotFound(StoreError, LookupError):
    """No live record has that id."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"no {kind} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class DuplicateRecord(StoreError):
    """A uniqueness rule was broken (e.g. the same CIN twice in a session)."""


_REASONS = {
    8: "the data directory is read-only; choose a writable folder with --data-dir",  # READONLY
    13: "the disk is full: free some space on it (old bundles, downloads, the recycle bin), "
    "then try again",  # FULL
    10: "the disk is failing or was removed; check it and try again",  # IOERR
    14: "the database file cannot be opened; check the folder exists and is writable",
    11: "the database file is damaged; restore it from a backup (`fieldapp restore --latest`)",
    26: "the database file is damaged; restore it from a backup (`fieldapp restore --latest`)",
    5: "the database is in use by another fieldapp window; close it and try again",  # BUSY
    6: "the database is in use by another fieldapp window; close it and try again",  # LOCKED
}


def is_damage(error: sqlite3.Error) -> bool:
    """Whether `error` says the database file is damaged (SQLITE_CORRUPT or SQLITE_NOTADB)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (11, 26)


def explain_sqlite_error(error: sqlite3.Error, where: str) -> StoreError:
    """Turn an sqlite3 error into a StoreError whose message says what to do, chosen by the
    error's SQLite result code (never by its text)."""
    code = getattr(error, "sqlite_errorcode", None)
    reason = _REASONS.get(code & 0xFF) if isinstance(code, int) else None
    return StoreError(f"{where}: {reason or str(error)}")
