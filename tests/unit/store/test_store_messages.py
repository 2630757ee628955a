"""The store's failures (a full disk, a read-only folder, a backup that cannot be written) are
told in the user's language, naming what failed and what to do."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from fieldapp.store.errors import WriteFailed, explain_sqlite_error


def _sqlite_error(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "saving failed, nothing was written: the disk is full: free some space"),
        ("fr", "l'enregistrement a échoué, rien n'a été écrit: le disque est plein : libérez"),
        ("ar", "تعذر الحفظ، لم يُكتب أي شيء: القرص ممتلئ: حرّر مساحة"),
    ],
)
def test_a_full_disk_while_saving(lang: str, expected: str) -> None:
    failure = explain_sqlite_error(_sqlite_error(13), "db_save")
    assert failure.message(lang).startswith(expected)
    assert str(failure) == failure.message("en")


def test_an_unknown_sqlite_error_keeps_its_own_text() -> None:
    failure = explain_sqlite_error(_sqlite_error(1), "db_read", {"what": "the registry"})
    assert failure.message("fr") == "lecture impossible (the registry): database or disk is full"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "USB stick is full"), ("fr", "clé USB est plein"), ("ar", "مفتاح USB ممتلئ")],
)
def test_a_backup_on_a_full_disk_names_the_file(lang: str, expected: str) -> None:
    path = Path("/data/backups/fieldapp-20260301T120000123456Z-exit.sqlite3")
    failure = WriteFailed(path, OSError(errno.ENOSPC, "No space left on device"))
    assert str(path) in failure.message(lang) and expected in failure.message(lang)
