"""The fast QR layout gives exactly ReportLab's symbol: codewords, mask choice and modules."""

from __future__ import annotations

import io
import itertools
import random
import string

import pytest
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCode
from reportlab.pdfgen.canvas import Canvas

from fieldapp.documents.checklist import qr_code
from fieldapp.documents.qr import FastQrCode, _rows_as_ints, lost_points


def _references() -> list[str]:
    rnd = random.Random(7)
    alphabet = string.ascii_letters + string.digits + "-_:/. "
    fixed = ["0198a1b2-1111-7000-8000-000000000001", "a1", "7", "HELLO WORLD 42", "0612345678"]
    # Up to 150 characters: versions 1 to 11, so the version-information blocks (7+) too.
    return fixed + ["".join(rnd.choices(alphabet, k=rnd.randint(1, 150))) for _ in range(15)]


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_symbol_is_the_one_reportlab_makes(level: str) -> None:
    versions = set()
    for reference in _references():
        slow = QrCode(reference, qrLevel=level)
        slow.qr.make()
        fast = FastQrCode(reference, qrLevel=level)
        fast.qr.make()
        assert fast.qr.version == slow.qr.version
        assert fast.qr.dataCache == slow.qr.dataCache, reference
        assert fast.qr.modules == slow.qr.modules, reference
        versions.add(slow.qr.version)
    assert min(versions) <= 2 and max(versions) >= 7


def test_lost_points_match_reportlab_for_every_mask() -> None:
    for reference in _references()[:8]:
        symbol = QrCode(reference, qrLevel="M").qr
        symbol.version = symbol.calculate_version()
        for pattern in range(8):
            symbol.makeImpl(True, pattern)
            expected = qrencoder.QRUtil.getLostPoint(symbol)
            assert lost_points(_rows_as_ints(symbol.modules), symbol.moduleCount) == expected
        assert FastQrCode(reference, qrLevel="M").qr.getBestMaskPattern() == (
            symbol.getBestMaskPattern()
        )


def test_drawing_fills_one_rectangle_per_run_of_dark_modules() -> None:
    flowable = qr_code("0198a1b2-1111-7000-8000-000000000001", 68)
    canvas = Canvas(io.BytesIO())
    flowable.drawOn(canvas, 10, 10)
    code = " ".join(canvas._code)
    runs = sum(dark for row in flowable.qr.modules for dark, _ in itertools.groupby(row))
    assert code.count(" re f") == runs
    border, count = flowable.qrBorder, flowable.qr.getModuleCount()
    side = 68 / (count + 2 * border)
    assert f"{side:.6g}"[:5] in code  # the module scale, set once
