"""The fast paths of the domain helpers give what the plain definitions give.

`normalise_name`, `normalise_cin`, `validate_phone` and `uuid7` run once or more per row of
every import, so they take shortcuts (translate tables, an ASCII path, phonenumbers' patterns
compiled once). These tests hold the shortcuts to the step-by-step definitions.
"""

from __future__ import annotations

import random
import re
import unicodedata
import uuid

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.domain.arabic import normalise_arabic, normalise_latin, normalise_name
from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.ids import uuid7
from fieldapp.domain.validators import normalise_cin, validate_phone

_ALEF_FORMS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_SPACES = re.compile(r"\s+")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def reference_arabic(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _HARAKAT.sub("", text).replace("\u0640", "")
    text = text.translate(_ALEF_FORMS).translate(_DIGITS)
    return _SPACES.sub(" ", text).strip()


def reference_latin(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def reference_cin(raw: str) -> str:
    return re.sub(r"[\s\-_.]", "", raw.translate(_DIGITS)).upper()


def reference_phone(raw: str) -> str | None:
    try:
        number = phonenumbers.parse(raw.translate(_DIGITS).strip(), "MA")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


NAME_PIECES = st.sampled_from(
    [
        "أحمد", "إبراهيم", "آمال", "ٱلله", "مصطفى", "فاطمة", "مؤمن", "هيئة", "مُحَمَّد", "محـــمد",
        "١٩٨٥", "۱۲", "Hélène", "BENALI", "Aït", "İstanbul", "ǅemal", "ﷺ", "ﻻ", "e\u0301",
        "\u0301", " ", "  ", "\t", "\u00a0", "\u2003", "\u200f", "ß", "Straße", "ﬁ", "x",
        "ا\u0653", "ي\u0654", "ه\u0654", "و\u0654", "ا\u0655", "ۀ", "ﻷ", "ﺃ", "ﻰ", "ﺓ", "ﺆ",
        "\u0654", "\u0670", "ـ", "\u06ed", "\u064b\u0651", "𝟘", "①", "ǈ", "Å", "\u0345",
        "ΐ", "ﷲ", "\u0651\u064e", "\x1c", "\u2028", "\U0001d165", "ẞ", "ﬀ",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=40),
    st.lists(NAME_PIECES, max_size=8).map("".join),
    st.lists(st.one_of(NAME_PIECES, st.text(max_size=3)), max_size=8).map("".join),
)


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_name_normalisation_matches_its_definition(text: str) -> None:
    assert normalise_arabic(text) == reference_arabic(text)
    assert normalise_latin(text) == reference_latin(text)
    assert normalise_name(text) == reference_latin(reference_arabic(text))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=12), st.from_regex(r"[A-Za-z]{1,2}[ \-.]?[0-9٠-٩]{3,7}")))
def test_cin_normalisation_matches_its_definition(raw: str) -> None:
    assert normalise_cin(raw) == reference_cin(raw)


def _phone_inputs() -> list[str]:
    """Every 3-digit start of a 9-digit national number, with random tails, written the ways
    people write them, and near misses (10 digits, 8 digits, other countries)."""
    rnd = random.Random(20250801)
    inputs: list[str] = []
    for start in range(1000):
        for _ in range(2):
            national = f"{start:03d}{rnd.randrange(10**6):06d}"
            spaced = " ".join(national[i : i + 2] for i in range(0, 9, 2))
            inputs += [
                "0" + national,
                "+212" + national,
                "00212" + national,
                "0" + spaced,
                "+212 " + spaced.replace(" ", "-"),
                "0" + national[:-1],
                "0" + national + "1",
                "212" + national,
                "+2120" + national,
            ]
    inputs += ["+33612345678", "0033612345678", "06.12.34.56.78", "٠٦١٢٣٤٥٦٧٨", " 0612345678 "]
    return inputs


def test_phone_shortcut_agrees_with_phonenumbers() -> None:
    for raw in _phone_inputs():
        expected = reference_phone(raw)
        if expected is None:
            with pytest.raises(ValidationFailed):
                validate_phone(raw)
        else:
            assert validate_phone(raw) == expected, raw


def test_uuid7_text_is_the_uuid_module_s() -> None:
    for _ in range(200):
        text = uuid7()
        assert str(uuid.UUID(text)) == text
        assert uuid.UUID(text).version == 7
