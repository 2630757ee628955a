"""ورقة الحضور: the session's attendance sheet with a signature column, landscape A4."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, Table

from fieldapp.documents.bidi_text import check_lang, is_rtl
from fieldapp.documents.fonts import BOLD, REGULAR
from fieldapp.documents.labels import labels, list_separator, session_line
from fieldapp.documents.pages import LANDSCAPE_A4, build_pdf, draw_footer
from fieldapp.documents.tables import GRID, Column, text_table
from fieldapp.documents.textflow import DirText
from fieldapp.domain.models import Attendee, Session

MARGIN = 12 * mm
SIGNATURE_ROW_HEIGHT = 10 * mm


def session_block(
    session: Session, words: Mapping[str, str], *, lang: str, chamber: str, title: str
) -> list[Flowable]:
    """Chamber, document title, place/venue/date, partners and topics."""
    rtl = is_rtl(lang)
    block: list[Flowable] = [
        DirText(chamber, rtl=rtl, font_name=BOLD, size=14),
        DirText(title, rtl=rtl, font_name=BOLD, size=13),
        DirText(session_line(session, words), rtl=rtl, size=10.5),
    ]
    sep = list_separator(lang)
    if session.partners:
        text = f"{words['partners']}{words['colon']}{sep.join(session.partners)}"
        block.append(DirText(text, rtl=rtl, size=10.5))
    if session.topics:
        block.append(
            DirText(
                f"{words['topics']}{words['colon']}{sep.join(session.topics)}", rtl=rtl, size=10.5
            )
        )
    block.append(HRFlowable(width="100%", thickness=0.8, spaceBefore=2, spaceAfter=6))
    return block


def _columns(words: Mapping[str, str], width: float) -> list[Column]:
    fixed = [
        Column(words["number"], 30, "center"),
        Column(words["name_ar"], 150),
        Column(words["name_lat"], 140),
        Column(words["cin"], 72, "center"),
        Column(words["phone"], 98, "center"),
        Column(words["craft"], 120),
    ]
    signature = width - sum(c.width for c in fixed)
    return [*fixed, Column(words["signature"], signature)]


def _signature_blocks(
    organisers: Sequence[str], words: Mapping[str, str], *, rtl: bool, width: float
) -> Flowable:
    names = list(organisers) or [words["chamber_rep"], words["partner_rep"]]
    per_row = min(3, len(names))
    cell_width = width / per_row
    rows: list[list[list[Flowable]]] = []
    for start in range(0, len(names), per_row):
        row: list[list[Flowable]] = [
            [
                DirText(name, rtl=rtl, font_name=BOLD, size=11),
                DirText(words["name_and_signature"], rtl=rtl, size=10),
                Spacer(1, 18 * mm),
            ]
            for name in names[start : start + per_row]
        ]
        row += [[]] * (per_row - len(row))
        rows.append(list(reversed(row)) if rtl else row)
    table = Table(rows, colWidths=[cell_width] * per_row)
    boxes = [
        ("BOX", (col, row), (col, row), 0.6, GRID)
        for row, cells in enumerate(rows)
        for col, cell in enumerate(cells)
        if cell
    ]
    table.setStyle(
        [
            *boxes,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    return KeepTogether([Spacer(1, 8 * mm), table])


def render_attendance_sheet(
    path: Path,
    *,
    session: Session,
    attendees: Sequence[Attendee],
    lang: str = "ar",
    chamber: str,
    organisers: Sequence[str] = (),
) -> int:
    """Write the attendance sheet of `session` (landscape A4) to `path`; return the page count.

    One row per attendee with an empty signature cell; the header row is repeated on every page,
    the columns run right to left for Arabic, and signature blocks for the organisers (or for
    the chamber's and the partner's representatives) close the document.
    """
    words = labels(check_lang(lang))
    rtl = is_rtl(lang)
    width = LANDSCAPE_A4[0] - 2 * MARGIN
    rows = [
        [str(n), a.name_ar, a.name_lat, a.cin, a.phone, a.craft, ""]
        for n, a in enumerate(attendees, start=1)
    ]
    story = session_block(
        session, words, lang=lang, chamber=chamber, title=words["attendance_title"]
    )
    story.append(
        text_table(_columns(words, width), rows, rtl=rtl, min_row_height=SIGNATURE_ROW_HEIGHT)
    )
    story.append(_signature_blocks(organisers, words, rtl=rtl, width=width))
    footer_start = f"{words['attendance_title']} — {session.place} — {session.date.isoformat()}"

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        draw_footer(
            canvas,
            page_width=LANDSCAPE_A4[0],
            margin=MARGIN,
            rtl=rtl,
            start_text=footer_start,
            end_text=words["page_of"].format(page=page, pages=pages),
        )

    return build_pdf(
        path,
        story,
        pagesize=LANDSCAPE_A4,
        margin=MARGIN,
        footer=footer,
        title=f"{words['attendance_title']} — {session.place} {session.date.isoformat()}",
        author=chamber,
    )
