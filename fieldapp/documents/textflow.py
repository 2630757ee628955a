"""Flowables that draw wrapped, shaped and reordered text, aligned to the reading side."""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from fieldapp.documents.bidi_text import display_line, wrap_logical
from fieldapp.documents.fonts import REGULAR, line_width

LEADING_FACTOR = 1.45  # Amiri's Arabic marks need more room than Latin text


class DirText(Flowable):  # type: ignore[misc]
    """A paragraph of plain text: wrapped in logical order, each line shaped and reordered,
    drawn right-aligned for RTL (left-aligned for LTR). Splits between lines across pages."""

    def __init__(
        self,
        text: str,
        *,
        rtl: bool,
        font_name: str = REGULAR,
        size: float = 11.0,
        color: Color = black,
        space_before: float = 0.0,
        space_after: float = 0.0,
        inset: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = text
        self.rtl = rtl
        self.font_name = font_name
        self.size = size
        self.color = color
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.inset = inset
        self.leading = size * LEADING_FACTOR
        self._lines: list[str] | None = None

    def _with_lines(self, lines: list[str]) -> DirText:
        part = DirText(
            self.text,
            rtl=self.rtl,
            font_name=self.font_name,
            size=self.size,
            color=self.color,
            inset=self.inset,
        )
        part._lines = lines
        return part

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Lay the text out in `availWidth`; return the size it needs."""
        if self._lines is None or getattr(self, "_wrapped_for", None) != availWidth:
            logical = wrap_logical(
                self.text, font_name=self.font_name, size=self.size, width=availWidth - self.inset
            )
            self._lines = [
                display_line(line, rtl=self.rtl, font_name=self.font_name) for line in logical
            ]
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Cut the paragraph between two lines when it does not fit in `availHeight`."""
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = int(availHeight // self.leading)
        if fit <= 0 or fit >= len(self._lines):
            return []
        first, rest = self._with_lines(self._lines[:fit]), self._with_lines(self._lines[fit:])
        first._wrapped_for = rest._wrapped_for = availWidth
        first.spaceBefore = self.spaceBefore
        rest.spaceAfter = self.spaceAfter
        return [first, rest]

    def draw(self) -> None:
        """Draw the lines, the first at the top, in one text object."""
        assert self._lines is not None
        text = self.canv.beginText()
        text.setFont(self.font_name, self.size, self.leading)
        text.setFillColor(self.color)
        for index, line in enumerate(self._lines):
            if not line:
                continue
            baseline = self.height - (index + 1) * self.leading + self.leading * 0.32
            x = self.inset
            if self.rtl:
                x = self.width - self.inset - line_width(line, self.font_name, self.size)
            text.setTextOrigin(x, baseline)
            text.textLine(line)
        self.canv.drawText(text)


class TickItem(Flowable):  # type: ignore[misc]
    """One checklist line: an empty tick box on the reading side, then the wrapped text."""

    def __init__(
        self,
        text: str,
        *,
        rtl: bool,
        font_name: str = REGULAR,
        size: float = 11.0,
        inset: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = DirText(text, rtl=rtl, font_name=font_name, size=size)
        self.rtl = rtl
        self.size = size
        self.inset = inset
        self.box = size * 0.85
        self.gap = size * 0.6
        self.spaceAfter = size * 0.2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Lay the text out beside the box."""
        text_width = availWidth - self.inset - self.box - self.gap
        _, height = self.text.wrap(text_width, availHeight)
        self.width, self.height = availWidth, height
        return self.width, self.height

    def draw(self) -> None:
        """Draw the box aligned with the first line, then the text."""
        canvas = self.canv
        leading = self.text.leading
        box_y = self.height - leading + (leading - self.box) / 2
        canvas.setLineWidth(0.8)
        canvas.setStrokeColor(black)
        if self.rtl:
            box_x = self.width - self.inset - self.box
            text_x = 0.0
        else:
            box_x = self.inset
            text_x = self.inset + self.box + self.gap
        canvas.rect(box_x, box_y, self.box, self.box, stroke=1, fill=0)
        self.text.drawOn(canvas, text_x, 0)
