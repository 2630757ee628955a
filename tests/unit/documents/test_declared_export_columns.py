"""Every exported attendee field is a column of the attendance CSV and XLSX, under its
translated heading, holding the person's value."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from fieldapp.documents.exports import export_attendance_csv, export_attendance_xlsx
from fieldapp.documents.labels import field_heading, gender_label
from fieldapp.domain.attendee_fields import EXPORTED
from fieldapp.domain.models import Attendee, Session
from tests.attendee_samples import full_details

LANGS = ("ar", "fr", "en")


def _expected(lang: str) -> dict[str, str]:
    """Heading → cell text, for the person with every field filled."""
    typed = full_details()
    cells = {}
    for spec in EXPORTED:
        value = typed[spec.name]
        if spec.kind.name == "gender":
            text = gender_label(value, lang)
        else:
            text = str(spec.kind.to_cell(value))
        cells[field_heading(spec, lang)] = text
    return cells


def _person() -> Attendee:
    return Attendee(id="a1", session_id="s1", **full_details())


def test_every_heading_is_written_in_every_language() -> None:
    for spec in EXPORTED:
        ar, fr, en = (field_heading(spec, lang) for lang in LANGS)
        assert ar and fr and en and ar != en, spec.name


@pytest.mark.parametrize("lang", LANGS)
def test_the_csv_has_every_exported_field_under_its_heading(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "attendance.csv"
    export_attendance_csv(path, attendees=[_person()], lang=lang)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    for heading, text in _expected(lang).items():
        assert row[header.index(heading)] == text and text, heading


@pytest.mark.parametrize("lang", LANGS)
def test_the_xlsx_has_every_exported_field_under_its_heading(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "attendance.xlsx"
    session = Session(id="s1", place="كلميم", date=dt.date(2025, 8, 1))
    export_attendance_xlsx(path, session=session, attendees=[_person()], lang=lang)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    header, row = ([cell.value for cell in line] for line in sheet.iter_rows(max_row=2))
    for heading, text in _expected(lang).items():
        assert str(row[header.index(heading)]) == text and text, heading
