"""Automatic backups of the database, and restoring one.

A backup is a consistent copy made with SQLite's online backup API (never a file copy of a
database in use) into `backups/` in the data folder, named by its UTC time and occasion
(`fieldapp-20260301T120000123456Z-export.sqlite3`). It is written under a temporary name,
fsynced, then renamed, so a process killed during a backup leaves the earlier backups as they
were and no half copy that looks like a backup. The last `KEEP` backups are kept. The laptop's
identity files are copied once to `backups/identity/`: a database restored without them
could not sign a bundle the office accepts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from fieldapp.paths import DATABASE_NAME
from fieldapp.store.device import DEVICE_FILE, KEY_FILE, make_private_dir, make_private_file
from fieldapp.store.errors import WriteFailed, damaged_database, explain_sqlite_error

BACKUP_DIR = "backups"
IDENTITY_DIR = "identity"
KEEP = 10
_PREFIX, _SUFFIX, _PARTIAL = "fieldapp-", ".sqlite3", ".partial"


def backups_dir(data_dir: Path) -> Path:
    """Where the backups of `data_dir` are written."""
    return Path(data_dir) / BACKUP_DIR


def list_backups(data_dir: Path) -> list[Path]:
    """The finished backups, oldest first (partial ones left by a kill are not backups)."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{_PREFIX}*{_SUFFIX}") if p.is_file())


def write_backup(conn: sqlite3.Connection, data_dir: Path, *, occasion: str) -> Path:
    """Copy the database open on `conn` to a new backup; keep the last `KEEP`."""
    folder = backups_dir(data_dir)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{_PREFIX}{stamp}-{occasion}{_SUFFIX}"
    partial = final.with_name(final.name + _PARTIAL)
    try:
        make_private_dir(folder)
        _copy_identity(Path(data_dir), folder / IDENTITY_DIR)
        target = sqlite3.connect(partial)
        try:
            conn.backup(target)
        finally:
            target.close()
        make_private_file(partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
    except sqlite3.Error as error:
        _discard(partial)
        raise explain_sqlite_error(error, "backup_write", {"file": final}) from error
    except OSError as error:
        _discard(partial)
        raise WriteFailed(final, error) from error
    for old in list_backups(data_dir)[:-KEEP]:
        _discard(old)
    for leftover in folder.glob(f"*{_PARTIAL}"):
        if leftover != partial:
            _discard(leftover)
    return final


def restore_backup(data_dir: Path, backup: Path) -> Path:
    """Replace the database of `data_dir` (no fieldapp may be running on it) by `backup`,
    after checking the backup is sound. The replaced database is kept beside it as
    `fieldapp.sqlite3.replaced-<time>`. Returns the restored database's path."""
    database = Path(data_dir) / DATABASE_NAME
    backup = Path(backup)
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            if source.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise damaged_database(backup)
            staging = database.with_name(database.name + ".restoring")
            _discard(staging)
            target = sqlite3.connect(staging)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        raise damaged_database(backup) from error
    make_private_file(staging)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    if database.exists():
        os.replace(database, database.with_name(f"{database.name}.replaced-{stamp}"))
    for suffix in ("-wal", "-shm"):  # the old database's journal must not be replayed
        _discard(database.with_name(database.name + suffix))
    os.replace(staging, database)
    identity = backups_dir(data_dir) / IDENTITY_DIR
    for name in (DEVICE_FILE, KEY_FILE):
        if not (Path(data_dir) / name).exists() and (identity / name).exists():
            shutil.copy2(identity / name, Path(data_dir) / name)
            make_private_file(Path(data_dir) / name)
    return database


def _copy_identity(data_dir: Path, folder: Path) -> None:
    for name in (DEVICE_FILE, KEY_FILE):
        source, target = data_dir / name, folder / name
        if source.exists() and not target.exists():
            make_private_dir(folder)
            shutil.copy2(source, target)
            make_private_file(target)


def _discard(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
