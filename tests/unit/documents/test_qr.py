"""The printed QR code reads back, with a barcode reader, as the text it was made from."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fieldapp.documents import ChecklistEntry, render_checklists
from fieldapp.documents.checklist import qr_code
from fieldapp.documents.qr import encode

from . import _samples as s


def _decoded(path: Path, *, dpi: float = 200) -> list[str]:
    """The text of every QR code a reader finds on page 1 of the PDF at `path`."""
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    return [found.text for found in zxingcpp.read_barcodes(image)]


def _references() -> list[str]:
    rnd = random.Random(7)
    alphabet = string.ascii_letters + string.digits + "-_:/. "
    fixed = ["0198a1b2-1111-7000-8000-000000000001", "a1", "7", "HELLO WORLD 42", "0612345678"]
    # Up to 150 characters: versions 1 to 10, so the version-information blocks (7+) too.
    return fixed + ["".join(rnd.choices(alphabet, k=rnd.randint(1, 150))) for _ in range(6)]


def test_printed_checklist_qr_reads_as_the_attendee_reference(tmp_path: Path) -> None:
    path = tmp_path / "checklist.pdf"
    person = s.fatima()
    render_checklists(
        path,
        session=s.session(),
        entries=[ChecklistEntry(person, s.outcomes_ar(), person.id)],
        chamber=s.CHAMBER_AR,
        printed_on=s.PRINTED_ON,
    )
    assert _decoded(path) == [person.id]


@pytest.mark.parametrize("reference", _references())
def test_qr_code_reads_back_as_its_text(tmp_path: Path, reference: str) -> None:
    side = 60 * mm
    flowable = qr_code(reference, side)
    path = tmp_path / "qr.pdf"
    canvas = Canvas(str(path), pagesize=(side + 40, side + 40))
    flowable.wrapOn(canvas, side, side)
    flowable.drawOn(canvas, 20, 20)
    canvas.save()
    assert _decoded(path) == [reference]


def test_symbols_cover_small_and_large_versions_at_level_m() -> None:
    symbols = [encode(reference) for reference in _references()]
    assert {symbol.error for symbol in symbols} <= {"M", "Q", "H"}  # M, or better for free
    assert not any(symbol.is_micro for symbol in symbols)
    versions = {int(symbol.version) for symbol in symbols}
    assert min(versions) <= 2 and max(versions) >= 7
