"""Font embedding: Amiri embedded (subset, with a Unicode map) in every PDF; its text extracts."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

from fieldapp.documents import ChecklistEntry, render_attendance_sheet, render_checklists

from . import _samples as s


def _render(path: Path, attendee: object, **kwargs: object) -> None:
    options: dict[str, object] = {
        "session": s.session(),
        "chamber": s.CHAMBER_AR,
        "printed_on": s.PRINTED_ON,
    }
    options.update(kwargs)
    entry = ChecklistEntry(attendee, s.outcomes_ar(), "ref")  # type: ignore[arg-type]
    render_checklists(path, entries=[entry], **options)  # type: ignore[arg-type]


def _pdffonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: per font its name, type, and the emb / sub / uni columns."""
    out = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:  # a header and a rule
        name, kind, *rest = line.split()
        emb, sub, uni = rest[-5:-2]
        rows.append({"name": name, "type": kind, "emb": emb, "sub": sub, "uni": uni})
    return rows


@s.needs_pdftotext
def test_checklist_and_sheet_embed_amiri_subsets_with_a_unicode_map(tmp_path: Path) -> None:
    checklist, sheet = tmp_path / "c.pdf", tmp_path / "s.pdf"
    _render(checklist, s.fatima())
    render_attendance_sheet(
        sheet, session=s.session(), attendees=[s.fatima(), s.abdellah()], chamber=s.CHAMBER_AR
    )
    for path in (checklist, sheet):
        fonts = _pdffonts(path)
        faces = {font["name"].split("+", 1)[1] for font in fonts}
        assert faces == {"Amiri-Regular", "Amiri-Bold"}, path
        for font in fonts:
            assert (font["emb"], font["sub"], font["uni"]) == ("yes", "yes", "yes"), font


@s.needs_pdftotext
def test_arabic_and_accented_latin_text_extract(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    person = dataclasses.replace(s.fatima(), name_lat="Fatima Müller-Noël")
    _render(path, person)
    text = s.pdftotext(path)
    assert "Müller-Noël" in text
    assert "فاطمة" in text.replace("\u0640", "")
    assert s.CHAMBER_AR.split()[0] in text
