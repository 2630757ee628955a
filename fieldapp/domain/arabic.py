"""Normalisation of Arabic and Latin text for search and for matching people.

Stored text is always what the user typed; these functions build the search keys only.
"""

from __future__ import annotations

import re
import unicodedata

_ALEF_FORMS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_TATWEEL = "\u0640"
# Harakat (fathatan .. sukun), superscript alef, Quranic marks.
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_SPACES = re.compile(r"\s+")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def normalise_arabic(text: str) -> str:
    """Fold the spelling variants of Arabic names so that `احمد` matches `أحمد`.

    Folds hamza carriers onto their bare letter, alef maqsura onto ya, ta marbuta onto ha,
    strips tatweel and harakat and collapses whitespace.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _HARAKAT.sub("", text).replace(_TATWEEL, "")
    text = text.translate(_ALEF_FORMS).translate(_ARABIC_DIGITS)
    return _SPACES.sub(" ", text).strip()


def normalise_latin(text: str) -> str:
    """Casefold and strip accents, so that `Hélène` matches `helene`."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def normalise_name(text: str) -> str:
    """Search key for any name: Arabic folding then Latin folding."""
    return normalise_latin(normalise_arabic(text))


def western_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits by ASCII digits."""
    return text.translate(_ARABIC_DIGITS)
