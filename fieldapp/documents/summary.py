"""The session summary: counts by gender, age, craft, province, outcome and origin, with charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Table

from fieldapp.documents.attendance_sheet import session_block
from fieldapp.documents.bidi_text import check_lang, is_rtl
from fieldapp.documents.charts import bar_chart, pie_chart
from fieldapp.documents.fonts import BOLD, REGULAR
from fieldapp.documents.labels import labels
from fieldapp.documents.pages import build_pdf, draw_footer
from fieldapp.documents.summary_stats import Breakdown, breakdowns, share
from fieldapp.documents.tables import Column, text_table
from fieldapp.documents.textflow import DirText
from fieldapp.domain.models import Attendee, Session

MARGIN = 14 * mm
TABLE_WIDTH = 250.0


def _section(part: Breakdown, *, total: int, lang: str, width: float) -> Flowable:
    words = labels(lang)
    rtl = is_rtl(lang)
    columns = [
        Column(words["category"], TABLE_WIDTH - 100),
        Column(words["count"], 50, "center"),
        Column(words["share"], 50, "center"),
    ]
    rows = [[label, str(count), share(count, total)] for label, count in part.rows]
    table = text_table(columns, rows, rtl=rtl, size=9)
    chart_width = width - TABLE_WIDTH - 12
    chart_height = 88.0 if part.pie else max(70.0, 15.0 * min(len(part.rows), 8) + 18)
    if part.pie:
        chart = pie_chart(
            part.rows, width=chart_width, height=chart_height, rtl=rtl, colon=words["colon"]
        )
    else:
        chart = bar_chart(
            part.rows, width=chart_width, height=chart_height, rtl=rtl, other=words["other"]
        )
    cells: list[Flowable] = [table, chart]
    widths = [TABLE_WIDTH + 12, chart_width]
    if rtl:
        cells.reverse()
        widths.reverse()
    row = Table([cells], colWidths=widths)
    row.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    heading = DirText(part.heading, rtl=rtl, font_name=BOLD, size=12, space_before=8, space_after=3)
    return KeepTogether([heading, row])


def render_summary(
    path: Path,
    *,
    session: Session,
    attendees: Sequence[Attendee],
    outcome_titles: Mapping[str, Sequence[str]],
    lang: str = "ar",
    chamber: str,
    today: dt.date,
) -> int:
    """Write the summary of `session` to `path` (A4) and return its page count.

    `outcome_titles` maps an attendee id to the titles (in `lang`) of that attendee's outcomes;
    attendees missing from it count as "no outcome". Ages are `today.year - birth_year`.
    """
    words = labels(check_lang(lang))
    rtl = is_rtl(lang)
    width = A4[0] - 2 * MARGIN
    story = session_block(session, words, lang=lang, chamber=chamber, title=words["summary_title"])
    story.append(
        DirText(
            f"{words['total']}{words['colon']}{len(attendees)}", rtl=rtl, font_name=BOLD, size=12
        )
    )
    for part in breakdowns(attendees, outcome_titles, lang=lang, today=today):
        story.append(_section(part, total=len(attendees), lang=lang, width=width))

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        draw_footer(
            canvas,
            page_width=A4[0],
            margin=MARGIN,
            rtl=rtl,
            start_text=words["printed_on"].format(date=today.isoformat()),
            end_text=words["page_of"].format(page=page, pages=pages),
        )

    return build_pdf(
        path,
        story,
        pagesize=A4,
        margin=MARGIN,
        footer=footer,
        title=f"{words['summary_title']} — {session.place} {session.date.isoformat()}",
        author=chamber,
    )
