"""A keyboard for real-window tests: key events go where Qt's focus is (shortcuts included),
modal dialogs are answered with keys too, and every key is counted as navigation or data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from tests.ui.helpers import type_text

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def focus_target() -> QWidget:
    """Where a key typed now lands: the focus widget of the active window."""
    widget = QApplication.focusWidget() or QApplication.activeModalWidget()
    widget = widget or QApplication.activeWindow()
    assert widget is not None, "no window has the keyboard focus"
    return widget


class Keyboard:
    """Counts navigation keys (Tab, Enter, shortcuts) apart from data keys (names, CIN,
    answers), as the keystroke budgets do."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.navigation = 0
        self.data = 0
        self.sequence: list[str] = []
        self._timers: list[QTimer] = []

    def nav(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        """One navigation key (or shortcut) where the focus is."""
        self.navigation += 1
        self.sequence.append(_name(key, modifiers))
        self._wait_for_keyboard()
        QTest.keyClick(focus_target(), key, modifiers)

    def _wait_for_keyboard(self) -> None:
        # The X server delivers a key after the focus change that precedes it: after a dialog
        # closes, the next key reaches the window once it is active again.
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=3000)

    def answer(self, key: Qt.Key) -> None:
        """One answer key (a digit choosing an option, Space ticking a box)."""
        self.data += 1
        self.sequence.append(f"[{_name(key, NO_MODIFIER)}]")
        self._wait_for_keyboard()
        QTest.keyClick(focus_target(), key)

    def type(self, text: str) -> None:
        """Data typed at full speed where the focus is (Arabic through key events)."""
        self.data += len(text)
        self.sequence.append(f"«{text}»")
        self._wait_for_keyboard()
        if text.isascii():
            QTest.keyClicks(focus_target(), text)
        else:
            for ch in text:
                type_text(focus_target(), ch)

    def when_modal(
        self,
        accept: Callable[[QWidget], bool],
        key: Qt.Key = Qt.Key.Key_Return,
        target: Callable[[QWidget], QWidget] | None = None,
    ) -> list[QWidget]:
        """Press `key` (counted) in the next modal dialog for which `accept` is true, even
        while an `exec()` blocks the caller: on its focus widget, or on `target(dialog)`.
        Returns the list the dialog is put in."""
        seen: list[QWidget] = []
        timer = QTimer()
        timer.setInterval(20)

        def check() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None or not modal.isVisible() or not accept(modal):
                return
            timer.stop()
            seen.append(modal)
            self.navigation += 1
            self.sequence.append(f"{_name(key, NO_MODIFIER)} ({type(modal).__name__})")
            widget = target(modal) if target is not None else modal.focusWidget() or modal
            QTest.keyClick(widget, key)

        timer.timeout.connect(check)
        timer.start()
        self._timers.append(timer)
        return seen

    def when_file_chooser(self, path: Path) -> list[QFileDialog]:
        """When Qt's file chooser is next up, put `path` in its file name box and press Enter
        (counted). The name is set rather than typed: typing a path opens the box's completer,
        which would take the Enter meant for the chooser. Returns the list the chooser is put in."""
        seen: list[QFileDialog] = []
        timer = QTimer()
        timer.setInterval(20)

        def check() -> None:
            modal = QApplication.activeModalWidget()
            if not isinstance(modal, QFileDialog) or not modal.isVisible():
                return
            box = modal.focusWidget()
            if not isinstance(box, QLineEdit):
                return
            timer.stop()
            seen.append(modal)
            box.setText(str(path))
            self.navigation += 1
            self.sequence.append("Return (QFileDialog)")
            QTest.keyClick(box, Qt.Key.Key_Return)

        timer.timeout.connect(check)
        timer.start()
        self._timers.append(timer)
        return seen


def _name(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> str:
    parts = []
    if modifiers & Qt.KeyboardModifier.ControlModifier:
        parts.append("Ctrl")
    if modifiers & Qt.KeyboardModifier.ShiftModifier:
        parts.append("Shift")
    parts.append(key.name.removeprefix("Key_"))
    return "+".join(parts)
