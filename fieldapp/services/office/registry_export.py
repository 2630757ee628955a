"""The office registry as CSV (UTF-8 with BOM, CRLF) or XLSX, for a clerk's follow-up lists.

Written for people, like the attendance exports (`fieldapp.documents.exports`): headings in
the clerk's language, genders, follow-up statuses and outcomes in words (an outcome by its
title in the forms), a right-to-left sheet in Arabic. The same cells as those exports
(`documents.sheet_cells`): never a formula, phones kept as text; files replaced atomically.
Scripts that need the stored codes read `fieldapp office people --json` instead.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from fieldapp.atomic import atomic_write
from fieldapp.documents.bidi_text import check_lang, is_rtl
from fieldapp.documents.labels import field_heading, gender_label, list_separator
from fieldapp.documents.registry_labels import follow_up_label, outcome_label, registry_words
from fieldapp.documents.sheet_cells import append_xlsx_row, csv_row
from fieldapp.domain.attendee_fields import BY_NAME, EXPORTED, AttendeeField
from fieldapp.domain.gender import Gender
from fieldapp.domain.people import PersonRow

# The registry's layout puts the person's CIN first and the birth year before the gender;
# every other exported declared field follows in its declared order.
_FIRST = ("cin", "name_ar", "name_lat", "phone", "birth_year", "gender")
_FIELDS = (*(BY_NAME[n] for n in _FIRST), *(f for f in EXPORTED if f.name not in _FIRST))
# The registry's own columns after the declared fields (their headings: context `registry`).
_REGISTRY = (
    "sessions",
    "first_date",
    "last_date",
    "last_place",
    "outcomes",
    "follow_up",
    "follow_up_note",
)
# The column ids: the person's id, the declared fields (named as their columns), the registry's.
COLUMNS = ("person_key", *(f.name for f in _FIELDS), *_REGISTRY)
# Column widths (characters) in the XLSX sheet; a declared field's is in its declaration.
_WIDTHS = {
    "person_key": 38,
    **{f.name: f.width for f in _FIELDS},
    "sessions": 12,
    "first_date": 14,
    "last_date": 14,
    "last_place": 18,
    "outcomes": 40,
    "follow_up": 22,
    "follow_up_note": 40,
}


def header(lang: str) -> list[str]:
    """The column headings in `lang`, in the order of `COLUMNS`."""
    headings = registry_words(check_lang(lang))
    return [
        headings["person_key"],
        *(field_heading(spec, lang) for spec in _FIELDS),
        *(headings[name] for name in _REGISTRY),
    ]


def _field_cell(spec: AttendeeField, person: PersonRow, lang: str) -> str | int:
    """A declared field's cell: its kind's (a phone as people read it, a year as a number),
    a gender in words of `lang`."""
    value = getattr(person, spec.name)
    if spec.kind.name == "gender":
        return gender_label(Gender(value), lang) if value else ""
    return spec.kind.to_cell(value)


def person_values(
    person: PersonRow, lang: str, outcome_titles: Mapping[str, str]
) -> list[str | int]:
    """One row of the export, words in `lang`; `outcome_titles` maps outcome ids to their
    titles in `lang`."""
    outcomes = (outcome_label(o, outcome_titles, lang) for o in person.outcomes)
    return [
        person.person_key,
        *(_field_cell(spec, person, lang) for spec in _FIELDS),
        person.sessions,
        person.first_date,
        person.last_date,
        person.last_place,
        list_separator(lang).join(outcomes),
        follow_up_label(person.follow_up, lang),
        person.follow_up_note,
    ]


def export_people(
    path: Path,
    people: Sequence[PersonRow],
    *,
    lang: str = "ar",
    outcome_titles: Mapping[str, str] | None = None,
) -> Path:
    """Write `people` to `path` with headings and words in `lang`; the format follows the
    suffix (`.csv` or `.xlsx`). `outcome_titles`: outcome ids → titles in `lang` (an outcome
    not in it is labelled as not in the installed forms)."""
    check_lang(lang)
    titles = outcome_titles or {}
    target = Path(path)
    suffix = target.suffix.lower()
    rows = [person_values(p, lang, titles) for p in people]
    if suffix == ".csv":
        data = _csv(lang, rows)
    elif suffix == ".xlsx":
        data = _xlsx(lang, rows)
    else:
        raise ValueError(
            f"cannot export to '{target.name}': the file name must end in .csv or .xlsx"
        )
    with atomic_write(target) as handle:
        handle.write(data)
    return target


def _csv(lang: str, rows: list[list[str | int]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header(lang))
    writer.writerows(csv_row(row) for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx(lang: str, rows: list[list[str | int]]) -> bytes:
    names = registry_words(lang)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = names["sheet_name"]
    sheet.sheet_view.rightToLeft = is_rtl(lang)
    sheet.append(header(lang))
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in rows:
        append_xlsx_row(sheet, row)
    for index, key in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS[key]
    sheet.freeze_panes = "A2"
    workbook.properties.title = names["sheet_name"]
    workbook.properties.creator = "fieldapp"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
