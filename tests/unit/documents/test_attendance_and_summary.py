"""Attendance sheet and session summary PDFs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldapp.documents import render_attendance_sheet, render_summary
from fieldapp.documents.summary_stats import age_band, age_band_labels, breakdowns
from fieldapp.domain.models import Attendee, Gender, Origin

from . import _samples as s

HEADER = ["الرقم", "الاسم بالعربية", "الاسم بالحروف اللاتينية", "رقم البطاقة الوطنية", "الهاتف"]


def _crowd(n: int) -> list[Attendee]:
    base = [s.fatima(), s.abdellah()]
    return [dataclasses.replace(base[i % 2], id=f"a{i}", cin=f"JA{100000 + i}") for i in range(n)]


@s.needs_pdftotext
def test_attendance_sheet_of_120_rows_repeats_header_and_numbers_pages(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    pages = render_attendance_sheet(
        path, session=s.session(), attendees=_crowd(120), chamber=s.CHAMBER_AR
    )
    texts = [s.squash(t) for t in s.pages_text(path)]
    assert pages == len(texts) == len(PdfReader(path).pages) > 1
    box = PdfReader(path).pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    for number, text in enumerate(texts, start=1):
        for heading in [*HEADER, "الحرفة", "التوقيع"]:
            assert s.squash(heading) in text, (number, heading)
        assert f"الصفحة{number}من{pages}" in text
    everything = "".join(texts)
    assert all(f"JA{100000 + i}" in everything for i in range(120))
    assert "ممثلالغرفة" in texts[-1] and "ممثلالشريك" in texts[-1]
    assert s.squash(s.CHAMBER_AR) in texts[0] and "ورقةالحضور" in texts[0]
    assert s.squash("الصندوق الوطني للضمان الاجتماعي") in texts[0] and "CNSS" in texts[0]
    assert "+212612345678" in everything and "0612345678" in everything


def _word_x(path: Path, word: str) -> float:
    bbox = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for x, text in re.findall(r'xMin="([\d.]+)"[^>]*>([^<]+)</word>', bbox):
        if s.clean(text) in (word, word[::-1]):  # -bbox gives Arabic words in visual order
            return float(x)
    raise AssertionError(f"{word!r} not on page 1")


@s.needs_pdftotext
def test_attendance_columns_run_right_to_left_in_arabic_and_left_to_right_in_french(
    tmp_path: Path,
) -> None:
    ar, fr = tmp_path / "ar.pdf", tmp_path / "fr.pdf"
    render_attendance_sheet(ar, session=s.session(), attendees=_crowd(3), chamber=s.CHAMBER_AR)
    render_attendance_sheet(
        fr,
        session=s.session_fr(),
        attendees=_crowd(3),
        chamber=s.CHAMBER_FR,
        lang="fr",
        organisers=["Khadija Amrani", "Brahim Lahlou", "Said Bouzid"],
    )
    assert _word_x(ar, "الرقم") > _word_x(ar, "الهاتف") > _word_x(ar, "التوقيع")
    assert _word_x(fr, "N°") < _word_x(fr, "Téléphone") < _word_x(fr, "Signature")
    text = s.pdftotext(fr)
    assert "Feuille de présence" in text and "Page 1 sur 1" in text
    for name in ("Khadija Amrani", "Brahim Lahlou", "Said Bouzid"):
        assert name in text


@s.needs_pdftotext
def test_summary_counts_and_chart_labels(tmp_path: Path) -> None:
    crowd = _crowd(9)
    crowd[0] = dataclasses.replace(crowd[0], gender=None, birth_year=None, origin=Origin.WALK_IN)
    titles = {a.id: ["التسجيل في السجل الوطني"] for a in crowd[:6]}
    path = tmp_path / "summary.pdf"
    pages = render_summary(
        path,
        session=s.session(),
        attendees=crowd,
        outcome_titles=titles,
        chamber=s.CHAMBER_AR,
        today=dt.date(2025, 8, 1),
    )
    assert 1 <= pages <= 2
    text = s.squash(s.pdftotext(path))
    for heading in ("حسب الجنس", "حسب الفئة العمرية", "حسب الحرفة", "حسب الإقليم"):
        assert s.squash(heading) in text
    assert re.search("مجموعالحاضرين:?9", text)
    assert text.count("نسجالزرابي") >= 2  # table and chart label
    assert text.count("بدوننتيجة") >= 2
    assert f"الصفحة1من{pages}" in text


def test_breakdowns_count_each_dimension() -> None:
    crowd = _crowd(5)
    crowd[4] = dataclasses.replace(crowd[4], gender=Gender.FEMALE, birth_year=None, craft="")
    parts = breakdowns(crowd, {"a0": ["AMO", "AMO", "RNA"]}, lang="en", today=dt.date(2025, 8, 1))
    by = {p.heading: dict(p.rows) for p in parts}
    assert by["By gender"] == {"Female": 3, "Male": 2}
    assert by["By age band"]["35–44"] == 2 and by["By age band"]["55–64"] == 2
    assert by["By age band"]["Unknown"] == 1
    assert by["By craft"]["Unknown"] == 1
    assert by["By outcome"] == {"AMO": 1, "RNA": 1, "No outcome": 4}
    assert by["By origin"] == {"Pre-registered": 3, "Walk-in": 2}


@pytest.mark.parametrize(
    ("year", "label"),
    [(2001, "24 and under"), (2000, "25–34"), (1960, "65 and over"), (None, "Unknown")],
)
def test_age_band_edges(year: int | None, label: str) -> None:
    labels = age_band_labels("en")
    expected = "Under 25" if label == "24 and under" else label
    assert labels[age_band(year, dt.date(2025, 8, 1))] == expected


def test_summary_refuses_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        render_summary(
            tmp_path / "x.pdf",
            session=s.session(),
            attendees=[],
            outcome_titles={},
            lang="es",
            chamber="x",
            today=dt.date(2025, 8, 1),
        )


def test_latin_cells_keep_their_punctuation_on_an_arabic_sheet() -> None:
    from fieldapp.documents.tables import cell_text

    [line] = cell_text("Aït-Lahcen (fils), Brahim", width=400, font_name="Amiri", size=9, rtl=True)
    assert line == "Aït-Lahcen (fils), Brahim"
    [arabic] = cell_text("إبراهيم (الابن)", width=400, font_name="Amiri", size=9, rtl=True)
    assert arabic != "إبراهيم (الابن)"  # shaped and reordered for a right-to-left line
