"""Explain, before Qt aborts, that the X11 libraries Qt 6 needs on Linux are missing."""

from __future__ import annotations

import os
import sys

# Qt's xcb plugin aborts the process ("could not load the Qt platform plugin") without them.
XCB_LIBRARIES = ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xkbcommon-x11")
DEBIAN_PACKAGES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"


def missing_display_libraries() -> list[str]:
    """The X libraries Qt will need but cannot find (empty off Linux/X11 or when all are there)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform not in ("", "xcb"):
        return []
    if not os.environ.get("DISPLAY") and platform != "xcb":
        return []
    # Only on X11: ctypes.util brings subprocess (~3 ms), and Windows never needs it.
    import ctypes.util

    return [name for name in XCB_LIBRARIES if ctypes.util.find_library(name) is None]


def display_problem() -> str | None:
    """A message naming what to install, or None when the window system can start."""
    missing = missing_display_libraries()
    if not missing:
        return None
    return (
        "fieldapp cannot open its window: the X11 libraries Qt needs are missing "
        f"({', '.join('lib' + name for name in missing)}).\n"
        f"On Debian or Ubuntu: sudo apt-get install {DEBIAN_PACKAGES}"
    )
