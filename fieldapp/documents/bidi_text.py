"""Arabic text for ReportLab: shaping, per-line visual reordering and wrapping.

ReportLab draws glyphs in the order it is given and does not shape, so an Arabic line is
(1) wrapped in *logical* order using widths measured on the shaped words, then each line is
(2) shaped with arabic_reshaper and (3) reordered with python-bidi. Wrapping after reordering
would print the lines of a paragraph in reverse order (see docs/arabic-text.md).

Reordering: python-bidi's fast `get_display` does not mirror brackets, and its UBA turns
digits after Arabic letters into Arabic numbers, so `2025-08-01`, `06 12 34 56 78` or
`+212612345678` would come out in reverse group order. Each run of left-to-right text
(Latin words, digits, CINs, phones, e-mails, dates) inside an RTL line is therefore wrapped in a
LEFT-TO-RIGHT ISOLATE before reordering; everything outside the isolates is then right-to-left,
so its brackets are mirrored here, and the isolate controls are removed afterwards (the font
has no glyph for them). In an LTR line, runs of Arabic are wrapped in RIGHT-TO-LEFT ISOLATEs.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import arabic_reshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi import get_display

from fieldapp.documents.fonts import REGULAR, font_codepoints, text_width

RTL_LANGS = frozenset({"ar"})
LANGS = ("ar", "fr", "en")

_LRI, _RLI, _PDI = "\u2066", "\u2067", "\u2069"
_ZWJ = "\u200d"
# Explicit bidi controls a user may have typed: removed, the font has no glyph for them.
_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
# Characters that may sit inside a left-to-right run (between two Latin letters or digits).
_LTR_JOINERS = frozenset(" .,:;-–+/@_'’&#%*=\\")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_WANTED_LIGATURES = ("ARABIC LIGATURE LAM WITH ALEF", "ARABIC LIGATURE ALLAH")
# Entries per cache of pure text functions: a 1,000-row sheet of distinct names fills about
# 5,000 of each (about 6 MB in all); beyond 8,192 the least recently used go.
_CACHE_SIZE = 8192


def is_rtl(lang: str) -> bool:
    """True when documents in `lang` are laid out right to left."""
    return lang in RTL_LANGS


def check_lang(lang: str) -> str:
    """Return `lang` if documents can be made in it, else raise ValueError."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}: expected one of {', '.join(LANGS)}")
    return lang


def has_arabic(text: str) -> bool:
    """True when `text` holds at least one Arabic letter (logical or presentation form)."""
    return _ARABIC.search(text) is not None


@functools.cache
def _reshaper(font_name: str) -> arabic_reshaper.ArabicReshaper:
    """A reshaper whose ligatures are limited to lam-alef and Allah, each only if `font_name`
    has every glyph it would emit (checking all 285 ligatures is ~9x slower: docs/arabic-text.md)."""
    cmap = font_codepoints(font_name)
    config: dict[str, object] = {
        "language": "Arabic",
        "delete_harakat": False,  # the form's shadda and kasra are meant (أدِّ, صرّح)
        "shift_harakat_position": False,
        "delete_tatweel": False,
        "support_zwj": True,
        "use_unshaped_instead_of_isolated": False,
        "support_ligatures": True,
    }
    # Every ligature is switched by its name, as the reshaper's configuration documents; the
    # names and glyphs come from the package's own list.
    for name, (_, forms) in LIGATURES:
        wanted = name.startswith(_WANTED_LIGATURES[0]) or name == _WANTED_LIGATURES[1]
        config[name] = wanted and all(ord(f) in cmap for f in forms if f)
    return arabic_reshaper.ArabicReshaper(configuration=config)


def shape(text: str, font_name: str = REGULAR) -> str:
    """Arabic letters of `text` replaced by their contextual presentation forms (logical
    order kept, harakat kept); text without Arabic is returned unchanged."""
    return _shape(text, font_name)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _shape(text: str, font_name: str) -> str:
    # A ZERO WIDTH JOINER (pasted from a phone, say) is dropped first: the reshaper mishandles
    # it (ligature positions shift by one, and before a lam-alef it raises IndexError).
    if _ZWJ in text:
        return _shape(text.replace(_ZWJ, ""), font_name)
    # Arabic letters never join across a space and no ligature spans one, so a text is shaped
    # word by word (each word cached: names, labels and items share most of their words).
    if " " in text:
        return " ".join([_shape(word, font_name) for word in text.split(" ")])
    text = unicodedata.normalize("NFC", text).translate(_CONTROLS)
    if not has_arabic(text):
        return text
    return str(_reshaper(font_name).reshape(text))


def _strong(ch: str) -> str:
    """'L', 'R' or '' for the direction a character asserts in a run."""
    kind = unicodedata.bidirectional(ch)
    if kind in ("L", "EN", "AN"):
        return "L"
    if kind in ("R", "AL"):
        return "R"
    return ""


def _runs(text: str, direction: str, joiners: frozenset[str]) -> list[tuple[bool, str]]:
    """Split `text` into (is_run, segment) pieces; a run starts and ends with a character of
    `direction` and holds only such characters and `joiners` in between."""
    pieces: list[tuple[bool, str]] = []
    i, n, outer_start = 0, len(text), 0
    while i < n:
        starts = _strong(text[i]) == direction or (
            direction == "L" and text[i] == "+" and i + 1 < n and text[i + 1].isdigit()
        )
        if not starts:
            i += 1
            continue
        j, last = i + 1, i
        while j < n and (_strong(text[j]) == direction or text[j] in joiners):
            if _strong(text[j]) == direction:
                last = j
            j += 1
        if last + 1 < n and text[last + 1] == "%":
            last += 1
        if outer_start < i:
            pieces.append((False, text[outer_start:i]))
        pieces.append((True, text[i : last + 1]))
        i = outer_start = last + 1
    if outer_start < n:
        pieces.append((False, text[outer_start:]))
    return pieces


# A plain number after an Arabic word (`القانون 50.17`, `135 درهما`), not a date or a phone.
_NUMBER_AFTER = re.compile(r" +[0-9\u0660-\u0669]+(?:\.[0-9\u0660-\u0669]+)?(?=$|[ )\]»”\"'])")
_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›", "<": ">", '"': '"'}
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}


def _arabic_spans(text: str) -> list[tuple[bool, str]]:
    """Split a line of a left-to-right page into (is_arabic, segment) pieces.

    An Arabic span runs from an Arabic letter to the last Arabic letter before a Latin letter
    (or the end), taking in the neutral characters between them: spaces, brackets, quotes,
    digits, punctuation. It is then widened to a number right after it (`القانون 50.17`) and to
    the brackets or quotes that enclose it (`(أم سعيد)`), so that `خديجة «الحاجة» (أم سعيد)`
    is one right-to-left phrase, laid out as on an Arabic page.
    """
    pieces: list[tuple[bool, str]] = []
    i, n, outer = 0, len(text), 0
    while i < n:
        if _strong(text[i]) != "R":
            i += 1
            continue
        start, last, j = i, i, i + 1
        while j < n and not (text[j].isalpha() and _strong(text[j]) == "L"):
            if _strong(text[j]) == "R":
                last = j
            j += 1
        number = _NUMBER_AFTER.match(text, last + 1)
        end = _balanced_end(text, start, number.end() if number else last + 1)
        while start > outer and end < n and _OPENERS.get(text[start - 1]) == text[end]:
            start, end = start - 1, end + 1
        if outer < start:
            pieces.append((False, text[outer:start]))
        pieces.append((True, text[start:end]))
        i = outer = end
    if outer < n:
        pieces.append((False, text[outer:]))
    return pieces


def _balanced_end(text: str, start: int, end: int) -> int:
    """`end` moved past the closers of brackets opened inside `text[start:end]`, or back before
    brackets opened and not closed in it."""
    stack: list[int] = []
    for k in range(start, end):
        ch = text[k]
        if ch in _CLOSERS and stack and text[stack[-1]] == _CLOSERS[ch]:
            stack.pop()
        elif ch in _OPENERS and ch != '"':
            stack.append(k)
    while stack:
        closer = _OPENERS[text[stack[-1]]]
        k = end
        while k < len(text) and text[k] == " ":
            k += 1
        if k < len(text) and text[k] == closer:
            end = k + 1
            stack.pop()
        else:
            end = stack.pop()
            while end > start and text[end - 1] == " ":
                end -= 1
    return end


def paragraph_rtl(text: str, *, page_rtl: bool) -> bool:
    """The direction to lay out a paragraph of the form's text on a page: the page's, unless
    a left-to-right page gets a text whose first strong letter is Arabic (a text missing in
    the page's language falls back to Arabic, which is then laid out right to left, as the
    bidi algorithm's rule P2 does)."""
    if page_rtl:
        return True
    for ch in text:
        strong = _strong(ch)
        if strong:
            return strong == "R" and unicodedata.bidirectional(ch) in ("R", "AL")
    return False


def visual(shaped: str, *, rtl: bool) -> str:
    """One already-shaped line in display (left-to-right drawing) order, for a paragraph whose
    base direction is right-to-left when `rtl`."""
    if not has_arabic(shaped):
        # No right-to-left letter: the whole line is one left-to-right run in either paragraph
        # direction ("Brahim (fils) Aït-Lahcen" under an Arabic name keeps its word order).
        return shaped
    if rtl:
        pieces = _runs(shaped, "L", _LTR_JOINERS)
        marked = "".join(
            f"{_LRI}{seg}{_PDI}" if is_run else seg.translate(_MIRROR) for is_run, seg in pieces
        )
    else:
        pieces = _arabic_spans(shaped)
        marked = "".join(
            f"{_RLI}{seg.translate(_MIRROR)}{_PDI}" if is_run else seg for is_run, seg in pieces
        )
    display = get_display(marked, base_dir="R" if rtl else "L")
    return str(display).translate(_CONTROLS)


def display_line(text: str, *, rtl: bool, font_name: str = REGULAR) -> str:
    """A single logical line shaped and reordered, ready for `drawString`.

    Pure, so cached per (text, direction, font): names, labels and checklist items recur
    across the rows of a sheet and the checklists of a batch.
    """
    return _display_line(text, rtl, font_name)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _display_line(text: str, rtl: bool, font_name: str) -> str:
    return visual(_shape(text, font_name), rtl=rtl)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _word_width(word: str, font_name: str, size: float) -> float:
    return text_width(_shape(word, font_name), font_name, size)


def _split_long_word(word: str, font_name: str, size: float, width: float) -> list[str]:
    """Cut a word wider than `width` (a long e-mail or a name without spaces) into pieces."""
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and _word_width(current + ch, font_name, size) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap_logical(text: str, *, font_name: str, size: float, width: float) -> list[str]:
    """Split the logical `text` into logical lines no wider than `width` points once shaped.

    Words are measured one by one after shaping: Arabic letters never join across a space,
    so a line's shaped width is the sum of its shaped words and spaces. Explicit newlines are
    kept. The lines keep the reading order of `text`.
    """
    return list(_wrap_logical(text, font_name, size, width))


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _wrap_logical(text: str, font_name: str, size: float, width: float) -> tuple[str, ...]:
    space = text_width(" ", font_name, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = [w for w in paragraph.split() if w]
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        current_width = 0.0
        for word in words:
            w_width = _word_width(word, font_name, size)
            parts = [word]
            if w_width > width:
                parts = _split_long_word(word, font_name, size, width)
            for part in parts:
                p_width = w_width if len(parts) == 1 else _word_width(part, font_name, size)
                extra = p_width + (space if current else 0.0)
                if current and current_width + extra > width:
                    lines.append(" ".join(current))
                    current, current_width = [part], p_width
                else:
                    current.append(part)
                    current_width += extra
        lines.append(" ".join(current))
    return tuple(lines)
