"""Small bar and pie charts whose labels are shaped and reordered like the rest of the text.

A chart draws exactly the rows it is given (the table beside it shows the same rows), every
label whole (wrapped onto more lines, never cut), and each value outside its bar on the side
away from the labels, so a value (a 0 included) never lands on a label.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, HexColor

from fieldapp.documents.fonts import REGULAR
from fieldapp.documents.tables import cell_text

PALETTE: tuple[Color, ...] = tuple(
    HexColor(c) for c in ("#2E6F95", "#D98E04", "#6A994E", "#BC4749", "#7B5EA7", "#8D8D8D")
)
LABEL_SIZE = 8.0
VALUE_SIZE = 7.5
LINE_HEIGHT = 10.5
BAR_THICKNESS = 9.0
VALUE_ROOM = 26.0  # points kept free beyond the longest bar for its value
GAP = 5.0


def label_lines(text: str, *, width: float, rtl: bool, size: float = LABEL_SIZE) -> list[str]:
    """A category label wrapped to `width` (logical order), each line shaped and reordered."""
    return cell_text(text, width=width, font_name=REGULAR, size=size, rtl=rtl) or [""]


def bar_chart(rows: Sequence[tuple[str, int]], *, width: float, rtl: bool) -> Drawing:
    """Horizontal bars, first category at the top, one per row; labels beside the bars (on the
    right for RTL, the bars then growing leftwards), each value just past its bar's end."""
    label_room = width * 0.42
    bar_room = width - label_room - VALUE_ROOM - GAP
    wrapped = [label_lines(label, width=label_room - GAP, rtl=rtl) for label, _ in rows]
    heights = [max(BAR_THICKNESS + 6, len(lines) * LINE_HEIGHT + 6) for lines in wrapped]
    height = sum(heights) + 6
    chart = Drawing(width, height)
    top = max((count for _, count in rows), default=0) or 1
    # The bars' base: beside the labels, on the labels' side.
    base = width - label_room if rtl else label_room
    y_top = height - 3
    for (_label, count), lines, row_height in zip(rows, wrapped, heights, strict=True):
        middle = y_top - row_height / 2
        length = bar_room * count / top
        if length:
            x = base - length if rtl else base
            chart.add(
                Rect(
                    x,
                    middle - BAR_THICKNESS / 2,
                    length,
                    BAR_THICKNESS,
                    fillColor=PALETTE[0],
                    strokeColor=None,
                )
            )
        value_x = base - length - 3 if rtl else base + length + 3
        chart.add(
            String(
                value_x,
                middle - VALUE_SIZE / 3,
                str(count),
                fontName=REGULAR,
                fontSize=VALUE_SIZE,
                textAnchor="end" if rtl else "start",
            )
        )
        first = middle + (len(lines) - 1) * LINE_HEIGHT / 2 - LABEL_SIZE / 3
        label_x = base + GAP if rtl else base - GAP
        for n, line in enumerate(lines):
            chart.add(
                String(
                    label_x,
                    first - n * LINE_HEIGHT,
                    line,
                    fontName=REGULAR,
                    fontSize=LABEL_SIZE,
                    textAnchor="start" if rtl else "end",
                )
            )
        y_top -= row_height
    return chart


def pie_chart(
    rows: Sequence[tuple[str, int]], *, width: float, height: float, rtl: bool, colon: str = ": "
) -> Drawing:
    """A pie with one slice per non-empty category and a legend of shaped, wrapped labels
    (`label: count`) beside it."""
    shown = [(label, count) for label, count in rows if count]
    side = min(height - 10, width * 0.4)
    legend_width = width - side - 40
    legends = [
        label_lines(f"{label}{colon}{count}", width=legend_width, rtl=rtl, size=9)
        for label, count in shown
    ]
    legend_height = sum(len(lines) * 11.0 + 3 for lines in legends)
    height = max(height, legend_height + 6)
    chart = Drawing(width, height)
    pie = Pie()
    pie.width = pie.height = side
    pie.y = (height - side) / 2
    pie.x = width - side - 10 if rtl else 10
    pie.data = [count for _, count in shown] or [1]
    pie.slices.strokeColor = HexColor("#FFFFFF")
    pie.simpleLabels = 1
    pie.labels = None
    for index in range(len(pie.data)):
        pie.slices[index].fillColor = (
            PALETTE[index % len(PALETTE)] if shown else HexColor("#DDDDDD")
        )
    chart.add(pie)
    y = height / 2 + legend_height / 2 - 9
    for index, lines in enumerate(legends):
        color = PALETTE[index % len(PALETTE)]
        if rtl:
            x = pie.x - 18
            chart.add(_swatch(x + 4, y, color))
        else:
            x = pie.x + side + 18
            chart.add(_swatch(x - 12, y, color))
        for line in lines:
            chart.add(
                String(
                    x - 2 if rtl else x + 2,
                    y,
                    line,
                    fontName=REGULAR,
                    fontSize=9,
                    textAnchor="end" if rtl else "start",
                )
            )
            y -= 11.0
        y -= 3
    return chart


def _swatch(x: float, y: float, color: Color) -> Rect:
    return Rect(x, y, 8, 8, fillColor=color, strokeColor=None)
