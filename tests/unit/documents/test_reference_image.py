"""Page 1 of a fixed Arabic checklist, rendered, against a reviewed reference image."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageStat

from fieldapp.documents import ChecklistEntry, render_checklists

from . import _samples as s

REFERENCE = Path(__file__).resolve().parents[2] / "data" / "documents" / "checklist_ar_ref.png"
SCALE = 60 / 72  # 60 dpi
TILE = 24  # pixels
# Mean absolute difference in grey levels (0-255), over the page and over the worst tile: the
# page mean alone hides a mirrored bracket (0.04), a tile mean does not (several levels).
PAGE_TOLERANCE = 0.5
TILE_TOLERANCE = 2.0


def render_page_one(tmp_path: Path) -> Image.Image:
    """Render page 1 of the reference checklist to a grey image."""
    path = tmp_path / "checklist.pdf"
    render_checklists(
        path,
        session=s.session(),
        entries=[ChecklistEntry(s.fatima(), s.outcomes_ar(), s.fatima().id)],
        chamber=s.CHAMBER_AR,
        printed_on=s.PRINTED_ON,
    )
    document = pdfium.PdfDocument(str(path))
    try:
        return document[0].render(scale=SCALE, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def differences(image: Image.Image, reference: Image.Image) -> tuple[float, float]:
    """Mean absolute difference over the page and over its worst TILE x TILE square."""
    diff = ImageChops.difference(image, reference)
    worst = 0.0
    for top in range(0, diff.height, TILE):
        for left in range(0, diff.width, TILE):
            box = (left, top, min(left + TILE, diff.width), min(top + TILE, diff.height))
            worst = max(worst, ImageStat.Stat(diff.crop(box)).mean[0])
    return ImageStat.Stat(diff).mean[0], worst


def test_page_one_matches_reviewed_reference(tmp_path: Path) -> None:
    image = render_page_one(tmp_path)
    reference = Image.open(REFERENCE).convert("L")
    assert image.size == reference.size
    page, tile = differences(image, reference)
    if page > PAGE_TOLERANCE or tile > TILE_TOLERANCE:
        failed = tmp_path / "checklist_ar_new.png"
        image.save(failed)
        raise AssertionError(
            f"page differs from the reference ({page:.2f}, tile {tile:.2f}): {failed}"
        )
