"""Page set-up shared by the PDFs: sizes, footers with "page X of Y", atomic output."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from fieldapp.atomic import atomic_write
from fieldapp.documents.bidi_text import display_line
from fieldapp.documents.fonts import REGULAR, register_fonts

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "A5": A5}
LANDSCAPE_A4 = landscape(A4)

# Called once per page when the document is saved: (canvas, page within its group, pages in
# the group). A group is the whole document unless GroupStart markers split it (one group per
# attendee in a batch of checklists).
FooterPainter = Callable[[Canvas, int, int], None]


def page_size(name: str) -> tuple[float, float]:
    """The (width, height) of the page size `name` ("A4" or "A5"); ValueError otherwise."""
    try:
        return PAGE_SIZES[name]
    except KeyError:
        raise ValueError(
            f"unsupported page size {name!r}: expected one of {', '.join(PAGE_SIZES)}"
        ) from None


class GroupStart(Flowable):  # type: ignore[misc]
    """Invisible marker: the pages from here on are numbered as a new group."""

    def __init__(self, group: int) -> None:
        super().__init__()
        self.group = group
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Take no room."""
        return 0, 0

    def draw(self) -> None:
        """Tell the canvas that its pages from here on belong to the new group."""
        if isinstance(self.canv, _NumberedCanvas):
            self.canv.group = self.group


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that draws "page X of Y" on every page once Y is known, with ReportLab's public
    form XObjects: each page shows a form (`doForm`) named after it, and `save` defines every
    form (`beginForm`/`endForm`) when the pages of each group have been counted. A PDF may use
    a form before defining it, so no page is held back."""

    footer: FooterPainter
    page_counts: list[int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.group = 0
        self.page_groups: list[int] = []

    def showPage(self) -> None:
        """Place the page's footer form, then finish the page."""
        self.page_groups.append(self.group)
        self.doForm(_footer_form(len(self.page_groups)))
        super().showPage()

    def save(self) -> None:
        """Define each page's footer form, now that every group's page total is known."""
        totals = Counter(self.page_groups)
        seen: Counter[int] = Counter()
        for page, group in enumerate(self.page_groups, start=1):
            seen[group] += 1
            self.beginForm(_footer_form(page))
            self.footer(self, seen[group], totals[group])
            self.endForm()
        self.page_counts.append(len(self.page_groups))
        super().save()


def _footer_form(page: int) -> str:
    return f"fieldapp_footer_{page}"


def _canvas_class(footer: FooterPainter, page_counts: list[int]) -> type[Canvas]:
    """A `_NumberedCanvas` that paints `footer` and notes the page count in `page_counts`."""
    return type(
        "NumberedCanvas",
        (_NumberedCanvas,),
        {"footer": staticmethod(footer), "page_counts": page_counts},
    )


def draw_footer(
    canvas: Canvas,
    *,
    page_width: float,
    margin: float,
    rtl: bool,
    start_text: str,
    end_text: str,
    size: float = 9.0,
) -> None:
    """Draw `start_text` on the reading-start side of the bottom margin, `end_text` on the other."""
    canvas.saveState()
    canvas.setFont(REGULAR, size)
    y = margin * 0.55
    canvas.setLineWidth(0.4)
    canvas.line(margin, y + size * 1.4, page_width - margin, y + size * 1.4)
    start, end = display_line(start_text, rtl=rtl), display_line(end_text, rtl=rtl)
    if rtl:
        canvas.drawRightString(page_width - margin, y, start)
        canvas.drawString(margin, y, end)
    else:
        canvas.drawString(margin, y, start)
        canvas.drawRightString(page_width - margin, y, end)
    canvas.restoreState()


def build_pdf(
    path: Path,
    story: Sequence[Flowable],
    *,
    pagesize: tuple[float, float],
    margin: float,
    rtl: bool,
    footer_start: str,
    page_of: str,
    title: str,
    author: str,
) -> int:
    """Lay `story` out, write the PDF to `path` atomically and return its page count.

    Every page's footer (`draw_footer`) shows `footer_start` on the reading-start side and
    `page_of` (a text with `{page}` and `{pages}`, counted per group) on the other.
    """

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        draw_footer(
            canvas,
            page_width=pagesize[0],
            margin=margin,
            rtl=rtl,
            start_text=footer_start,
            end_text=page_of.format(page=page, pages=pages),
        )

    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 8 * mm,
        title=title,
        author=author,
        creator="fieldapp",
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
    )
    page_counts: list[int] = []
    document.build(list(story), canvasmaker=_canvas_class(footer, page_counts))
    with atomic_write(Path(path)) as handle:
        handle.write(buffer.getvalue())
    return page_counts[-1]
