"""Shaping, visual reordering and wrapping of Arabic lines with Latin, digits and brackets."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from fieldapp.documents import bidi_text
from fieldapp.documents.bidi_text import check_lang, display_line, shape, visual, wrap_logical
from fieldapp.documents.fonts import BOLD, REGULAR, font_codepoints, missing_glyphs, text_width

from ._samples import LONG_ITEM


def letters(text: str) -> str:
    """Presentation forms back to letters, for comparing with logical text."""
    return unicodedata.normalize("NFKC", text)


def rev(arabic: str) -> str:
    """Logical Arabic as it appears in a visual (left-to-right drawing order) string once
    normalised: reversed, except that a lam-alef ligature decomposes in logical order."""
    return re.sub("([اأإآ])ل", "ل\\1", arabic[::-1])


@pytest.mark.parametrize(
    ("logical", "expected_visual"),
    [
        ("RIB (24 رقما)", f"({rev('رقما')} 24) RIB"),
        ("(24 رقما)", f"({rev('رقما')} 24)"),
        ("رقم البطاقة (JA123456)", f"(JA123456) {rev('البطاقة')} {rev('رقم')}"),
        ("شهادة (RIB) بنكية", f"{rev('بنكية')} (RIB) {rev('شهادة')}"),
        ("الهاتف: +212612345678", f"+212612345678 :{rev('الهاتف')}"),
        ("الهاتف: 06 12 34 56 78", f"06 12 34 56 78 :{rev('الهاتف')}"),
        ("البريد: amina.oualit@example.ma", f"amina.oualit@example.ma :{rev('البريد')}"),
        ("التاريخ: 2025-08-01", f"2025-08-01 :{rev('التاريخ')}"),
        ("الاسم Fatima Zahra Benali هنا", f"{rev('هنا')} Fatima Zahra Benali {rev('الاسم')}"),
    ],
)
def test_rtl_line_keeps_latin_and_digits_left_to_right_and_mirrors_brackets(
    logical: str, expected_visual: str
) -> None:
    # In a visual string of an RTL line, the glyph drawn leftmost is the closing bracket of
    # the reading order, so "(" must have been mirrored to ")" and vice versa; the NFKC of
    # lam-alef ligatures is logical, so compare letter by letter after normalising.
    got = letters(display_line(logical, rtl=True))
    expected = letters(expected_visual)
    assert got == expected


def test_brackets_are_paired_in_every_rtl_line() -> None:
    for logical in ("RIB (24 رقما)", "عقد (CDI) و RIB (24 رقما)", "وكالة (CNSS) بكلميم"):
        drawn = display_line(logical, rtl=True)
        depth = 0
        for ch in drawn:  # drawn left to right: every "(" must close later with ")"
            depth += {"(": 1, ")": -1}.get(ch, 0)
            assert depth >= 0, drawn
        assert depth == 0


def test_latin_line_in_ltr_document_is_unchanged() -> None:
    text = "Prochaines étapes (AMO) : 06 12 34 56 78, le 2025-08-01"
    assert display_line(text, rtl=False) == text


def test_arabic_name_inside_french_line_is_reordered_but_french_stays_in_place() -> None:
    drawn = letters(display_line("Nom : فاطمة الزهراء (AMO)", rtl=False))
    assert drawn == f"Nom : {rev('الزهراء')} {rev('فاطمة')} (AMO)"


def test_allah_ligature_only_with_a_glyph_for_it() -> None:
    shaped = shape("عبد الله أوعلي")
    assert ("\ufdf2" in shaped) == (0xFDF2 in font_codepoints(REGULAR))
    assert not missing_glyphs(shaped)


@pytest.mark.parametrize(
    "text",
    [
        "عبد الله أوعلي",
        "فاطمة الزهراء بنعلي",
        "شهادة الحساب البنكي RIB (24 رقما)",
        "الانخراط في التأمين الإجباري عن المرض AMO لدى CNSS",
        "إلى المديرية الإقليمية، أيضا: ٪ ؟ ؛ ـ",
        LONG_ITEM,
    ],
)
def test_font_has_a_glyph_for_every_shaped_character(text: str) -> None:
    assert missing_glyphs(display_line(text, rtl=True)) == set()


def test_harakat_are_printed() -> None:
    # reviewed (issue 14): the form's shadda and kasra are meant, so they are printed
    assert letters(shape("مُحَمَّد")) == "مُحَمَّد"
    assert "\u0651" in display_line("صرّح بزوجك", rtl=True)
    assert not missing_glyphs(display_line("أدِّ اشتراكك، صرّح، سجّل", rtl=True))


def test_wrap_keeps_words_in_order_and_lines_within_width() -> None:
    width = 150.0
    lines = wrap_logical(LONG_ITEM, font_name=REGULAR, size=11, width=width)
    assert len(lines) >= 4
    assert " ".join(lines).split() == LONG_ITEM.split()
    for line in lines:
        assert text_width(shape(line), REGULAR, 11) <= width


def test_wrap_cuts_a_word_longer_than_the_line() -> None:
    email = "fatima.zahra.benali.guelmim.oued.noun@example.ma"
    lines = wrap_logical(email, font_name=REGULAR, size=11, width=60)
    assert len(lines) > 1
    assert "".join(lines) == email


def test_visual_of_plain_latin_rtl_line_keeps_its_word_order() -> None:
    assert visual("Fatima Zahra Benali", rtl=True) == "Fatima Zahra Benali"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language 'de'"):
        check_lang("de")


def _uncached_display(text: str, rtl: bool, font_name: str) -> str:
    return visual(bidi_text._shape.__wrapped__(text, font_name), rtl=rtl)


def test_cached_lines_depend_on_direction_and_font() -> None:
    # The same strings asked for in both directions and both faces, in either order, give
    # what an uncached computation gives: no entry is served for another direction or font.
    texts = ["الاسم Fatima Zahra Benali هنا", "Nom : فاطمة الزهراء (AMO)", "RIB (24 رقما)"]
    for order in (texts, texts[::-1]):
        for rtl in (True, False, True):
            for font_name in (REGULAR, BOLD):
                for text in order:
                    got = display_line(text, rtl=rtl, font_name=font_name)
                    assert got == _uncached_display(text, rtl, font_name)
    assert display_line(texts[0], rtl=True) != display_line(texts[0], rtl=False)


def test_cached_wrap_depends_on_font_size_and_width_and_returns_a_fresh_list() -> None:
    uncached = bidi_text._wrap_logical.__wrapped__
    for font_name in (REGULAR, BOLD):
        for size in (11.0, 14.0):
            for width in (150.0, 300.0):
                lines = wrap_logical(LONG_ITEM, font_name=font_name, size=size, width=width)
                assert tuple(lines) == uncached(LONG_ITEM, font_name, size, width)
    small = wrap_logical(LONG_ITEM, font_name=REGULAR, size=11, width=150.0)
    large = wrap_logical(LONG_ITEM, font_name=REGULAR, size=14, width=150.0)
    assert len(large) > len(small)
    small.append("changed by the caller")
    assert wrap_logical(LONG_ITEM, font_name=REGULAR, size=11, width=150.0) == small[:-1]


def _reshaped_whole(text: str, font_name: str) -> str:
    """What shaping did before it went word by word: the reshaper over the whole text (with
    any ZERO WIDTH JOINER dropped first, which the reshaper mishandles)."""
    text = unicodedata.normalize("NFC", text.replace("\u200d", "")).translate(bidi_text._CONTROLS)
    if not bidi_text.has_arabic(text):
        return text
    return str(bidi_text._reshaper(font_name).reshape(text))


def test_shaping_word_by_word_gives_what_the_whole_text_gives() -> None:
    rnd = random.Random(5)
    alphabet = (
        "ابتجحدرزسشصعفقكلمنهويءأإآةىئؤ" + "\u064b\u064e\u064f\u0651ـ،؟aZ09()-\t\u200f" + "   "
    )
    texts = [LONG_ITEM, "عبد الله أوعلي", "لا إلى الله  اللّه", "مُحَمَّد  بنـــعلي", " بداية"]
    texts += ["نهاية ", "RIB (24 رقما)", "a\tب ت", "لا\u200f لا", "ل\u200dا ل \u200dا"]
    texts += ["".join(rnd.choices(alphabet, k=rnd.randint(1, 30))) for _ in range(600)]
    for font_name in (REGULAR, BOLD):
        for text in texts:
            assert bidi_text._shape.__wrapped__(text, font_name) == _reshaped_whole(
                text, font_name
            ), repr(text)


def test_only_lam_alef_and_allah_are_joined_into_ligatures_the_font_has() -> None:
    # Lam-alef is one glyph in Arabic script; Allah only where the font draws U+FDF2; no other
    # ligature (lam-meem, …), which would make shaping ~9x slower (ARABIC.md).
    assert "\ufefb" in bidi_text.shape("لا", REGULAR)
    allah = "\ufdf2" in bidi_text.shape("الله", REGULAR)
    assert allah is (0xFDF2 in font_codepoints(REGULAR))
    assert bidi_text.shape("لم", REGULAR) == "\ufedf\ufee2"  # lam initial, meem final
    assert "\u0651" in bidi_text.shape("صرّح", REGULAR)  # the shadda is printed


def test_a_zero_width_joiner_before_lam_alef_does_not_break_printing() -> None:
    # arabic_reshaper raises IndexError on this input; a name pasted from a phone may carry it.
    assert display_line("ع\u200dلاء", rtl=True) == display_line("علاء", rtl=True)
    assert display_line("\u200dلا", rtl=True) == display_line("لا", rtl=True)


def test_a_latin_line_in_an_arabic_page_keeps_its_word_order() -> None:
    # the Latin name printed under the Arabic one on a checklist
    assert display_line("Brahim (fils) Aït-Lahcen", rtl=True) == "Brahim (fils) Aït-Lahcen"
    assert display_line("JA123456", rtl=True) == "JA123456"
