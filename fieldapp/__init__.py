"""fieldapp: offline-first registration and eligibility guidance for crafts outreach days."""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    """The installed version (read on first call: importlib.metadata costs ~30 ms at start-up)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("fieldapp")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'fieldapp' has no attribute {name!r}")


__all__ = ["__version__", "version"]
