"""Text tables for RTL and LTR pages: pre-wrapped cells, mirrored column order.

The table is laid out once (every cell wrapped, shaped and reordered, every row height known)
and drawn straight on the canvas: a 1,000-row attendance sheet spends its time on its text,
not on a general-purpose `Table` re-measuring and re-styling each cell on every page.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor, black
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Table

from fieldapp.documents.bidi_text import display_line, has_arabic, wrap_logical
from fieldapp.documents.fonts import BOLD, REGULAR, line_width

HEADER_FILL = HexColor("#E6E6E6")
GRID = HexColor("#555555")
GRID_WIDTH = 0.5
PADDING = 3.0


@dataclass(frozen=True, slots=True)
class Column:
    """One table column: its heading, width in points and alignment ("start", "end", "center")."""

    heading: str
    width: float
    align: str = "start"


def side_by_side(
    cells: Sequence[Flowable | Sequence[Flowable]], widths: Sequence[float], *, rtl: bool
) -> Table:
    """One row of cells in reading order: the first on the reading-start side (so mirrored on
    RTL pages), each top-aligned, without side padding."""
    cells, widths = list(cells), list(widths)
    if rtl:
        cells.reverse()
        widths.reverse()
    table = Table([cells], colWidths=widths)
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return table


def cell_text(text: str, *, width: float, font_name: str, size: float, rtl: bool) -> list[str]:
    """`text` wrapped to `width` in logical order, then each line shaped and reordered.

    A cell with no Arabic letter (a Latin name, a CIN) is laid out left to right even on an
    Arabic page, so its punctuation and brackets stay where the writer put them.
    """
    return list(_cell_lines(text, width, font_name, size, rtl))


@functools.lru_cache(maxsize=8192)
def _cell_lines(text: str, width: float, font_name: str, size: float, rtl: bool) -> tuple[str, ...]:
    lines = wrap_logical(text, font_name=font_name, size=size, width=width - 2 * PADDING)
    base_rtl = rtl and has_arabic(text)
    return tuple(display_line(line, rtl=base_rtl, font_name=font_name) for line in lines)


# One drawn line of a cell: x of its start, y of its baseline above the row's bottom, text.
_Placed = tuple[float, float, str]


def _alignment(align: str, rtl: bool) -> str:
    if align == "center":
        return "CENTER"
    start_is_left = (align == "start") != rtl
    return "LEFT" if start_is_left else "RIGHT"


@dataclass(frozen=True, slots=True)
class _Grid:
    """Everything drawn, laid out once and shared by the parts a table is split into."""

    widths: tuple[float, ...]  # drawing order (left to right)
    anchors: tuple[tuple[str, float], ...]  # per column: alignment and x of the text anchor
    header: tuple[tuple[str, ...], ...]  # lines per column, drawing order
    header_height: float
    header_placed: tuple[_Placed, ...]
    rows: tuple[tuple[tuple[str, ...], ...], ...]
    heights: tuple[float, ...]
    placed: tuple[tuple[_Placed, ...], ...]
    tops: tuple[float, ...]  # tops[i]: height of the rows before row i (len(rows) + 1 items)
    size: float
    leading: float
    repeat_header: bool


class TextTable(Flowable):  # type: ignore[misc]
    """A grid of plain text: a bold, shaded header row (repeated on every page when
    `repeat_header`), cells vertically centred, split between rows across pages."""

    def __init__(self, grid: _Grid, start: int = 0, stop: int | None = None) -> None:
        super().__init__()
        self.grid = grid
        self.start = start
        self.stop = len(grid.rows) if stop is None else stop
        self.hAlign = "CENTER"
        self.width = sum(grid.widths)
        self.height = self._height(self.stop)

    @property
    def _with_header(self) -> bool:
        return self.grid.repeat_header or self.start == 0

    @property
    def row_count(self) -> int:
        """Body rows in this part (the header row not counted)."""
        return self.stop - self.start

    def _height(self, stop: int) -> float:
        grid = self.grid
        header = grid.header_height if self._with_header else 0.0
        return header + grid.tops[stop] - grid.tops[self.start]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The table's fixed size: its columns' widths and its rows' heights."""
        return self.width, self.height

    def fitting_stop(self, availHeight: float) -> int:
        """The end (exclusive) of the rows from `start` that fit in `availHeight`."""
        grid = self.grid
        header = grid.header_height if self._with_header else 0.0
        limit = grid.tops[self.start] + availHeight - header
        return bisect.bisect_right(grid.tops, limit, self.start, self.stop + 1) - 1

    def cut(self, stop: int) -> tuple[TextTable, TextTable]:
        """This part cut before body row `stop` (start < stop < self.stop)."""
        return TextTable(self.grid, self.start, stop), TextTable(self.grid, stop, self.stop)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Cut between two body rows so that the first part fits in `availHeight`; nothing
        when not even the header and one row fit (the table then moves to the next page)."""
        stop = self.fitting_stop(availHeight)
        if stop >= self.stop:
            return [self]
        if stop <= self.start:
            return []
        return list(self.cut(stop))

    def draw(self) -> None:
        """Header fill, then the text, then the grid lines over it (as `Table` does).

        All the text of the part goes into one PDF text object, each line placed by its
        precomputed origin: no text object, font switch and width measurement per cell.
        """
        grid = self.grid
        canvas = self.canv
        canvas.saveState()
        top = self.height
        lines_y = [top]
        text = canvas.beginText()
        if self._with_header:
            canvas.setFillColor(HEADER_FILL)
            canvas.rect(
                0, top - grid.header_height, self.width, grid.header_height, stroke=0, fill=1
            )
            top -= grid.header_height
            text.setFont(BOLD, grid.size, grid.leading)
            _place(text, grid.header_placed, top)
            lines_y.append(top)
        text.setFont(REGULAR, grid.size, grid.leading)
        for index in range(self.start, self.stop):
            top -= grid.heights[index]
            _place(text, grid.placed[index], top)
            lines_y.append(top)
        canvas.setFillColor(black)
        canvas.drawText(text)
        self._draw_lines(lines_y)
        canvas.restoreState()

    def _draw_lines(self, ys: Sequence[float]) -> None:
        canvas = self.canv
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(GRID_WIDTH)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        path = canvas.beginPath()
        for y in ys:
            path.moveTo(0, y)
            path.lineTo(self.width, y)
        for x in itertools.accumulate(self.grid.widths, initial=0.0):
            path.moveTo(x, ys[0])
            path.lineTo(x, ys[-1])
        canvas.drawPath(path, stroke=1, fill=0)


class LastRowsWith(Flowable):  # type: ignore[misc]
    """A table whose last `rows` rows stay on one page with the flowables after it (the
    signature blocks), so that a page never holds those alone.

    ReportLab's `KeepTogether` cannot do it: a group taller than the space left moves whole to
    the next page, which would move a whole table, and a table that fits leaves what follows
    to go over alone. Here the table is cut earlier instead: the rows that fit stay, the last
    `rows` (with the repeated header) go over with what follows.
    """

    def __init__(self, table: TextTable, after: Sequence[Flowable], *, rows: int = 2) -> None:
        super().__init__()
        self.table = table
        self.after = list(after)
        self.rows = rows
        self.hAlign = "CENTER"
        self._sizes: list[tuple[float, float]] = []

    def _parts(self) -> list[Flowable]:
        return [self.table, *self.after]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The table and what follows, one above the other."""
        parts = self._parts()
        self._sizes = [part.wrap(availWidth, availHeight) for part in parts]
        spaces = sum(part.getSpaceBefore() + part.getSpaceAfter() for part in parts[1:])
        self.width = max(width for width, _ in self._sizes)
        self.height = sum(height for _, height in self._sizes) + spaces
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The rows that fit here, stopping `rows` before the end; the rest goes over with
        what follows. Nothing when not one row can stay (all of it moves to the next page)."""
        table = self.table
        stop = min(table.fitting_stop(availHeight), table.stop - self.rows)
        if stop <= table.start:
            return []
        here, rest = table.cut(stop)
        return [here, LastRowsWith(rest, self.after, rows=self.rows)]

    def draw(self) -> None:
        """Each part below the previous one, centred as the frame centres a flowable."""
        top = self.height
        for index, (part, (width, height)) in enumerate(
            zip(self._parts(), self._sizes, strict=True)
        ):
            if index:
                top -= part.getSpaceBefore()
            top -= height
            part.drawOn(self.canv, (self.width - width) / 2.0, top)
            top -= part.getSpaceAfter() if index else 0.0


def _place(text: PDFTextObject, placed: Sequence[_Placed], bottom: float) -> None:
    for x, y, line in placed:
        text.setTextOrigin(x, bottom + y)
        text.textLine(line)


def _placed_lines(
    cells: Sequence[Sequence[str]],
    anchors: Sequence[tuple[str, float]],
    *,
    height: float,
    font_name: str,
    size: float,
    leading: float,
) -> tuple[_Placed, ...]:
    """Where each non-empty line of a row's cells starts, as ReportLab's Table would place
    it: vertically centred in the row (VALIGN MIDDLE), aligned on its column's anchor."""
    placed: list[_Placed] = []
    middle = (PADDING + size * 0.35 + height - PADDING) / 2.0 - size
    for (align, anchor), lines in zip(anchors, cells, strict=True):
        y = middle + len(lines) * leading / 2.0
        for line in lines:
            if line:
                x = anchor
                if align != "LEFT":
                    width = line_width(line, font_name, size)
                    x -= width if align == "RIGHT" else width / 2.0
                placed.append((x, y, line))
            y -= leading
    return tuple(placed)


def text_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    rtl: bool,
    size: float = 10.0,
    min_row_height: float = 0.0,
    repeat_header: bool = True,
) -> TextTable:
    """A grid table of plain text with a bold, shaded header row repeated on every page.

    Cells are wrapped to their column width before reordering; for RTL the column order is
    reversed so that the first column sits at the right. Rows are at least `min_row_height`
    tall (room to sign).
    """
    leading = size * 1.35
    order = list(reversed(columns)) if rtl else list(columns)

    def lay_out(values: Sequence[str], font: str) -> tuple[tuple[tuple[str, ...], ...], float]:
        cells = [
            _cell_lines(value, col.width, font, size, rtl)
            for col, value in zip(columns, values, strict=True)
        ]
        if rtl:
            cells.reverse()
        lines = max((len(c) for c in cells), default=1)
        return tuple(cells), lines * leading + 2 * PADDING + size * 0.35

    anchors: list[tuple[str, float]] = []
    x = 0.0
    for col in order:
        align = _alignment(col.align, rtl)
        anchor = {"LEFT": x + PADDING, "RIGHT": x + col.width - PADDING}.get(
            align, x + col.width / 2
        )
        anchors.append((align, anchor))
        x += col.width
    header, header_height = lay_out([c.heading for c in columns], BOLD)
    body: list[tuple[tuple[str, ...], ...]] = []
    heights: list[float] = []
    placed: list[tuple[_Placed, ...]] = []
    for row in rows:
        cells, height = lay_out(row, REGULAR)
        height = max(height, min_row_height)
        body.append(cells)
        heights.append(height)
        placed.append(
            _placed_lines(
                cells, anchors, height=height, font_name=REGULAR, size=size, leading=leading
            )
        )
    grid = _Grid(
        widths=tuple(c.width for c in order),
        anchors=tuple(anchors),
        header=header,
        header_height=header_height,
        header_placed=_placed_lines(
            header, anchors, height=header_height, font_name=BOLD, size=size, leading=leading
        ),
        rows=tuple(body),
        heights=tuple(heights),
        placed=tuple(placed),
        tops=tuple(itertools.accumulate(heights, initial=0.0)),
        size=size,
        leading=leading,
        repeat_header=repeat_header,
    )
    return TextTable(grid)
