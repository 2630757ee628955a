"""Locate the files shipped beside the code (fonts, translations, forms).

Works from a source checkout, an editable install and a PyInstaller build (`sys._MEIPASS`).
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding `resources/` and `forms/`."""
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if bundle_dir:
        return Path(bundle_dir)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A path under `resources/`, e.g. `resource_path("fonts", "Amiri-Regular.ttf")`."""
    return app_root().joinpath("resources", *parts)


def bundled_forms_dir() -> Path:
    """The folder of the form definitions shipped with the app."""
    return app_root() / "forms"
