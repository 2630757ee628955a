"""Text tables for RTL and LTR pages: pre-wrapped cells, mirrored column order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.platypus import Table

from fieldapp.documents.bidi_text import display_line, has_arabic, wrap_logical
from fieldapp.documents.fonts import BOLD, REGULAR

HEADER_FILL = HexColor("#E6E6E6")
GRID = HexColor("#555555")
PADDING = 3.0


@dataclass(frozen=True, slots=True)
class Column:
    """One table column: its heading, width in points and alignment ("start", "end", "center")."""

    heading: str
    width: float
    align: str = "start"


def cell_text(text: str, *, width: float, font_name: str, size: float, rtl: bool) -> list[str]:
    """`text` wrapped to `width` in logical order, then each line shaped and reordered.

    A cell with no Arabic letter (a Latin name, a CIN) is laid out left to right even on an
    Arabic page, so its punctuation and brackets stay where the writer put them.
    """
    lines = wrap_logical(text, font_name=font_name, size=size, width=width - 2 * PADDING)
    base_rtl = rtl and has_arabic(text)
    return [display_line(line, rtl=base_rtl, font_name=font_name) for line in lines]


def _alignment(align: str, rtl: bool) -> str:
    if align == "center":
        return "CENTER"
    start_is_left = (align == "start") != rtl
    return "LEFT" if start_is_left else "RIGHT"


def text_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    rtl: bool,
    size: float = 10.0,
    min_row_height: float = 0.0,
    repeat_header: bool = True,
) -> Table:
    """A grid table of plain text with a bold, shaded header row repeated on every page.

    Cells are wrapped to their column width before reordering; for RTL the column order is
    reversed so that the first column sits at the right. Rows are at least `min_row_height`
    tall (room to sign).
    """
    leading = size * 1.35
    heights: list[float] = []
    data: list[list[str]] = []
    for row_index, row in enumerate([[c.heading for c in columns], *rows]):
        font = BOLD if row_index == 0 else REGULAR
        cells = [
            cell_text(value, width=col.width, font_name=font, size=size, rtl=rtl)
            for col, value in zip(columns, row, strict=True)
        ]
        lines = max((len(c) for c in cells), default=1)
        height = lines * leading + 2 * PADDING + size * 0.35
        heights.append(height if row_index == 0 else max(height, min_row_height))
        data.append(["\n".join(c) for c in cells])
    widths = [c.width for c in columns]
    aligns = [_alignment(c.align, rtl) for c in columns]
    if rtl:
        data = [list(reversed(r)) for r in data]
        widths.reverse()
        aligns.reverse()
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1 if repeat_header else 0)
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING + size * 0.35),
    ]
    style.extend(("ALIGN", (i, 0), (i, -1), align) for i, align in enumerate(aligns))
    table.setStyle(style)
    return table
