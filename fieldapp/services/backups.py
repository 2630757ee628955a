"""Restoring the latest automatic backup: the one use case behind `fieldapp restore --latest`
and the window's offer when the database is damaged."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from fieldapp.paths import resolve_data_dir
from fieldapp.store.backup import list_backups, restore_backup

_STAMP = re.compile(r"fieldapp-(\d{8}T\d{6})\d*Z")


@dataclass(frozen=True, slots=True)
class Backup:
    """One automatic backup: its file and when it was taken (UTC, from its name)."""

    path: Path
    taken_at: dt.datetime | None


def latest_backup(data_dir: Path | str | None) -> Backup | None:
    """The most recent finished backup of the data folder, or None when there is none."""
    backups = list_backups(resolve_data_dir(data_dir))
    if not backups:
        return None
    found = _STAMP.match(backups[-1].name)
    taken = (
        dt.datetime.strptime(found.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC)
        if found
        else None
    )
    return Backup(backups[-1], taken)


def restore_latest(data_dir: Path | str | None) -> tuple[Path, Backup] | None:
    """Put the latest backup in place of the database (no fieldapp may have the folder
    open); the replaced file is kept beside it. Returns the database and the backup used,
    or None when there is no backup. Raises `StoreError` when the backup is damaged too."""
    backup = latest_backup(data_dir)
    if backup is None:
        return None
    return restore_backup(resolve_data_dir(data_dir), backup.path), backup
