"""Documents: one Arabic checklist, a session's batch of 300 checklists and a 1,000-row
attendance sheet, each against the time a user waits for it (`LIMITS_MS`), and beside a bare
ReportLab baseline drawing the same strings with the same font (no shaping, no table), for
information.

The first render of each (fonts, caches) is outside the timing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from bench.results import Result
from bench.timing import median_times, ms, progress
from fieldapp.documents import ChecklistEntry, render_attendance_sheet, render_checklists
from fieldapp.documents.fonts import REGULAR, register_fonts
from fieldapp.domain.models import Attendee, ChecklistItem, Gender, ItemKind, Outcome, Session

# What a user waits for: the checklist printed while the artisan stands at the desk, the
# session's batch printed at the end of the day, the sheet signed at the door.
LIMITS_MS = {"checklist": 25.0, "batch": 5000.0, "sheet": 1000.0}
BATCH = 300
SHEET_ROWS = 1000

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


def _crowd(count: int) -> list[Attendee]:
    return [
        dataclasses.replace(PERSON, id=f"a{i}", cin=f"JA{100000 + i}", name_lat=f"Fatima {i}")
        for i in range(count)
    ]


def run(*, quick: bool = False) -> list[Result]:
    """The checklist (median of 9 renders, quick 5), the batch and the sheet (median of 3,
    quick 1), each beside its baseline, the two interleaved. Sizes are the same when quick."""
    register_fonts()
    crowd = _crowd(max(BATCH, SHEET_ROWS))
    strings = _checklist_strings()
    with tempfile.TemporaryDirectory(prefix="bench_documents_") as folder:
        out = Path(folder)

        def checklists(path: Path, people: list[Attendee]) -> None:
            entries = [ChecklistEntry(person, OUTCOMES, person.id) for person in people]
            render_checklists(
                path,
                session=SESSION,
                entries=entries,
                chamber=CHAMBER,
                printed_on=dt.date(2025, 8, 1),
            )

        checklists(out / "c.pdf", [PERSON])
        checklist, checklist_baseline = median_times(
            [lambda: checklists(out / "c.pdf", [PERSON]), lambda: _baseline(strings, A4, 50)],
            repeat=5 if quick else 9,
        )
        progress(f"  checklist: {ms(checklist):.1f} ms")
        batch, batch_baseline = median_times(
            [
                lambda: checklists(out / "b.pdf", crowd[:BATCH]),
                lambda: _baseline(strings * BATCH, A4, 50),
            ],
            repeat=1 if quick else 3,
        )
        progress(f"  batch of {BATCH}: {ms(batch):.0f} ms")
        people = crowd[:SHEET_ROWS]
        cells = [
            v for a in people for v in (str(a.id), a.name_ar, a.name_lat, a.cin, a.phone, a.craft)
        ]
        pages = render_attendance_sheet(
            out / "s.pdf", session=SESSION, attendees=people, chamber=CHAMBER
        )
        sheet, sheet_baseline = median_times(
            [
                lambda: render_attendance_sheet(
                    out / "s.pdf", session=SESSION, attendees=people, chamber=CHAMBER
                ),
                lambda: _baseline(cells, landscape(A4), 36),
            ],
            repeat=1 if quick else 3,
        )
    return [
        Result(
            "checklist PDF (1 attendee, 12 items)",
            "ms",
            ms(checklist),
            "canvas.drawString, same strings",
            ms(checklist_baseline),
            limit=LIMITS_MS["checklist"],
        ),
        Result(
            f"batch of {BATCH} checklists, one PDF",
            "ms",
            ms(batch),
            "canvas.drawString, same strings",
            ms(batch_baseline),
            limit=LIMITS_MS["batch"],
        ),
        Result(
            f"attendance sheet PDF ({SHEET_ROWS:,} rows, {pages} pages)",
            "ms",
            ms(sheet),
            "canvas.drawString, same cells",
            ms(sheet_baseline),
            limit=LIMITS_MS["sheet"],
        ),
    ]
