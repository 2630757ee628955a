"""The mouse wheel scrolls the form over a combo box; it changes the choice only once focused."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from fieldapp.ui.widgets.question_inputs import FocusedWheelComboBox


def wheel(widget) -> QWheelEvent:
    event = QWheelEvent(
        QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)
    return event


def test_the_wheel_needs_the_focus(qtbot) -> None:
    combo = FocusedWheelComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["", "a", "b"])
    combo.show()
    assert not wheel(combo).isAccepted()
    assert combo.currentIndex() == 0 and combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentIndex() == 1
