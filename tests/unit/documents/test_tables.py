"""The hand-laid-out text table: row heights, header on every part, splits between rows."""

from __future__ import annotations

import itertools

import pytest
from reportlab.platypus import Flowable

from fieldapp.documents.fonts import text_width
from fieldapp.documents.tables import PADDING, Column, TextTable, cell_text, text_table

from ._samples import LONG_ITEM

COLUMNS = [Column("الرقم", 30, "center"), Column("الاسم", 150), Column("Latin", 120, "end")]


def _rows(n: int) -> list[list[str]]:
    rows = [[str(i), f"فاطمة الزهراء بنعلي {i}", f"Fatima Zahra {i}"] for i in range(1, n + 1)]
    if n > 3:
        rows[3][1] = LONG_ITEM  # wraps over many lines: a tall row
    return rows


def _parts(table: Flowable, avail: float) -> list[TextTable]:
    parts: list[TextTable] = []
    rest = table
    while True:
        _, height = rest.wrap(500, avail)
        if height <= avail:
            parts.append(rest)
            return parts
        first, rest = rest.split(500, avail)
        parts.append(first)


def test_rows_are_as_tall_as_their_wrapped_cells_and_at_least_the_minimum() -> None:
    table = text_table(COLUMNS, _rows(6), rtl=True, size=10, min_row_height=28)
    grid = table.grid
    leading = 10 * 1.35
    long_lines = cell_text(LONG_ITEM, width=150, font_name="Amiri", size=10, rtl=True)
    assert len(long_lines) > 3
    assert grid.heights[3] == len(long_lines) * leading + 2 * PADDING + 10 * 0.35
    assert all(h == 28 for i, h in enumerate(grid.heights) if i != 3)
    assert table.wrap(500, 1000)[1] == grid.header_height + sum(grid.heights)


def test_rtl_columns_run_right_to_left_and_ltr_left_to_right() -> None:
    rtl = text_table(COLUMNS, _rows(2), rtl=True).grid
    ltr = text_table(COLUMNS, _rows(2), rtl=False).grid
    assert rtl.widths == (120, 150, 30) and ltr.widths == (30, 150, 120)
    assert rtl.rows[0][2] == ("1",) and ltr.rows[0][0] == ("1",)
    assert rtl.rows[0][0] == ("Fatima Zahra 1",)  # Latin cell kept left to right
    # "start" is the right edge on an RTL page, "end" the left one; centred stays centred.
    assert [a for a, _ in rtl.anchors] == ["LEFT", "RIGHT", "CENTER"]
    assert [a for a, _ in ltr.anchors] == ["CENTER", "LEFT", "RIGHT"]


def test_split_parts_repeat_the_header_and_hold_every_row_once_in_order() -> None:
    table = text_table(COLUMNS, _rows(40), rtl=True, min_row_height=28)
    avail = 200.0
    parts = _parts(table, avail)
    assert len(parts) > 3
    assert parts[0].start == 0 and parts[-1].stop == 40
    assert all(a.stop == b.start for a, b in itertools.pairwise(parts))
    grid = table.grid
    for part in parts:
        assert part.row_count >= 1
        assert part.height <= avail
        assert part.height == grid.header_height + sum(grid.heights[part.start : part.stop])
    for part in parts[:-1]:  # the next row would not have fitted
        assert part.height + grid.heights[part.stop] > avail


def test_without_repeat_header_only_the_first_part_has_it() -> None:
    table = text_table(COLUMNS, _rows(40), rtl=False, min_row_height=28, repeat_header=False)
    first, second, *_ = _parts(table, 200.0)
    grid = table.grid
    assert first.height == grid.header_height + sum(grid.heights[first.start : first.stop])
    assert second.height == sum(grid.heights[second.start : second.stop])


def test_no_split_when_not_even_one_row_fits() -> None:
    table = text_table(COLUMNS, _rows(5), rtl=True, min_row_height=28)
    assert table.split(500, table.grid.header_height + 27) == []
    assert len(table.split(500, table.grid.header_height + 28)) == 2


def test_lines_are_placed_on_their_column_anchor_and_centred_in_the_row() -> None:
    grid = text_table(COLUMNS, _rows(5), rtl=True, size=10, min_row_height=28).grid
    ends = {}
    for x, _, line in grid.placed[0]:
        width = text_width(line, "Amiri", 10)
        ends[line] = (x, x + width)
    (num_align, num_x), (name_align, name_x), (lat_align, lat_x) = reversed(grid.anchors)
    assert (num_align, name_align, lat_align) == ("CENTER", "RIGHT", "LEFT")
    assert ends["1"][0] + ends["1"][1] == pytest.approx(2 * num_x)
    [name] = grid.rows[0][1]
    assert ends[name][1] == pytest.approx(name_x)
    assert ends["Fatima Zahra 1"][0] == pytest.approx(lat_x)
    # A row of one line: its baseline where Table put it (VALIGN MIDDLE); a wrapped cell's
    # lines go down by one leading each, centred on the same middle.
    middle = (PADDING + 3.5 + 28 - PADDING) / 2 - 10
    assert [y for _, y, _ in grid.placed[0]] == pytest.approx([middle + 13.5 / 2] * 3)
    tall = [y for _, y, line in grid.placed[3] if line in grid.rows[3][1]]
    height = grid.heights[3]
    middle = (PADDING + 3.5 + height - PADDING) / 2 - 10
    assert tall[0] == pytest.approx(middle + len(tall) * 13.5 / 2)
    assert tall == sorted(tall, reverse=True)
    assert all(a - b == pytest.approx(13.5) for a, b in itertools.pairwise(tall))
