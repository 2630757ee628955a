"""Small bar and pie charts whose labels are shaped and reordered like the rest of the text."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, HexColor

from fieldapp.documents.bidi_text import display_line
from fieldapp.documents.fonts import REGULAR

PALETTE: tuple[Color, ...] = tuple(
    HexColor(c) for c in ("#2E6F95", "#D98E04", "#6A994E", "#BC4749", "#7B5EA7", "#8D8D8D")
)
MAX_BARS = 8
MAX_LABEL_CHARS = 26


def chart_label(text: str, *, rtl: bool) -> str:
    """A category label cut to a readable length (in logical order), shaped and reordered."""
    if len(text) > MAX_LABEL_CHARS:
        text = text[: MAX_LABEL_CHARS - 1].rstrip() + "…"
    return display_line(text, rtl=rtl)


def _top(rows: Sequence[tuple[str, int]], other: str) -> list[tuple[str, int]]:
    if len(rows) <= MAX_BARS:
        return list(rows)
    kept = list(rows[: MAX_BARS - 1])
    kept.append((other, sum(count for _, count in rows[MAX_BARS - 1 :])))
    return kept


def bar_chart(
    rows: Sequence[tuple[str, int]], *, width: float, height: float, rtl: bool, other: str
) -> Drawing:
    """Horizontal bars, first category at the top; for RTL the bars grow leftwards from labels
    on the right."""
    rows = _top(rows, other)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    label_room = width * 0.42
    chart.width = width - label_room - 10
    chart.height = height - 16
    chart.y = 8
    chart.x = 4 if rtl else label_room
    chart.data = [[count for _, count in rows] or [0]]
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    # ReportLab flips the anchor of bar labels on a reversed value axis: "w" puts the number
    # just outside the bar's end in both directions.
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    axis = chart.categoryAxis
    axis.categoryNames = [chart_label(label, rtl=rtl) for label, _ in rows] or [""]
    axis.reverseDirection = 1
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = 8
    axis.visibleTicks = 0
    values = chart.valueAxis
    values.valueMin = 0
    values.valueMax = max([count for _, count in rows] + [1]) * 1.15
    values.visible = 0
    values.reverseDirection = 1 if rtl else 0
    if rtl:
        axis.joinAxisMode = "right"
        axis.labels.boxAnchor = "w"
        axis.labels.dx = 4
    else:
        axis.labels.boxAnchor = "e"
        axis.labels.dx = -4
    drawing.add(chart)
    return drawing


def pie_chart(
    rows: Sequence[tuple[str, int]], *, width: float, height: float, rtl: bool, colon: str = ": "
) -> Drawing:
    """A pie with one slice per non-empty category and a legend of shaped labels beside it."""
    drawing = Drawing(width, height)
    shown = [(label, count) for label, count in rows if count]
    side = min(height - 10, width * 0.45)
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
    drawing.add(pie)
    line = 14.0
    top = height / 2 + line * len(shown) / 2 - line
    for index, (label, count) in enumerate(shown):
        y = top - index * line
        text = chart_label(f"{label}{colon}{count}", rtl=rtl)
        if rtl:
            x = pie.x - 18
            drawing.add(_swatch(x + 4, y, PALETTE[index % len(PALETTE)]))
            drawing.add(String(x - 2, y, text, fontName=REGULAR, fontSize=9, textAnchor="end"))
        else:
            x = pie.x + side + 18
            drawing.add(_swatch(x - 12, y, PALETTE[index % len(PALETTE)]))
            drawing.add(String(x + 2, y, text, fontName=REGULAR, fontSize=9, textAnchor="start"))
    return drawing


def _swatch(x: float, y: float, color: Color) -> Rect:
    return Rect(x, y, 8, 8, fillColor=color, strokeColor=None)
