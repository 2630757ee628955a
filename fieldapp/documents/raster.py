"""PDF pages → raw RGB images (pypdfium2), for print previews and printing through a toolkit.

No GUI toolkit here: the caller wraps the bytes in its own image type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

POINTS_PER_INCH = 72.0


@dataclass(frozen=True, slots=True)
class PageImage:
    """One rendered page: 8-bit RGB rows of `stride` bytes, and the page size in points."""

    width: int
    height: int
    stride: int
    data: bytes
    width_pt: float
    height_pt: float


def page_count(path: Path) -> int:
    """How many pages the PDF at `path` has."""
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def iter_pages(path: Path, *, dpi: float = 150.0) -> Iterator[PageImage]:
    """Render each page of the PDF at `path` at `dpi`, in order."""
    document = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                width_pt, height_pt = page.get_size()
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
                try:
                    yield PageImage(
                        width=bitmap.width,
                        height=bitmap.height,
                        stride=bitmap.stride,
                        data=bytes(bitmap.buffer),
                        width_pt=width_pt,
                        height_pt=height_pt,
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()
    finally:
        document.close()


def render_pages(
    path: Path,
    *,
    dpi: float = 150.0,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[PageImage]:
    """Every page of the PDF as images; stops early (returning what it has) when cancelled."""
    total = page_count(path)
    pages: list[PageImage] = []
    for image in iter_pages(path, dpi=dpi):
        if cancelled is not None and cancelled():
            break
        pages.append(image)
        if progress is not None:
            progress(len(pages), total)
    return pages
