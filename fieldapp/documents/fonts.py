"""The bundled Amiri font: registered in ReportLab once, embedded in every PDF.

ReportLab has no font fallback, so one font must cover Arabic, Latin, digits and punctuation:
Amiri does (SIL OFL 1.1, licence in resources/fonts/OFL.txt). It is registered as ReportLab
documents (`pdfmetrics.registerFont(TTFont(...))`), which embeds in each PDF a subset of the
characters that PDF uses, with a ToUnicode map so its text can be searched and copied.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fieldapp.resources import resource_path

REGULAR = "Amiri"
BOLD = "Amiri-Bold"
_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}


@dataclass(frozen=True, slots=True)
class FontPair:
    """The registered regular and bold face names."""

    regular: str
    bold: str


@functools.cache
def register_fonts() -> FontPair:
    """Register Amiri regular and bold with ReportLab (once per process) and return their names."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"bundled font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
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
