"""Labels wide enough for what Qt draws, not only for what it measures.

Qt measures a label's text as one run, but draws a mnemonic label ("ال&مكان") as three runs
(before, the underlined letter, after), each shaped alone: an Arabic word cut that way loses
its joined forms and the Amiri font's cursive attachment, so it is drawn wider than its size
hint and its end is cut ("المكا"). A wrapped label's last glyph on a line can also overhang
the box. These helpers size the label from the runs as drawn.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget


def drawn_width(text: str, metrics: QFontMetrics) -> int:
    """The width of `text` as Qt draws it, each mnemonic-split run shaped on its own."""
    marker = text.find("&")
    while marker != -1 and text[marker + 1 : marker + 2] == "&":
        marker = text.find("&", marker + 2)
    if marker == -1 or marker + 1 >= len(text):
        return metrics.horizontalAdvance(text.replace("&&", "&"))
    runs = (text[:marker], text[marker + 1], text[marker + 2 :])
    return sum(metrics.horizontalAdvance(run.replace("&&", "&")) for run in runs if run)


def fit_labels(container: QWidget) -> None:
    """Give every label under `container` a minimum width for its text as drawn, plus the
    font's glyph overhang on each side, so no label is cut whatever the window size."""
    for label in container.findChildren(QLabel):
        fit_label(label)


def fit_label(label: QLabel) -> None:
    """Size one label for its current text as drawn (call again after changing the text)."""
    metrics = QFontMetrics(label.font())
    overhang = max(0, -metrics.minLeftBearing(), -metrics.minRightBearing()) // 2 + 1
    label.setContentsMargins(overhang, 0, overhang, 0)
    if label.wordWrap():
        return
    widest = max((drawn_width(line, metrics) for line in label.text().split("\n")), default=0)
    label.setMinimumWidth(widest + 2 * overhang)
