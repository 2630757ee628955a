from __future__ import annotations

import ctypes.util
import sys

import pytest

from fieldapp.ui import platform_check


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 only")
def test_missing_x_libraries_are_named_with_the_packages_to_install(monkeypatch) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(
        ctypes.util,
        "find_library",
        lambda name: None if name == "xcb-cursor" else name,
    )
    message = platform_check.display_problem()
    assert message is not None
    assert "libxcb-cursor" in message and "apt-get install" in message


def test_offscreen_needs_no_x_library(monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert platform_check.display_problem() is None
