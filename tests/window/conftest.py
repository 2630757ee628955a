"""Real-window fixtures: Qt's xcb platform on an X display (Xvfb), the main window, a keyboard
that counts what it types. Run with `make window-test` (xvfb-run sets DISPLAY)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.app import build_window
from fieldapp.domain.models import Session
from fieldapp.services.app import AppServices
from fieldapp.services.preferences import Preference
from fieldapp.services.preregistration import import_preregistration
from fieldapp.ui.main_window import MainWindow
from tests.window.keyboard import Keyboard

DATA = Path(__file__).resolve().parents[1] / "data"
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """These tests need the real platform plugin: refuse to run them anywhere else under CI,
    and skip them (saying how to run them) on a developer's plain `pytest`."""
    if os.environ.get("QT_QPA_PLATFORM") == "xcb" and os.environ.get("DISPLAY"):
        return
    mine = [item for item in items if HERE in Path(str(item.path)).parents]
    if not mine:
        return
    if os.environ.get("CI", "").lower() == "true":
        raise pytest.UsageError(
            "tests/window need QT_QPA_PLATFORM=xcb and an X display: run `make window-test`"
        )
    skip = pytest.mark.skip(reason="real-window tests: run `make window-test` (Xvfb, xcb)")
    for item in mine:
        item.add_marker(skip)


@pytest.fixture
def make_window(qtbot, services: AppServices, tmp_path: Path):
    """The main window on the real platform, PDFs going to the test's folder."""
    windows: list[MainWindow] = []
    services.preferences.set_folder(Preference.PDF_FOLDER, folder=tmp_path)

    def make(language: str | None = "ar") -> MainWindow:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        assert app.platformName() == "xcb"
        window = build_window(services, app, language)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitActive(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.languages.apply("en")
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def session(services: AppServices) -> Session:
    """A session with the messy pre-registration list imported."""
    created = services.sessions.create_session(
        place="سيدي إفني", date=dt.date(2025, 8, 1), province="Sidi Ifni"
    )
    import_preregistration(services.context, session_id=created.id, path=DATA / "prereg_messy.csv")
    return created


@pytest.fixture
def desk(make_window, session: Session) -> MainWindow:
    """The Arabic window with the session open at the desk, focus in the search box."""
    window = make_window("ar")
    assert window.open_session(session.id, agent="عائشة")
    return window


@pytest.fixture
def keyboard(qtbot) -> Iterator[Keyboard]:
    """Types real key events where the focus is, and counts them."""
    yield Keyboard(qtbot)
