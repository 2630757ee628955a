"""The checklist's QR code: encoded by segno, drawn on the ReportLab canvas as one filled path.

segno (a maintained QR generator) chooses the version, the mask and the error-correction
codewords; here its module matrix is only drawn, so the page needs no image and no font.
"""

from __future__ import annotations

import itertools

import segno
from reportlab.platypus import Flowable

ERROR_LEVEL = "M"  # up to 15 % of the code may be smudged or torn and it still reads
QUIET_ZONE = 2  # modules of white border; checklists sit on a white margin anyway


def encode(value: str) -> segno.QRCode:
    """The QR code (never a Micro QR, which common phone readers skip) carrying `value`."""
    return segno.make(value, error=ERROR_LEVEL, micro=False)


class QrCodeFlowable(Flowable):  # type: ignore[misc]
    """A square `side` points wide carrying `value` as a QR code."""

    def __init__(self, value: str, side: float, *, border: int = QUIET_ZONE) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = side
        self.border = border
        self.symbol = encode(value)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Take the square."""
        return self.width, self.height

    def draw(self) -> None:
        """Fill each run of dark modules in a row as one rectangle of one path, in module
        units. Each is 1.05 modules tall so no hairline shows between rows on screen."""
        rows = list(self.symbol.matrix_iter(scale=1, border=self.border))
        count = len(rows)
        canvas = self.canv
        path = canvas.beginPath()
        for index, row in enumerate(rows):
            y = count - index - 1
            x = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect(x, y, length, 1.05)
                x += length
        canvas.saveState()
        canvas.scale(self.width / count, self.height / count)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
