"""GUI fixtures: a main window on a fresh data directory, in a chosen language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from fieldapp.app import build_window
from fieldapp.services.app import AppServices
from fieldapp.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Leave the application in English, left to right, whatever a test switched: a
    translator installed by a test's own LanguageManager would otherwise outlive it (it is a
    child of the application) and translate the next test's texts."""
    locale = QLocale()
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(locale)


@pytest.fixture
def make_window(qtbot, services: AppServices):
    """Build the main window (Arabic unless another language is asked for)."""
    windows: list[MainWindow] = []

    def make(language: str | None = None) -> MainWindow:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        window = build_window(services, app, language)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.languages.apply("en")
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def window(make_window) -> Iterator[MainWindow]:
    """The main window in its default language."""
    yield make_window()
