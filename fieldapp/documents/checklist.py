"""The attendee's printed checklist: next steps, documents to bring, where to go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, PageBreak, Spacer, Table

from fieldapp.documents.bidi_text import check_lang, is_rtl, paragraph_rtl
from fieldapp.documents.fonts import BOLD
from fieldapp.documents.labels import kind_label, labels, session_line
from fieldapp.documents.pages import GroupStart, build_pdf
from fieldapp.documents.pages import page_size as lookup_page_size
from fieldapp.documents.qr import QrCodeFlowable
from fieldapp.documents.tables import side_by_side
from fieldapp.documents.textflow import DirText, TickItem
from fieldapp.domain.models import Attendee, ItemKind, Outcome, Session

_GREY: Color = HexColor("#444444")
_KIND_ORDER = (ItemKind.STEP, ItemKind.DOCUMENT, ItemKind.PLACE)


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    """One attendee's page(s): the attendee, their outcomes in priority order, and the text the
    QR code carries (e.g. the attendee id)."""

    attendee: Attendee
    outcomes: Sequence[Outcome]
    reference: str


@dataclass(frozen=True, slots=True)
class _Layout:
    rtl: bool
    size: float
    words: Mapping[str, str]


def qr_code(reference: str, side: float) -> Flowable:
    """A square QR code of `side` points carrying `reference` (drawn straight on the canvas, so
    the page references no font but Amiri): see `fieldapp.documents.qr`."""
    return QrCodeFlowable(reference, side)


def _attendee_block(entry: ChecklistEntry, layout: _Layout, width: float) -> Table:
    words, rtl, size = layout.words, layout.rtl, layout.size
    person = entry.attendee
    info: list[Flowable] = []
    if person.name_ar:
        info.append(DirText(person.name_ar, rtl=rtl, font_name=BOLD, size=size + 4))
    if person.name_lat:
        info.append(DirText(person.name_lat, rtl=rtl, font_name=BOLD, size=size + 2))
    if person.cin:
        info.append(DirText(f"{words['cin']}{words['colon']}{person.cin}", rtl=rtl, size=size))
    if person.phone:
        phone = person.phone_display  # the national form artisans know: 06 12 34 56 78
        info.append(DirText(f"{words['phone']}{words['colon']}{phone}", rtl=rtl, size=size))
    side = 24 * mm if size > 10 else 20 * mm
    qr: list[Flowable] = [
        qr_code(entry.reference, side),
        DirText(entry.reference, rtl=False, size=6.0),
    ]
    return side_by_side([info, qr], [width - side - 4, side + 4], rtl=rtl)


def _outcome_flowables(number: int, outcome: Outcome, layout: _Layout) -> list[Flowable]:
    rtl, size = layout.rtl, layout.size
    inset = size * 1.2
    head: list[Flowable] = [
        DirText(
            f"{number}. {outcome.title}",
            rtl=paragraph_rtl(outcome.title, page_rtl=rtl),
            font_name=BOLD,
            size=size + 2,
            space_before=size,
        )
    ]
    if outcome.explanation:
        explanation_rtl = paragraph_rtl(outcome.explanation, page_rtl=rtl)
        head.append(DirText(outcome.explanation, rtl=explanation_rtl, size=size, color=_GREY))
    groups: list[list[Flowable]] = []
    for kind in _KIND_ORDER:
        items = [item for item in outcome.items if item.kind is kind]
        if not items:
            continue
        group: list[Flowable] = [
            DirText(
                kind_label(kind, layout.words["_lang"]),
                rtl=rtl,
                font_name=BOLD,
                size=size,
                inset=inset * 0.5,
                space_before=size * 0.4,
            )
        ]
        group.extend(
            TickItem(item.text, rtl=paragraph_rtl(item.text, page_rtl=rtl), size=size, inset=inset)
            for item in items
        )
        groups.append(group)
    if not groups:
        return [KeepTogether(head)]
    first, *rest = groups
    story: list[Flowable] = [KeepTogether(head + first[:2]), *first[2:]]
    for group in rest:
        story.append(KeepTogether(group[:2]))
        story.extend(group[2:])
    return story


def _entry_story(
    entry: ChecklistEntry, session: Session, layout: _Layout, chamber: str, width: float
) -> list[Flowable]:
    words, rtl, size = layout.words, layout.rtl, layout.size
    story: list[Flowable] = [
        DirText(chamber, rtl=rtl, font_name=BOLD, size=size + 3),
        DirText(session_line(session, words), rtl=rtl, size=size),
        HRFlowable(width="100%", thickness=0.8, spaceBefore=2, spaceAfter=6),
        DirText(words["checklist_title"], rtl=rtl, font_name=BOLD, size=size + 3, space_after=4),
        _attendee_block(entry, layout, width),
        HRFlowable(width="100%", thickness=0.4, spaceBefore=4, spaceAfter=2),
    ]
    if not entry.outcomes:
        story.append(Spacer(1, size))
        story.append(DirText(words["not_completed"], rtl=rtl, font_name=BOLD, size=size + 1))
    for number, outcome in enumerate(entry.outcomes, start=1):
        story.extend(_outcome_flowables(number, outcome, layout))
    return story


def render_checklists(
    path: Path,
    *,
    session: Session,
    entries: Sequence[ChecklistEntry],
    lang: str = "ar",
    page_size: str = "A4",
    chamber: str,
    printed_on: dt.date,
) -> int:
    """Write one PDF holding a checklist per entry (each starting on a new page) to `path`.

    Returns the page count. Footers carry the printed date and "page X of Y" counted per
    attendee. Raises ValueError for an unknown `lang` or `page_size`, or no entries.
    """
    words = dict(labels(check_lang(lang)))
    words["_lang"] = lang
    pagesize = lookup_page_size(page_size)
    if not entries:
        raise ValueError("render_checklists needs at least one entry")
    small = page_size == "A5"
    layout = _Layout(rtl=is_rtl(lang), size=9.5 if small else 11.0, words=words)
    margin = (10 if small else 15) * mm
    width = pagesize[0] - 2 * margin
    story: list[Flowable] = []
    for index, entry in enumerate(entries):
        if index:
            story.append(PageBreak())
        story.append(GroupStart(index))
        story.extend(_entry_story(entry, session, layout, chamber, width))
    title = words["checklist_title"]
    if len(entries) == 1:
        title = f"{title} — {entries[0].attendee.display_name}"
    return build_pdf(
        path,
        story,
        pagesize=pagesize,
        margin=margin,
        rtl=layout.rtl,
        footer_start=words["printed_on"].format(date=printed_on.isoformat()),
        page_of=words["page_of"],
        title=title,
        author=chamber,
    )
