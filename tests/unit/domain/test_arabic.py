from __future__ import annotations

import pytest

from fieldapp.domain.arabic import normalise_arabic, normalise_latin, normalise_name


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("احمد", "أحمد"),
        ("احمد", "إحمد"),
        ("امال", "آمال"),
        ("فاطمه", "فاطمة"),
        ("مصطفي", "مصطفى"),
        ("محمد", "مُحَمَّد"),
        ("محمد", "محـــمد"),
        ("عبد الله", "عبد   الله"),
    ],
)
def test_arabic_spelling_variants_fold_together(typed: str, stored: str) -> None:
    assert normalise_arabic(typed) == normalise_arabic(stored)


def test_latin_names_fold_case_and_accents() -> None:
    assert normalise_latin("Hélène  BENALI") == "helene benali"
    assert normalise_name("Aït Baâmrane") == "ait baamrane"


def test_arabic_indic_digits_become_ascii() -> None:
    assert normalise_arabic("١٩٨٥") == "1985"
