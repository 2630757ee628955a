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
from fieldapp.domain.models import Attendance, Attendee, Gender, Origin

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
        if "JA1" in text:  # every page of the list (the last may hold only the signatures)
            for heading in [*HEADER, "الحرفة", "الحضور", "التوقيع"]:
                assert s.squash(heading) in text, (number, heading)
        assert f"الصفحة{number}من{pages}" in text
    everything = "".join(texts)
    assert all(f"JA{100000 + i}" in everything for i in range(120))
    assert "ممثلالغرفة" in texts[-1] and "ممثلالشريك" in texts[-1]
    assert s.squash(s.CHAMBER_AR) in texts[0] and "ورقةالحضور" in texts[0]
    assert s.squash("الصندوق الوطني للضمان الاجتماعي") in texts[0] and "CNSS" in texts[0]
    # Phones as people read them (06 12 34 56 78), never the stored E.164.
    assert "0612345678" in everything and "+212" not in everything


@s.needs_pdftotext
@pytest.mark.parametrize(("came", "expected"), [(9, 0), (12, 0), (26, 0), (5, 7), (3, 22)])
def test_the_signatures_never_stand_alone_on_the_last_page(
    tmp_path: Path, came: int, expected: int
) -> None:
    # 9 to 12 rows (and 25 to 28, …) used to fill the first pages exactly: the signature
    # blocks went over alone.
    people = _crowd(came + expected)
    people[came:] = [
        dataclasses.replace(a, status=Attendance.EXPECTED, arrived_at="") for a in people[came:]
    ]
    path = tmp_path / "sheet.pdf"
    pages = render_attendance_sheet(
        path, session=s.session(), attendees=people, chamber=s.CHAMBER_AR
    )
    texts = [s.squash(t) for t in s.pages_text(path)]
    assert pages == len(texts)
    last = texts[-1]
    assert "ممثلالغرفة" in last and "ممثلالشريك" in last
    assert len(re.findall(r"JA1000\d\d", last)) >= 2, last  # rows of the list with them
    assert s.squash(HEADER[1]) in last  # under the repeated header
    everything = "".join(texts)
    for i in range(came + expected):  # every row printed once, none lost at the cut
        assert everything.count(f"JA{100000 + i}") == 1, i


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
    assert s.squash("حصيلة اليوم التحسيسي") in text  # the app's one word for an outreach day
    for heading in ("حسب الجنس", "حسب الفئة العمرية", "حسب الحرفة", "حسب الإقليم"):
        assert s.squash(heading) in text
    assert re.search(r"الحاضرون\W?9", text)  # everyone in the crowd came
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


def _day(pre_registered: int, checked_in: int, walk_ins: int) -> list[Attendee]:
    """A session: `pre_registered` people on the list, the first `checked_in` of them present,
    and `walk_ins` walk-ins."""
    people = []
    for n in range(pre_registered):
        people.append(
            dataclasses.replace(
                s.fatima(),
                id=f"p{n}",
                cin=f"JA{200000 + n}",
                craft="نسج" if n % 2 else "حدادة",
                status=Attendance.PRESENT if n < checked_in else Attendance.EXPECTED,
                arrived_at="2025-08-01T09:15:00.000000Z" if n < checked_in else None,
            )
        )
    for n in range(walk_ins):
        people.append(dataclasses.replace(s.abdellah(), id=f"w{n}", cin=f"JB{300000 + n}"))
    return people


def test_breakdowns_count_only_those_present() -> None:
    day = _day(30, 5, 2)
    parts = breakdowns(day, {}, lang="en", today=dt.date(2025, 8, 1))
    assert all(sum(count for _, count in p.rows) == 7 for p in parts)
    by = {p.heading: dict(p.rows) for p in parts}
    assert by["By origin"] == {"Pre-registered": 5, "Walk-in": 2}


def test_crafts_come_from_the_questionnaire_then_the_typed_text() -> None:
    day = _day(4, 4, 0)
    crafts = {"p0": "الإنتاجية والفنية: النسيج", "p1": "الإنتاجية والفنية: النسيج"}
    parts = breakdowns(day, {}, lang="en", today=dt.date(2025, 8, 1), crafts=crafts)
    by = {p.heading: dict(p.rows) for p in parts}
    # p2 typed "حدادة" and p3 "نسج" without answering the craft question.
    assert by["By craft"] == {"الإنتاجية والفنية: النسيج": 2, "حدادة": 1, "نسج": 1}


@s.needs_pdftotext
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_summary_and_sheet_count_present_expected_and_walk_ins(tmp_path: Path, lang: str) -> None:
    day = _day(30, 5, 2)
    summary, sheet = tmp_path / "summary.pdf", tmp_path / "sheet.pdf"
    session = s.session() if lang == "ar" else s.session_fr()
    render_summary(
        summary, session=session, attendees=day, outcome_titles={}, lang=lang,
        chamber="c", today=dt.date(2025, 8, 1),
    )  # fmt: skip
    render_attendance_sheet(sheet, session=session, attendees=day, lang=lang, chamber="c")
    if lang == "fr":
        text = s.pdftotext(summary)
        assert "Présents : 7 (dont sans préinscription : 2)" in text
        assert "Attendus non arrivés : 25" in text and "Inscrits : 32" in text
        assert "calculés sur les inscrits (32), ci-dessous sur les présents (7)" in text
        assert "71%" in text  # 5 of the 7 present were pre-registered
        sheet_text = s.pdftotext(sheet)
        assert "Préinscrits non arrivés (25)" in sheet_text and "Arrivée" in sheet_text
        assert "Sur place" in sheet_text
    else:
        text = s.squash(s.pdftotext(summary))
        assert "المنتظرونالذينلميحضروا" in text and "25" in text
        sheet_text = s.squash(s.pdftotext(sheet))
        assert "مسجلونمسبقالميحضروا" in sheet_text and "25" in sheet_text


def _chart_values(drawing) -> list[str]:
    """The values drawn beside the bars (the chart's own figures), top to bottom."""
    from fieldapp.documents.charts import VALUE_SIZE

    return [item.text for item in drawing.contents if getattr(item, "fontSize", 0) == VALUE_SIZE]


@pytest.mark.parametrize("rtl", [True, False])
def test_chart_and_table_show_the_same_figures(rtl: bool) -> None:
    from fieldapp.documents.charts import bar_chart

    day = _day(20, 16, 0)
    crafts = {f"p{n}": f"حرفة {n}" for n in range(14)}  # 14 crafts, two typed ones
    [craft] = [
        p
        for p in breakdowns(day, {}, lang="ar", today=dt.date(2025, 8, 1), crafts=crafts)
        if p.heading == "حسب الحرفة"
    ]
    chart = bar_chart(craft.rows, width=250, rtl=rtl)
    assert _chart_values(chart) == [str(count) for _, count in craft.rows]
    assert sum(map(int, _chart_values(chart))) == 16


@pytest.mark.parametrize("rtl", [True, False])
def test_long_labels_wrap_and_values_stay_clear_of_labels(rtl: bool) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from fieldapp.documents.charts import LABEL_SIZE, VALUE_SIZE, bar_chart
    from fieldapp.documents.fonts import REGULAR

    rows = [
        ("التسجيل في السجل بصفة صانع تقليدي فرداني", 3),
        ("التسجيل في السجل بصفة صانع تقليدي معلم", 0),
        ("أقل من 25", 0),
    ]
    chart = bar_chart(rows, width=250, rtl=rtl)
    labels = [i for i in chart.contents if getattr(i, "fontSize", 0) == LABEL_SIZE]
    values = [i for i in chart.contents if getattr(i, "fontSize", 0) == VALUE_SIZE]
    assert len(labels) > len(rows)  # the long labels took more than one line each
    text = "".join(i.text for i in labels)
    assert "…" not in text
    # The two long labels differ in their last word: both are there, whole.
    assert (
        s.clean(text).count(s.clean("فرداني")[::-1]) + s.clean(text).count(s.clean("فرداني")) >= 1
    )

    def span(item) -> tuple[float, float]:
        width = stringWidth(item.text, REGULAR, item.fontSize)
        if item.textAnchor == "end":
            return item.x - width, item.x
        return item.x, item.x + width

    for value in values:
        low, high = span(value)
        for label in labels:
            l_low, l_high = span(label)
            assert high <= l_low or low >= l_high, (value.text, label.text)


def test_shares_round_halves_up_as_on_paper() -> None:
    from fieldapp.documents.summary_stats import share

    # 2, 1 and 5 of 8 registered: 25%, 12.5%, 62.5% are printed 25%, 13%, 63% (not 12%, 62%)
    assert [share(n, 8) for n in (2, 1, 5)] == ["25%", "13%", "63%"]
    assert share(1, 3) == "33%" and share(2, 3) == "67%" and share(0, 0) == "0%"
