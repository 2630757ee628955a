"""Where the data lives: `--data-dir`, else `$FIELDAPP_DATA_DIR`, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "fieldapp"
DATABASE_NAME = "fieldapp.sqlite3"


def resolve_data_dir(option: Path | str | None = None) -> Path:
    """The data directory to use, not yet created."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get("FIELDAPP_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_forms_dir(data_dir: Path | str) -> Path:
    """Forms a chamber adds or updates on this machine, beside the bundled ones."""
    return Path(data_dir) / "forms"


def logs_dir(data_dir: Path) -> Path:
    """Where the rotating log file is written."""
    return data_dir / "logs"
