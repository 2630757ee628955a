"""Font embedding: a fixed first subset per face, its program made once and reused."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from arabic_reshaper.ligatures import LIGATURES
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from fieldapp.documents import ChecklistEntry, render_checklists
from fieldapp.documents.bidi_text import _reshaper, shape
from fieldapp.documents.fonts import BOLD, REGULAR, register_fonts

from . import _samples as s


def _fixed(font_name: str) -> tuple[int, ...]:
    register_fonts()
    return tuple(pdfmetrics.getFont(font_name).face.fixed_subset)


def _font_programs(path: Path) -> dict[str, tuple[str, bytes]]:
    """BaseFont and decompressed font program of every font on page 1, by resource name."""
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    out = {}
    for key, ref in fonts.items():
        font = ref.get_object()
        if "/FontDescriptor" not in font:  # a standard font, not embedded
            continue
        stream = font["/FontDescriptor"].get_object()["/FontFile2"].get_object()
        out[key] = (str(font["/BaseFont"]), stream.get_data())
    return out


def _render(path: Path, attendee: object, **kwargs: object) -> None:
    options: dict[str, object] = {
        "session": s.session(),
        "chamber": s.CHAMBER_AR,
        "printed_on": s.PRINTED_ON,
    }
    options.update(kwargs)
    entry = ChecklistEntry(attendee, s.outcomes_ar(), "ref")  # type: ignore[arg-type]
    render_checklists(path, entries=[entry], **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("font_name", [REGULAR, BOLD])
def test_fixed_subset_is_full_and_holds_every_form_the_reshaper_emits(font_name: str) -> None:
    fixed = set(_fixed(font_name))
    assert len(_fixed(font_name)) == 256
    reshaper = _reshaper(font_name)
    for name, (_, forms) in LIGATURES:
        if reshaper.configuration.getboolean(name):
            assert {ord(f) for f in forms if f} <= fixed, name
    texts = [s.CHAMBER_AR, s.LONG_ITEM, "عبد الله أوعلي، لا إلى ؟ ٪ ٢٠٢٥"]
    texts += [o.title + o.explanation + "".join(i.text for i in o.items) for o in s.outcomes_ar()]
    for text in texts:
        assert {ord(c) for c in shape(text, font_name)} <= fixed | {0x20}


def test_fixed_subset_program_is_reportlabs_and_shared_by_documents(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    _render(first, s.fatima())
    _render(second, s.abdellah())
    programs = _font_programs(first)
    assert programs == _font_programs(second)
    by_face = {base.split("+")[1]: data for key, (base, data) in programs.items() if "+0" in key}
    assert set(by_face) == {"Amiri-Regular", "Amiri-Bold"}
    for font_name, face_name in ((REGULAR, "Amiri-Regular"), (BOLD, "Amiri-Bold")):
        face = pdfmetrics.getFont(font_name).face
        assert by_face[face_name] == face.makeSubset(list(face.fixed_subset))


def test_characters_outside_the_fixed_subset_get_a_subset_of_their_own(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    person = dataclasses.replace(s.fatima(), name_lat="Fatima Müller-Noël")
    _render(path, person)
    names = {base for base, _ in _font_programs(path).values()}
    assert any(name.startswith("/AAAAAB+") for name in names)  # a second subset
    assert "Müller-Noël" in s.pdftotext(path)


def test_canvas_without_preload_embeds_as_reportlab_does(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    path = tmp_path / "plain.pdf"
    canvas = Canvas(str(path))
    canvas.setFont(REGULAR, 12)
    canvas.drawString(72, 72, shape("غرفة الصناعة التقليدية"))
    canvas.save()
    [(_, data)] = _font_programs(path).values()
    # Its own subset of the characters drawn, not the fixed one (which stays for our PDFs).
    assert len(data) < len(pdfmetrics.getFont(REGULAR).face.makeSubset(list(_fixed(REGULAR))))


def test_cached_embedding_writes_the_bytes_reportlab_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    from fieldapp.documents import fonts

    cached = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    for path in cached:
        _render(path, s.fatima())
    monkeypatch.setattr(fonts._FixedSubsetFace, "addSubsetObjects", TTFontFace.addSubsetObjects)
    monkeypatch.setattr(fonts._FixedSubsetFont, "addObjects", TTFont.addObjects)
    plain = tmp_path / "plain.pdf"
    _render(plain, s.fatima())
    assert cached[0].read_bytes() == cached[1].read_bytes() == plain.read_bytes()
