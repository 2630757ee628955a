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


# The Arabic columns in their order, with Fatima's row. A field declared later adds its own
# column (tests/unit/documents/test_declared_export_columns.py); these stay as they are.
FATIMA_IN_ARABIC = {
    "الرقم": "1",
    "الاسم بالعربية": "فاطمة الزهراء بنعلي",
    "الاسم بالحروف اللاتينية": "Fatima Zahra Benali",
    "رقم البطاقة الوطنية": "JA123456",
    "الهاتف": "06 12 34 56 78",
    "الجنس": "أنثى",
    "سنة الازدياد": "1988",
    "الحرفة": "نسج الزرابي",
    "الإقليم": "كلميم",
    "الجماعة": "كلميم",
    "طريقة الحضور": "تسجيل مسبق",
    "الموافقة": "نعم",
    "الحالة": "حاضر",
    "وقت الحضور": s.fatima().arrival_time,
}


def _by_heading(rows: list[list[str]]) -> list[dict[str, str]]:
    """Each data row as heading → cell."""
    header = rows[0]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def _xlsx_rows(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return [[cell.value for cell in line] for line in sheet.iter_rows()]


def test_csv_has_bom_arabic_header_and_values(tmp_path: Path) -> None:
    path = tmp_path / "attendance.csv"
    export_attendance_csv(path, attendees=_people())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [h for h in rows[0] if h in FATIMA_IN_ARABIC] == list(FATIMA_IN_ARABIC)
    fatima, abdellah, nameless = _by_heading(rows)
    assert {h: fatima[h] for h in FATIMA_IN_ARABIC} == FATIMA_IN_ARABIC
    assert abdellah["الهاتف"] == "06 12 34 56 78" and abdellah["طريقة الحضور"] == "حضور مباشر"
    assert nameless["الاسم بالحروف اللاتينية"].startswith("'=")  # never evaluated as a formula
    assert nameless["الجنس"] == "" and nameless["الموافقة"] == "لا"
    assert [p.name for p in tmp_path.iterdir()] == ["attendance.csv"]


def test_csv_in_french(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    export_attendance_csv(path, attendees=_people()[:1], lang="fr")
    rows = list(csv.reader(path.open(encoding="utf-8-sig", newline="")))
    assert rows[0][:3] == ["N°", "Nom (arabe)", "Nom (latin)"]
    (fatima,) = _by_heading(rows)
    assert (fatima["Sexe"], fatima["Mode de venue"], fatima["Consentement"]) == (
        "Femme",
        "Préinscrit",
        "Oui",
    )


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
    rows = _xlsx_rows(path)
    origin = rows[0].index("Origin")
    assert (rows[1][origin], rows[2][origin]) == ("Pre-registered", "Walk-in")


def test_exports_refuse_unknown_language_and_leave_no_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        export_attendance_csv(tmp_path / "a.csv", attendees=_people(), lang="tz")
    with pytest.raises(ValueError, match="unsupported language"):
        export_attendance_xlsx(tmp_path / "a.xlsx", session=s.session(), attendees=[], lang="")
    assert list(tmp_path.iterdir()) == []
