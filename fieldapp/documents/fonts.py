"""The bundled Amiri font: registered in ReportLab once, embedded in every PDF.

ReportLab has no font fallback, so one font must cover Arabic, Latin, digits and punctuation:
Amiri does (SIL OFL 1.1, licence in resources/fonts/OFL.txt).

Embedding: ReportLab gives each character a code in a 256-code subset in the order the
document first uses it, then builds and compresses a TrueType program for each subset when
the PDF is saved, about 2.5 ms per face per document. `preload_subset` gives the same
codes to ASCII, every Arabic presentation form, Arabic punctuation and digits and the usual
French accents at the start of each of our documents, so that the first subset of each face
is the same in every document; its font program is built and compressed once per process
(`_FixedSubsetFace`) and reused. Other characters go to further subsets, made as usual.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont, TTFontFace

from fieldapp.resources import resource_path

REGULAR = "Amiri"
BOLD = "Amiri-Bold"
_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}


@dataclass(frozen=True, slots=True)
class FontPair:
    """The registered regular and bold face names."""

    regular: str
    bold: str


# Filled into the first subset after ASCII (which ReportLab places at codes 32-127), in this
# order: the 159 free codes of that subset, so that it is full and never grows.
_PRELOAD_CANDIDATES = "".join(
    [
        *map(chr, range(0xFE80, 0xFEFD)),  # Arabic presentation forms B (letters, lam-alef)
        "\ufdf2\ufc43\ufc86",  # the Allah and lam-alef maksura ligatures the reshaper emits
        "\u060c\u061b\u061f\u066a\u0640",  # Arabic comma, semicolon, question, percent, tatweel
        *map(chr, range(0x0660, 0x066A)),  # Arabic-Indic digits
        "éèêàâçôîûùï«»–—’",  # French accents and punctuation
    ]
)
_SUBSET_SIZE = 256


class _FixedSubsetFace(TTFontFace):  # type: ignore[misc]
    """A face whose font program for the preloaded first subset is made once per process."""

    fixed_subset: tuple[int, ...] = ()
    _fixed_file: bytes | None = None
    _fixed_length = 0
    _lock = threading.Lock()

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
        """ReportLab's FontDescriptor and FontFile2 objects; the compressed program of the
        fixed subset comes from the cache (what ReportLab would write, byte for byte)."""
        if not doc.compression or tuple(subset) != self.fixed_subset:
            return super().addSubsetObjects(doc, fontname, subset)
        with self._lock:
            if self._fixed_file is None:
                raw = self.makeSubset(subset)
                self._fixed_length = len(raw)
                self._fixed_file = pdfdoc.PDFZCompress.encode(raw)
        font_file = pdfdoc.PDFStream(
            dictionary=pdfdoc.PDFDictionary(
                {
                    "Length1": self._fixed_length,
                    "Filter": pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)]),
                }
            ),
            content=self._fixed_file,
        )
        font_file_ref = doc.Reference(font_file, f"fontFile:{self.filename}({fontname})")
        # As TTFontFace.addSubsetObjects: a symbolic font of that file.
        flags = (self.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": self.ascent,
                "CapHeight": self.capHeight,
                "Descent": self.descent,
                "Flags": flags,
                "FontBBox": pdfdoc.PDFArray(self.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": self.italicAngle,
                "StemV": self.stemV,
                "FontFile2": font_file_ref,
                "MissingWidth": self.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)


class _FixedSubsetFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose fixed first subset's widths and ToUnicode map, like its program
    (see `_FixedSubsetFace`), are formatted and compressed once per process."""

    _fixed_widths: bytes | None = None
    _fixed_cmap: bytes | None = None

    def addObjects(self, doc: Any) -> None:
        """ReportLab's font objects, then the cached forms of the fixed subset's widths and
        ToUnicode stream put in place of the ones it just made (same bytes)."""
        state = self.state.get(doc)
        face = self.face
        fixed = (
            state is not None
            and doc.compression
            and isinstance(face, _FixedSubsetFace)
            and tuple(state.subsets[0]) == face.fixed_subset
        )
        internal_name = self.getSubsetInternalName(0, doc)[1:] if fixed else ""
        super().addObjects(doc)
        if not fixed:
            return
        pdf_font = doc.idToObject["BasicFonts"].dict[internal_name]
        base_name = b"".join((SUBSETN(0), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
        cmap = doc.idToObject["toUnicodeCMap:" + base_name]
        with _FixedSubsetFace._lock:
            if self._fixed_widths is None or self._fixed_cmap is None:
                self._fixed_widths = pdf_font.Widths.format(doc)
                self._fixed_cmap = pdfdoc.PDFZCompress.encode(cmap.content)
        pdf_font.Widths = self._fixed_widths
        cmap.content = self._fixed_cmap
        cmap.filters = None
        cmap.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])


@functools.cache
def _preload_text(font_name: str) -> str:
    cmap = pdfmetrics.getFont(font_name).face.charToGlyph
    return "".join(ch for ch in _PRELOAD_CANDIDATES if ord(ch) in cmap)


def preload_subset(doc: Any, font_name: str) -> None:
    """Give the preloaded characters their fixed codes in `doc` (a PDFDocument) for the face
    `font_name`, before anything is drawn. A face the document never uses is not embedded."""
    font = pdfmetrics.getFont(font_name)
    if isinstance(font, _FixedSubsetFont):
        font.splitString(_preload_text(font_name), doc)


def _fixed_subset(font: TTFont) -> tuple[int, ...]:
    class _Probe:  # a throwaway document key for the font's per-document state
        pass

    probe = _Probe()
    font.splitString(_preload_text(font.fontName), probe)
    subset = tuple(font.state[probe].subsets[0])
    del font.state[probe]
    return subset


@functools.cache
def register_fonts() -> FontPair:
    """Register Amiri regular and bold with ReportLab (once per process) and return their names."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"bundled font missing: {path}")
        font = _FixedSubsetFont(name, str(path))
        face = font.face
        face.__class__ = _FixedSubsetFace  # same object, one overridden method
        pdfmetrics.registerFont(font)
        face.fixed_subset = _fixed_subset(font)
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return FontPair(regular=REGULAR, bold=BOLD)


@functools.cache
def font_codepoints(font_name: str) -> frozenset[int]:
    """The code points the registered font `font_name` has a glyph for (its cmap)."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def missing_glyphs(text: str, font_name: str = REGULAR) -> set[str]:
    """Characters of `text` (other than whitespace) that `font_name` would print as a box."""
    cmap = font_codepoints(font_name)
    return {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}


def text_width(text: str, font_name: str, size: float) -> float:
    """Width in points of `text` (already shaped) in `font_name` at `size`."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font_name, size))


@functools.lru_cache(maxsize=8192)
def line_width(text: str, font_name: str, size: float) -> float:
    """`text_width`, cached: drawn lines (labels, crafts, checklist items) recur."""
    return text_width(text, font_name, size)
