"""Attendance exports for spreadsheets: CSV (UTF-8 with BOM, for Excel) and XLSX."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from fieldapp.atomic import atomic_write
from fieldapp.documents.attendance_labels import attendance_words, status_label
from fieldapp.documents.bidi_text import check_lang, is_rtl
from fieldapp.documents.labels import field_heading, gender_label, labels, origin_label
from fieldapp.documents.sheet_cells import append_xlsx_row, csv_row
from fieldapp.domain.attendee_fields import EXPORTED, AttendeeField
from fieldapp.domain.models import Attendee, Session

# The columns: the row number, every exported declared field, then the registration.
COLUMN_KEYS = ("number", *(f.name for f in EXPORTED), "origin", "consent", "status", "arrived_at")
# Column widths (characters) in the XLSX sheet; a declared field of a width not given here
# gets _TEXT_WIDTH.
_WIDTHS = {
    "number": 6,
    "name_ar": 30,
    "name_lat": 30,
    "cin": 14,
    "phone": 18,
    "gender": 10,
    "birth_year": 12,
    "craft": 24,
    "province": 18,
    "commune": 18,
    "origin": 18,
    "consent": 11,
    "status": 16,
    "arrived_at": 10,
}
_TEXT_WIDTH = 18


def header(lang: str) -> list[str]:
    """The column headings of the exports in `lang`."""
    words = labels(check_lang(lang))
    said = attendance_words(lang)  # the attendance columns' headings
    return [
        words["number"],
        *(field_heading(spec, lang) for spec in EXPORTED),
        words["origin"],
        words["consent"],
        said["status"],
        said["arrived_at"],
    ]


def field_cell(spec: AttendeeField, attendee: Attendee, lang: str) -> str | int:
    """The cell of a declared field: its kind's cell (a phone as people read it, a year as a
    number), a gender in words of `lang`."""
    value = getattr(attendee, spec.name)
    if spec.kind.name == "gender":
        return gender_label(value, lang) if value else ""
    return spec.kind.to_cell(value)


def attendance_rows(attendees: Sequence[Attendee], lang: str) -> list[list[str | int]]:
    """One row per attendee, numbered from 1, with words translated into `lang`."""
    words = labels(check_lang(lang))
    return [
        [
            number,
            *(field_cell(spec, a, lang) for spec in EXPORTED),
            origin_label(a.origin, lang),
            words["yes"] if a.consent else words["no"],
            status_label(a.status, lang),
            a.arrival_time,
        ]
        for number, a in enumerate(attendees, start=1)
    ]


def export_attendance_csv(path: Path, *, attendees: Sequence[Attendee], lang: str = "ar") -> None:
    """Write the attendees to `path` as comma-separated UTF-8 with a BOM (so Excel reads the
    Arabic), header row in `lang`, CRLF line ends. The file is replaced atomically."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=",", lineterminator="\r\n")
    writer.writerow(header(lang))
    writer.writerows(csv_row(row) for row in attendance_rows(attendees, lang))
    with atomic_write(Path(path)) as handle:
        handle.write(buffer.getvalue().encode("utf-8-sig"))


def export_attendance_xlsx(
    path: Path, *, session: Session, attendees: Sequence[Attendee], lang: str = "ar"
) -> None:
    """Write the attendees to `path` as an XLSX workbook: bold frozen header, right-to-left sheet
    for Arabic, every text cell a string (never a formula). The file is replaced atomically."""
    words = labels(check_lang(lang))
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = words["sheet_name"]
    sheet.sheet_view.rightToLeft = is_rtl(lang)
    sheet.append(header(lang))
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in attendance_rows(attendees, lang):
        append_xlsx_row(sheet, row)
    for index, key in enumerate(COLUMN_KEYS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(key, _TEXT_WIDTH)
    sheet.freeze_panes = "A2"
    workbook.properties.title = f"{words['attendance_title']} — {session.place} {session.date}"
    workbook.properties.creator = "fieldapp"
    buffer = io.BytesIO()
    workbook.save(buffer)
    with atomic_write(Path(path)) as handle:
        handle.write(buffer.getvalue())
