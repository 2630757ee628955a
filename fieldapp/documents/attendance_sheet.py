"""ورقة الحضور: the session's attendance sheet with an arrival and a signature column,
landscape A4: those who came first (with the time), then the pre-registered not arrived,
listed apart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, Table

from fieldapp.documents.attendance_labels import arrival_text, attendance_words
from fieldapp.documents.bidi_text import check_lang, is_rtl
from fieldapp.documents.fonts import BOLD, REGULAR
from fieldapp.documents.labels import labels, list_separator, session_line
from fieldapp.documents.pages import LANDSCAPE_A4, build_pdf
from fieldapp.documents.tables import GRID, Column, text_table
from fieldapp.documents.textflow import DirText
from fieldapp.domain.models import Attendance, AttendanceCounts, Attendee, Session

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


def _columns(words: Mapping[str, str], arrived: str, width: float) -> list[Column]:
    fixed = [
        Column(words["number"], 30, "center"),
        Column(words["name_ar"], 140),
        Column(words["name_lat"], 130),
        Column(words["cin"], 72, "center"),
        Column(words["phone"], 90, "center"),
        Column(words["craft"], 100),
        Column(arrived, 80, "center"),
    ]
    signature = width - sum(c.width for c in fixed)
    return [*fixed, Column(words["signature"], signature)]


def counts_line(counts: AttendanceCounts, lang: str) -> str:
    """`Present: 7 (of whom walk-ins: 2) · Expected, not arrived: 25 · Registered: 32`."""
    said = attendance_words(lang)
    colon = labels(lang)["colon"]
    parts = [
        f"{said['present']}{colon}{counts.present} ({said['walk_ins']}{colon}{counts.walk_ins})",
        f"{said['expected']}{colon}{counts.expected}",
    ]
    if counts.absent:
        parts.append(f"{said['absent']}{colon}{counts.absent}")
    parts.append(f"{said['registered']}{colon}{counts.total}")
    return " · ".join(parts)


def _rows(attendees: Sequence[Attendee], lang: str, *, start: int = 1) -> list[list[str]]:
    """Numbered rows: names, CIN, phone as people read it, craft, arrival, empty signature."""
    return [
        [
            str(n),
            a.name_ar,
            a.name_lat,
            a.cin,
            a.phone_display,
            a.craft,
            "" if a.status is Attendance.EXPECTED else arrival_text(a.status, a.arrival_time, lang),
            "",
        ]
        for n, a in enumerate(attendees, start=start)
    ]


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
    said = attendance_words(lang)
    rtl = is_rtl(lang)
    width = LANDSCAPE_A4[0] - 2 * MARGIN
    columns = _columns(words, said["arrived"], width)
    came = [a for a in attendees if a.status.arrived]
    not_arrived = [a for a in attendees if not a.status.arrived]
    counts = AttendanceCounts.of_statuses(a.status for a in attendees)
    story = session_block(
        session, words, lang=lang, chamber=chamber, title=words["attendance_title"]
    )
    story.append(DirText(counts_line(counts, lang), rtl=rtl, font_name=BOLD, size=10.5))
    story.append(Spacer(1, 3 * mm))
    if came or not not_arrived:
        story.append(
            text_table(columns, _rows(came, lang), rtl=rtl, min_row_height=SIGNATURE_ROW_HEIGHT)
        )
    if not_arrived:
        heading = said["not_arrived_heading"].format(n=len(not_arrived))
        story.append(
            DirText(heading, rtl=rtl, font_name=BOLD, size=11, space_before=10, space_after=4)
        )
        story.append(
            text_table(
                columns,
                _rows(not_arrived, lang, start=len(came) + 1),
                rtl=rtl,
                min_row_height=SIGNATURE_ROW_HEIGHT,
            )
        )
    story.append(_signature_blocks(organisers, words, rtl=rtl, width=width))
    return build_pdf(
        path,
        story,
        pagesize=LANDSCAPE_A4,
        margin=MARGIN,
        rtl=rtl,
        footer_start=f"{words['attendance_title']} — {session.place} — {session.date.isoformat()}",
        page_of=words["page_of"],
        title=f"{words['attendance_title']} — {session.place} {session.date.isoformat()}",
        author=chamber,
    )
