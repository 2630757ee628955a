"""Page output shared by the PDFs: page streams compressed (ReportLab's pageCompression),
still readable."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from fieldapp.documents import ChecklistEntry, render_attendance_sheet, render_checklists

from . import _samples as s


def test_page_streams_are_flate_compressed(tmp_path: Path) -> None:
    checklist, sheet = tmp_path / "c.pdf", tmp_path / "s.pdf"
    render_checklists(
        checklist,
        session=s.session(),
        entries=[ChecklistEntry(s.fatima(), s.outcomes_ar(), "ref")],
        chamber=s.CHAMBER_AR,
        printed_on=s.PRINTED_ON,
    )
    render_attendance_sheet(
        sheet, session=s.session(), attendees=[s.fatima()] * 30, chamber=s.CHAMBER_AR
    )
    for path in (checklist, sheet):
        pages = PdfReader(path).pages
        assert len(pages) >= 1
        for page in pages:
            contents = page["/Contents"].get_object()
            filters = contents["/Filter"]
            assert "/FlateDecode" in (filters if isinstance(filters, list) else [filters])
            data = contents.get_data()
            assert b" Tj" in data and b"BT" in data  # decodes to text operators
