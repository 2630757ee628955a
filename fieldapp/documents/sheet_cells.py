"""Cells of the CSV and XLSX exports that a spreadsheet never turns into a formula.

- XLSX: every text cell is written as a string, whatever it starts with (openpyxl would
  otherwise write `=HYPERLINK(...)` as a live formula).
- CSV: a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so the
  spreadsheet shows it as text; numbers (the row number, a birth year) stay numbers.
- Phones are written as the digits people dial with spaces (`06 12 34 56 78`), a form
  spreadsheets keep as text; a foreign number keeps its `+`, behind the `'` in CSV.
- Characters no spreadsheet file can hold (control characters stored before the text rule
  existed) become U+FFFD instead of making openpyxl fail.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.worksheet.worksheet import Worksheet

from fieldapp.domain.text_hygiene import scrub
from fieldapp.domain.validators import display_phone

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int


def phone_text(e164: str) -> str:
    """A stored phone number as spreadsheets keep it: Moroccan numbers in the national form
    in pairs (`+212612345678` → `06 12 34 56 78`), others unchanged."""
    return display_phone(e164)  # the phone rule is written once, in domain/validators


def csv_cell(value: Cell) -> Cell:
    """A value for a CSV cell: text that would start a formula gets a leading `'`."""
    if isinstance(value, str):
        return scrub("'" + value if value.startswith(FORMULA_START) else value)
    return value


def csv_row(values: Sequence[Cell]) -> list[Cell]:
    """`csv_cell` of every value."""
    return [csv_cell(value) for value in values]


def append_xlsx_row(sheet: Worksheet, values: Sequence[Cell]) -> None:
    """Append `values` as a row; every text cell is a string cell (never a formula)."""
    sheet.append([scrub(v) if isinstance(v, str) else v for v in values])
    row = sheet.max_row
    for column, value in enumerate(values, start=1):
        if isinstance(value, str):
            cell = sheet.cell(row=row, column=column)
            cell.data_type = "s"
            cell.number_format = "@"
