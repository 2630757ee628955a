"""Normalisation of Arabic and Latin text for search and for matching people.

Stored text is always what the user typed; these functions build the search keys only.

They run for every name of every import (twice per attendee), so the folding is done with
`str.translate` tables instead of per-character Python loops; the results are the same as
the step-by-step definitions in the docstrings (a test compares them on random text).
"""

from __future__ import annotations

import functools
import unicodedata

_ALEF_FORMS: dict[str, int | str | None] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
}
_TATWEEL = "\u0640"
# Harakat (fathatan .. sukun), superscript alef, Quranic marks.
_HARAKAT = [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)]
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# One pass for everything `normalise_arabic` folds after NFKC: the four sets of characters
# (harakat and tatweel, removed; hamza carriers and the like; Eastern digits) are disjoint
# and none maps onto another, so one table gives what applying them in turn gives.
_ARABIC_FOLD: dict[int, int | str | None] = {
    **{code: None for code in _HARAKAT},
    ord(_TATWEEL): None,
    **str.maketrans(_ALEF_FORMS),
    **_ARABIC_DIGITS,
}


class _LazyTable(dict[int, int | str | None]):
    """A `str.translate` table: `base`'s entries, and combining marks
    (`unicodedata.combining(ch) != 0`) deleted when `drop_marks`. Characters are added as
    they are met, mapped to themselves when nothing applies, so that `translate` finds every
    character it has seen before (a miss costs it an exception) and Unicode's ~1,000 marks
    need not be listed up front."""

    _LIMIT = 100_000

    def __init__(self, base: dict[int, int | str | None], *, drop_marks: bool) -> None:
        super().__init__(base)
        self._drop_marks = drop_marks

    def __missing__(self, code: int) -> int | str | None:
        value = None if self._drop_marks and unicodedata.combining(chr(code)) else code
        if len(self) < self._LIMIT:
            self[code] = value
        return value


# `normalise_arabic`'s folding, after NFKC.
_FOLD_TABLE = _LazyTable(_ARABIC_FOLD, drop_marks=False)
# `normalise_latin`'s mark dropping, after NFKD.
_MARKS_TABLE = _LazyTable({}, drop_marks=True)
# Both at once, after NFKD, for `normalise_name`: NFKD(fold(NFKC(t))) with marks dropped
# equals NFKD(t) with marks dropped and then folded. NFKD(NFKC(t)) is NFKD(t); the hamza
# carriers and madda alef decompose under NFKD into their bare letter and a combining mark,
# which goes; harakat are marks too; the other folded characters (alef wasla, alef maqsura,
# ta marbuta, tatweel, Eastern digits) have no decomposition and are folded after it.
_NAME_TABLE = _LazyTable(_ARABIC_FOLD, drop_marks=True)


def _collapse(text: str) -> str:
    r"""Whitespace runs to one space, none at the ends (as `re.sub(r"\s+", " ", t).strip()`:
    both go by `str.isspace`)."""
    return " ".join(text.split())


def normalise_arabic(text: str) -> str:
    """Fold the spelling variants of Arabic names so that `احمد` matches `أحمد`.

    NFKC, then folds hamza carriers onto their bare letter, alef maqsura onto ya, ta marbuta
    onto ha, strips tatweel and harakat, Eastern digits to ASCII, and collapses whitespace.
    """
    return _collapse(unicodedata.normalize("NFKC", text).translate(_FOLD_TABLE))


def normalise_latin(text: str) -> str:
    """Casefold and strip accents (NFKD, combining marks dropped), so that `Hélène` matches
    `helene`; whitespace collapsed."""
    if text.isascii():
        return _collapse(text.lower())
    return _collapse(unicodedata.normalize("NFKD", text).translate(_MARKS_TABLE).casefold())


def normalise_name(text: str) -> str:
    """Search key for any name: Arabic folding then Latin folding
    (`normalise_latin(normalise_arabic(text))`)."""
    if text.isascii():
        return _collapse(text.lower())
    return _normalise_unicode_name(text)


@functools.lru_cache(maxsize=4096)  # the same names come back many times in a list
def _normalise_unicode_name(text: str) -> str:
    return _collapse(unicodedata.normalize("NFKD", text).translate(_NAME_TABLE).casefold())


def western_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits by ASCII digits."""
    return text.translate(_ARABIC_DIGITS)


# Prefixes written joined to the next word or apart: عبد الله / عبدالله, أبو بكر / ابوبكر,
# بن علي / بنعلي, ولد أحمد / ولداحمد (in their normalised spelling: hamza folded).
COMPOUND_PREFIXES = ("عبد", "ابو", "بن", "ولد")


def compound_variants(normalised: str) -> list[str]:
    """The other spellings of a normalised Arabic name's compound parts, as extra words.

    `عبد الله` gives `عبدالله` (joined); `عبدالرحمن` gives `عبد` and `الرحمن` (split), so
    that a name typed either way is found by a query typed either way.
    """
    words = normalised.split(" ")
    extra: list[str] = []
    for index, word in enumerate(words):
        if word in COMPOUND_PREFIXES and index + 1 < len(words):
            extra.append(word + words[index + 1])
            continue
        for prefix in COMPOUND_PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 2:
                extra += [prefix, rest]
                break
    return [word for word in dict.fromkeys(extra) if word not in words]
