"""The office registry as CSV (UTF-8 with BOM, CRLF) or XLSX, for follow-up lists.

Same conventions as `fieldapp.documents.exports`: formula-looking text neutralised in CSV,
CIN and phone stored as text in XLSX, files replaced atomically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from fieldapp.atomic import atomic_write
from fieldapp.store.sync_registry import PersonRow

COLUMNS = (
    "person_key",
    "cin",
    "name_ar",
    "name_lat",
    "phone",
    "birth_year",
    "gender",
    "craft",
    "province",
    "commune",
    "sessions",
    "first_date",
    "last_date",
    "last_place",
    "outcomes",
    "follow_up",
    "follow_up_note",
)
_TEXT_COLUMNS = {"person_key", "cin", "phone"}
_FORMULA_START = ("=", "@", "\t", "\r")


def person_values(person: PersonRow) -> list[str | int]:
    """One row of the export."""
    values: dict[str, str | int] = {
        "person_key": person.person_key,
        "cin": person.cin,
        "name_ar": person.name_ar,
        "name_lat": person.name_lat,
        "phone": person.phone,
        "birth_year": person.birth_year if person.birth_year is not None else "",
        "gender": person.gender,
        "craft": person.craft,
        "province": person.province,
        "commune": person.commune,
        "sessions": person.sessions,
        "first_date": person.first_date,
        "last_date": person.last_date,
        "last_place": person.last_place,
        "outcomes": " ".join(person.outcomes),
        "follow_up": person.follow_up,
        "follow_up_note": person.follow_up_note,
    }
    return [values[name] for name in COLUMNS]


def _csv_safe(value: str | int) -> str | int:
    if isinstance(value, str) and (
        value.startswith(_FORMULA_START)
        or (value[:1] in "+-" and not value[1:2].isdigit() and value[1:])
    ):
        return "'" + value
    return value


def export_people(path: Path, people: Sequence[PersonRow]) -> Path:
    """Write `people` to `path`; the format follows the suffix (`.csv` or `.xlsx`)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows([_csv_safe(v) for v in person_values(p)] for p in people)
        data = buffer.getvalue().encode("utf-8-sig")
    elif suffix == ".xlsx":
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = "registry"
        sheet.append(list(COLUMNS))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        text_columns = [i for i, name in enumerate(COLUMNS) if name in _TEXT_COLUMNS]
        for person in people:
            sheet.append(person_values(person))
            for index in text_columns:
                cell = sheet.cell(row=sheet.max_row, column=index + 1)
                cell.value = str(cell.value)
                cell.number_format = "@"
                cell.data_type = "s"
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
