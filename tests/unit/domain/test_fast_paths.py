"""The fast paths of the domain helpers give what the plain definitions give.

`normalise_name`, `normalise_cin` and `uuid7` run once or more per row of every import, so
they take shortcuts (translate tables, an ASCII path). These tests hold the shortcuts to the
step-by-step definitions. (Phones are validated through phonenumbers' public API only: no
shortcut to police.)
"""

from __future__ import annotations

import re
import unicodedata
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.domain.arabic import normalise_arabic, normalise_latin, normalise_name
from fieldapp.domain.ids import uuid7
from fieldapp.domain.validators import normalise_cin

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


def test_uuid7_text_is_the_uuid_module_s() -> None:
    for _ in range(200):
        text = uuid7()
        assert str(uuid.UUID(text)) == text
        assert uuid.UUID(text).version == 7
