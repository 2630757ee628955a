"""Arabic phrases on French and English pages, checked by where pdftotext finds each word."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import unicodedata
from pathlib import Path

from fieldapp.documents import ChecklistEntry, render_checklists
from fieldapp.domain.models import ChecklistItem, ItemKind, Outcome

from . import _samples as s

NAME = "خديجة «الحاجة» (أم سعيد)"
CRAFT = "Métier : صناعة السلال (الدوم)"
LAW = "Inscription (القانون 50.17) au registre"
_WORD = re.compile(
    r'<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="[0-9.]+">([^<]*)</word>'
)


def _words(pdf: Path) -> list[tuple[float, float, str]]:
    """(x, y, word) of every word; -bbox gives the drawn (visual) letters, so an Arabic word's
    letters are put back in reading order (presentation forms folded)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = []
    for x, y, word in _WORD.findall(out):
        text = unicodedata.normalize("NFKC", word)
        if any("\u0600" <= ch <= "\u06ff" for ch in text):
            text = text[::-1]
        words.append((float(x), float(y), text))
    return words


def _x(words: list[tuple[float, float, str]], y: float, letters: str) -> float:
    """The x of the word holding `letters` on the line at `y`."""
    return next(x for x, wy, word in words if abs(wy - y) < 2 and letters in word)


def _line_of(words: list[tuple[float, float, str]], letters: str) -> float:
    return next(y for _, y, word in words if letters in word)


@s.needs_pdftotext
def test_arabic_phrases_read_right_to_left_on_a_french_page(tmp_path: Path) -> None:
    person = dataclasses.replace(s.fatima(), name_ar=NAME)
    outcome = Outcome(
        id="o",
        title="Registre",
        explanation="",
        priority=1,
        items=(
            ChecklistItem("craft", ItemKind.STEP, CRAFT),
            ChecklistItem("law", ItemKind.STEP, LAW),
        ),
    )
    pdf = tmp_path / "fr.pdf"
    render_checklists(
        pdf,
        session=s.session_fr(),
        entries=[ChecklistEntry(attendee=person, outcomes=(outcome,), reference=person.id)],
        lang="fr",
        chamber=s.CHAMBER_FR,
        printed_on=s.PRINTED_ON,
    )
    words = _words(pdf)
    # the name: خديجة first on the right, then «الحاجة», then (أم سعيد) on the left
    y = _line_of(words, "خديجة")
    assert (
        _x(words, y, "خديجة") > _x(words, y, "الحاجة") > _x(words, y, "أم") > _x(words, y, "سعيد")
    )
    # «صناعة السلال (الدوم)» after the French words, read right to left
    y = _line_of(words, "صناعة")
    # (the lam-alef ligature comes back as one character: match السلال by its start)
    assert (
        _x(words, y, "Métier") < _x(words, y, "الدوم") < _x(words, y, "الس") < _x(words, y, "صناعة")
    )
    # «(القانون 50.17)»: the law's number on the left of «القانون», between the French words
    y = _line_of(words, "القانون")
    assert (
        _x(words, y, "Inscription")
        < _x(words, y, "50.17")
        < _x(words, y, "القانون")
        < _x(words, y, "registre")
    )
