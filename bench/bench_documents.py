"""Documents: one Arabic checklist and a 1,000-row attendance sheet, each beside a bare
ReportLab baseline drawing the same strings with the same font (no shaping, no table)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from bench.timing import best_of, report
from fieldapp.documents import ChecklistEntry, render_attendance_sheet, render_checklists
from fieldapp.documents.fonts import REGULAR, register_fonts
from fieldapp.domain.models import Attendee, ChecklistItem, Gender, ItemKind, Outcome, Session

SESSION = Session(id="s1", place="كلميم", date=dt.date(2025, 8, 1), venue="دار الصانع")
CHAMBER = "غرفة الصناعة التقليدية لجهة كلميم وادنون"
PERSON = Attendee(
    id="a1",
    session_id="s1",
    name_ar="فاطمة الزهراء بنعلي",
    name_lat="Fatima Zahra Benali",
    cin="JA123456",
    phone="+212612345678",
    gender=Gender.FEMALE,
    birth_year=1988,
    craft="نسج الزرابي",
)
OUTCOMES = tuple(
    Outcome(
        id=f"o{n}",
        title=f"التسجيل في السجل الوطني للصناعة التقليدية {n}",
        explanation="أنت مؤهل للتسجيل في السجل الوطني، وهو شرط للاستفادة من التغطية الصحية.",
        priority=n,
        items=tuple(
            ChecklistItem(f"i{n}{k}", kind, f"شهادة الحساب البنكي RIB (24 رقما) رقم {k}")
            for k, kind in enumerate((ItemKind.STEP, ItemKind.DOCUMENT, ItemKind.PLACE) * 2)
        ),
    )
    for n in (1, 2)
)


def _checklist_strings() -> list[str]:
    strings = [CHAMBER, PERSON.name_ar, PERSON.name_lat, PERSON.cin, PERSON.phone]
    for outcome in OUTCOMES:
        strings += [outcome.title, outcome.explanation, *(i.text for i in outcome.items)]
    return strings


def _baseline(strings: list[str], pagesize: tuple[float, float], per_page: int) -> None:
    canvas = Canvas(io.BytesIO(), pagesize=pagesize)
    canvas.setFont(REGULAR, 10)
    for index, text in enumerate(strings):
        if index and index % per_page == 0:
            canvas.showPage()
            canvas.setFont(REGULAR, 10)
        canvas.drawString(40, pagesize[1] - 40 - 14 * (index % per_page), text)
    canvas.showPage()
    canvas.save()


def main() -> None:
    """Print the timings and ratios."""
    register_fonts()
    crowd = [dataclasses.replace(PERSON, id=f"a{i}", cin=f"JA{100000 + i}") for i in range(1000)]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        entry = ChecklistEntry(PERSON, OUTCOMES, PERSON.id)
        checklist = best_of(
            lambda: render_checklists(
                out / "c.pdf",
                session=SESSION,
                entries=[entry],
                chamber=CHAMBER,
                printed_on=dt.date(2025, 8, 1),
            )
        )
        strings = _checklist_strings()
        report(
            "checklist (1 attendee, 12 items)",
            checklist,
            "canvas.drawString, same text",
            best_of(lambda: _baseline(strings, A4, 50)),
        )
        sheet = best_of(
            lambda: render_attendance_sheet(
                out / "s.pdf", session=SESSION, attendees=crowd, chamber=CHAMBER
            ),
            repeat=3,
        )
        cells = [
            v for a in crowd for v in (str(a.id), a.name_ar, a.name_lat, a.cin, a.phone, a.craft)
        ]
        baseline = best_of(lambda: _baseline(cells, landscape(A4), 36), repeat=3)
        pages = render_attendance_sheet(
            out / "s.pdf", session=SESSION, attendees=crowd, chamber=CHAMBER
        )
        report(
            f"attendance sheet (1,000 rows, {pages} pages)",
            sheet,
            "canvas.drawString, same cells",
            baseline,
        )
