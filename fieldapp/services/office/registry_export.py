"""The office registry as CSV (UTF-8 with BOM, CRLF) or XLSX, for follow-up lists.

Same cells as `fieldapp.documents.exports` (`documents.sheet_cells`): never a formula, phones
kept as text, files replaced atomically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from fieldapp.atomic import atomic_write
from fieldapp.documents.sheet_cells import append_xlsx_row, csv_row
from fieldapp.domain.attendee_fields import BY_NAME, EXPORTED
from fieldapp.domain.people import PersonRow

# The registry's layout puts the person's CIN first and the birth year before the gender;
# every other exported declared field follows in its declared order.
_FIRST = ("cin", "name_ar", "name_lat", "phone", "birth_year", "gender")
_FIELDS = (*(BY_NAME[n] for n in _FIRST), *(f for f in EXPORTED if f.name not in _FIRST))
# The person's key, the declared fields (named as their columns), then the registry's.
COLUMNS = (
    "person_key",
    *(f.name for f in _FIELDS),
    "sessions",
    "first_date",
    "last_date",
    "last_place",
    "outcomes",
    "follow_up",
    "follow_up_note",
)


def person_values(person: PersonRow) -> list[str | int]:
    """One row of the export."""
    values: dict[str, str | int] = {
        "person_key": person.person_key,
        # a phone as people read it, a year as a number, a gender as its code (F, M)
        **{f.name: f.kind.to_cell(getattr(person, f.name)) for f in _FIELDS},
        "sessions": person.sessions,
        "first_date": person.first_date,
        "last_date": person.last_date,
        "last_place": person.last_place,
        "outcomes": " ".join(person.outcomes),
        "follow_up": person.follow_up,
        "follow_up_note": person.follow_up_note,
    }
    return [values[name] for name in COLUMNS]


def export_people(path: Path, people: Sequence[PersonRow]) -> Path:
    """Write `people` to `path`; the format follows the suffix (`.csv` or `.xlsx`)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows(csv_row(person_values(p)) for p in people)
        data = buffer.getvalue().encode("utf-8-sig")
    elif suffix == ".xlsx":
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = "registry"
        sheet.append(list(COLUMNS))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for person in people:
            append_xlsx_row(sheet, person_values(person))
        sheet.freeze_panes = "A2"
        workbook.properties.creator = "fieldapp"
        out = io.BytesIO()
        workbook.save(out)
        data = out.getvalue()
    else:
        raise ValueError(
            f"cannot export to '{target.name}': the file name must end in .csv or .xlsx"
        )
    with atomic_write(target) as handle:
        handle.write(data)
    return target
