"""Whether this computer is a field laptop or a chamber office (a setting, read at start-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldapp.services.app import AppServices

LAPTOP, OFFICE = "laptop", "office"


def current_mode(services: AppServices) -> str:
    """`office` when the settings say so, or when nothing was chosen and the data folder has
    office keys (`fieldapp office init`); else `laptop`."""
    chosen = services.preferences.mode()
    if chosen is not None:
        return OFFICE if chosen == OFFICE else LAPTOP
    return OFFICE if has_office_keys(services) else LAPTOP


def has_office_keys(services: AppServices) -> bool:
    """Whether `office init` made keys in this data folder. Looks at the folder itself
    (services.sync_office_keys.OFFICE_DIR): loading the key code costs start-up time."""
    keys = services.data_dir / "office"
    return keys.is_dir() and any(keys.iterdir())
