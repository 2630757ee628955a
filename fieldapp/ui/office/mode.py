"""Whether this computer is a field laptop or a chamber office (a setting, read at start-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldapp.services.app import AppServices

MODE_SETTING = "app_mode"
LAPTOP, OFFICE = "laptop", "office"


def current_mode(services: AppServices) -> str:
    """`laptop` (the default) or `office`, as stored in the settings."""
    return OFFICE if services.store.settings.get(MODE_SETTING) == OFFICE else LAPTOP
