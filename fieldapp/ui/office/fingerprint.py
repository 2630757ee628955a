"""File names and key fingerprints for display: a fingerprint is shown large, in monospace
groups, to be compared by eye or read out."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget


def file_label(name: str) -> str:
    """A file or folder name shown left to right with its parts in logical order, even when
    it holds an Arabic place name (`كلميم_2025-08-01_…`): a left-to-right mark after each
    separator keeps digits from joining the Arabic run."""
    return "\u2066" + re.sub(r"([_\-./\\ ])", "\\1\u200e", name) + "\u2069" if name else ""


def grouped(fingerprint: str, per_line: int = 4) -> str:
    """`3f2a 9c01 …` (8 groups) on two lines of four groups."""
    groups = fingerprint.split()
    lines = [" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]
    return "\n".join(lines)


class FingerprintLabel(QLabel):
    """A fingerprint in a large fixed-width font, always left to right, selectable.

    No signals.
    """

    def __init__(self, fingerprint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
        font.setBold(True)
        self.setFont(font)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setObjectName("fingerprint")
        self.setStyleSheet(
            "QLabel#fingerprint { border: 1px solid palette(mid); padding: 6px; "
            "background: palette(base); }"
        )
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str) -> None:
        """Show `fingerprint` (empty: nothing)."""
        self.fingerprint = fingerprint
        self.setText(grouped(fingerprint))
        self.setVisible(bool(fingerprint))
