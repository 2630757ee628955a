"""The session summary: who came (present, walk-ins, expected not arrived), then those present
by gender, age, craft, province, outcome and origin, with charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from fieldapp.documents.attendance_labels import attendance_words
from fieldapp.documents.attendance_sheet import counts_line, session_block
from fieldapp.documents.bidi_text import check_lang, is_rtl
from fieldapp.documents.charts import bar_chart, pie_chart
from fieldapp.documents.fonts import BOLD
from fieldapp.documents.labels import labels
from fieldapp.documents.pages import build_pdf
from fieldapp.documents.summary_stats import Breakdown, attendance_breakdown, breakdowns, share
from fieldapp.documents.tables import Column, side_by_side, text_table
from fieldapp.documents.textflow import DirText
from fieldapp.domain.models import AttendanceCounts, Attendee, Session

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
    # The chart draws the very rows of the table beside it.
    chart: Flowable
    if part.pie:
        chart = pie_chart(part.rows, width=chart_width, height=88.0, rtl=rtl, colon=words["colon"])
    else:
        chart = bar_chart(part.rows, width=chart_width, rtl=rtl)
    row = side_by_side([table, chart], [TABLE_WIDTH + 12, chart_width], rtl=rtl)
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
    crafts: Mapping[str, str] | None = None,
) -> int:
    """Write the summary of `session` to `path` (A4) and return its page count.

    Counts first: present (walk-ins among them), expected not arrived, absent; then every
    breakdown of those present, percentages over those present. `outcome_titles` maps an
    attendee id to the titles (in `lang`) of that attendee's outcomes (missing: "no outcome");
    `crafts` the craft answered in the questionnaire (missing: the craft typed at
    registration). Ages are `today.year - birth_year`.
    """
    words = labels(check_lang(lang))
    said = attendance_words(lang)
    rtl = is_rtl(lang)
    width = A4[0] - 2 * MARGIN
    counts = AttendanceCounts.of_statuses(a.status for a in attendees)
    story = session_block(session, words, lang=lang, chamber=chamber, title=words["summary_title"])
    story.append(DirText(counts_line(counts, lang), rtl=rtl, font_name=BOLD, size=12))
    story.append(
        _section(attendance_breakdown(counts, lang), total=counts.total, lang=lang, width=width)
    )
    story.append(
        DirText(
            said["shares_over_present"].format(n=counts.present, total=counts.total),
            rtl=rtl,
            size=10,
            space_before=6,
        )
    )
    parts = breakdowns(attendees, outcome_titles, lang=lang, today=today, crafts=crafts)
    for part in parts:
        story.append(_section(part, total=counts.present, lang=lang, width=width))
    return build_pdf(
        path,
        story,
        pagesize=A4,
        margin=MARGIN,
        rtl=rtl,
        footer_start=words["printed_on"].format(date=today.isoformat()),
        page_of=words["page_of"],
        title=f"{words['summary_title']} — {session.place} {session.date.isoformat()}",
        author=chamber,
    )
