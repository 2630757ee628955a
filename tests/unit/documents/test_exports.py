"""CSV and XLSX attendance exports."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import openpyxl
import pytest

from fieldapp.documents import export_attendance_csv, export_attendance_xlsx

from . import _samples as s


def _people() -> list:
    return [
        s.fatima(),
        s.abdellah(),
        dataclasses.replace(
            s.abdellah(),
            id="x",
            name_ar="",
            gender=None,
            birth_year=None,
            name_lat='=HYPERLINK("http://x")',
            consent=False,
        ),
    ]


def test_csv_has_bom_arabic_header_and_values(tmp_path: Path) -> None:
    path = tmp_path / "attendance.csv"
    export_attendance_csv(path, attendees=_people())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "الرقم",
        "الاسم بالعربية",
        "الاسم بالحروف اللاتينية",
        "رقم البطاقة الوطنية",
        "الهاتف",
        "الجنس",
        "سنة الازدياد",
        "الحرفة",
        "الإقليم",
        "الجماعة",
        "طريقة الحضور",
        "الموافقة",
        "الحالة",
        "وقت الحضور",
    ]
    assert rows[1] == [
        "1",
        "فاطمة الزهراء بنعلي",
        "Fatima Zahra Benali",
        "JA123456",
        "06 12 34 56 78",
        "أنثى",
        "1988",
        "نسج الزرابي",
        "كلميم",
        "كلميم",
        "تسجيل مسبق",
        "نعم",
        "حاضر",
        s.fatima().arrival_time,
    ]
    assert rows[2][4] == "06 12 34 56 78" and rows[2][10] == "حضور مباشر"
    assert rows[3][2].startswith("'=")  # never evaluated as a formula
    assert rows[3][5] == "" and rows[3][11] == "لا"
    assert [p.name for p in tmp_path.iterdir()] == ["attendance.csv"]


def test_csv_in_french(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    export_attendance_csv(path, attendees=_people()[:1], lang="fr")
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert rows[0][:3] == ["N°", "Nom (arabe)", "Nom (latin)"]
    assert rows[1][5] == "Femme" and rows[1][10] == "Préinscrit" and rows[1][11] == "Oui"


def test_xlsx_is_rtl_with_bold_frozen_header_and_text_ids(tmp_path: Path) -> None:
    path = tmp_path / "attendance.xlsx"
    export_attendance_xlsx(path, session=s.session(), attendees=_people())
    sheet = openpyxl.load_workbook(path).active
    assert sheet.sheet_view.rightToLeft is True
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].value == "الرقم" and sheet["A1"].font.bold
    assert [c.value for c in sheet[2]][:5] == [
        1,
        "فاطمة الزهراء بنعلي",
        "Fatima Zahra Benali",
        "JA123456",
        "06 12 34 56 78",
    ]
    assert sheet["E3"].value == "06 12 34 56 78" and sheet["E3"].data_type == "s"
    assert sheet["D2"].number_format == "@"
    assert sheet.column_dimensions["B"].width >= 20
    assert sheet.max_row == 4


def test_xlsx_in_english_is_left_to_right(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    export_attendance_xlsx(path, session=s.session_fr(), attendees=_people(), lang="en")
    sheet = openpyxl.load_workbook(path).active
    assert not sheet.sheet_view.rightToLeft
    assert sheet["K2"].value == "Pre-registered" and sheet["K3"].value == "Walk-in"


def test_exports_refuse_unknown_language_and_leave_no_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        export_attendance_csv(tmp_path / "a.csv", attendees=_people(), lang="tz")
    with pytest.raises(ValueError, match="unsupported language"):
        export_attendance_xlsx(tmp_path / "a.xlsx", session=s.session(), attendees=[], lang="")
    assert list(tmp_path.iterdir()) == []
