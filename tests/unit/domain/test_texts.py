"""The gettext catalogue of the texts outside Qt: complete in Arabic and French, plural forms
filled, the same `{params}` as English, and every key the code asks for is in it."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from fieldapp.domain import texts
from fieldapp.domain.messages import field_label, message_text

PACKAGE = Path(__file__).resolve().parents[3] / "fieldapp"
FORMS = {"ar": 6, "fr": 2, "en": 2}


def _catalogue(lang: str) -> Catalog:
    with (PACKAGE / "locale" / lang / "LC_MESSAGES" / "fieldapp.po").open("rb") as handle:
        return read_po(handle)


def _entries(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for message in _catalogue(lang):
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        strings = (message.string,) if isinstance(message.string, str) else message.string
        found[(message.context or "", msgid)] = tuple(s or "" for s in strings)
    return found


def _params(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_message_is_translated_with_the_same_params(lang: str) -> None:
    english = _entries("en")
    translated = _entries(lang)
    assert english and set(translated) == set(english), set(english) ^ set(translated)
    problems = []
    for key, source in english.items():
        forms = translated[key]
        if not all(form.strip() for form in forms):
            problems.append(f"{key}: empty in {lang}")
        if len(source) == 1:
            if len(forms) != 1 or _params(forms[0]) != _params(source[0]):
                problems.append(f"{key}: params {_params(forms[0])} ≠ {_params(source[0])}")
            continue
        if len(forms) != FORMS[lang]:
            problems.append(f"{key}: {len(forms)} plural forms, {lang} has {FORMS[lang]}")
        # A plural form may say the count in words ("حرفان": two characters), never a new param.
        wanted = set().union(*(_params(s) for s in source))
        for form in forms:
            if not _params(form) <= wanted or not (wanted - {"n", "max", "limit"}) <= _params(form):
                problems.append(f"{key}: form {form!r} has params {_params(form)}, not {wanted}")
    assert problems == []


def test_each_catalogue_declares_its_languages_plural_rule() -> None:
    for lang, forms in FORMS.items():
        assert _catalogue(lang).num_plurals == forms, lang
    for lang, forms in FORMS.items():
        for message in _catalogue(lang):
            if message.pluralizable:
                assert len(message.string) == forms, (lang, message.id)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "النص طويل جدا (الحد الأقصى حرف واحد)"),
        (2, "النص طويل جدا (الحد الأقصى حرفان)"),
        (5, "النص طويل جدا (الحد الأقصى 5 أحرف)"),
        (80, "النص طويل جدا (الحد الأقصى 80 حرفا)"),
        (200, "النص طويل جدا (الحد الأقصى 200 حرف)"),
    ],
)
def test_an_arabic_count_takes_the_form_its_number_needs(n: int, expected: str) -> None:
    assert message_text("too_long", "ar", {"max": n}) == expected


def test_french_and_english_counts_are_singular_for_one() -> None:
    assert message_text("too_long", "fr", {"max": 1}) == "texte trop long (1 caractère au plus)"
    assert message_text("too_long", "en", {"max": 1}) == "text too long (1 character at most)"
    assert message_text("too_long", "en", {"max": 80}) == "text too long (80 characters at most)"


def test_unknown_codes_and_fields_fall_back_to_their_ids() -> None:
    assert message_text("no_such_code", "ar") == "no_such_code"
    assert field_label("no_such_field", "fr") == "no_such_field"
    with pytest.raises(texts.MissingText):
        texts.text("document.no_such_word", "en")


# Keys written out in the code: text("context.id", …), plural("context.id", …), and the codes
# the contexts are built from (FieldError codes → validation, Detail codes → refusal_*).
_LITERAL = re.compile(r"""\b(?:text|plural|template)\(\s*f?["']([a-z_]+\.[a-z_]+)["']""")
_FIELD_ERROR = re.compile(r"""FieldError\(\s*[^,()]+,\s*["']([a-z_]+)["']""")
_FAIL = re.compile(r"""_fail\(\s*[^,()]+,\s*["']([a-z_]+)["']""")
_DETAIL = re.compile(r"""Detail\(\s*["']([a-z_]+)["']""")
# questionnaire/: texts.text("code", …) and the type problems (`("choice", value)`,
# `_shape(…, "integer")`) of questionnaire/question_types.py.
_QUESTIONNAIRE = re.compile(
    r"""texts\.text\(\s*["']([a-z_]+)["']|return \(["']([a-z_]+)["'],|_shape\(.*, ["']([a-z_]+)["']\)"""
)
_TABLE_WORD = re.compile(r"""\b_w\(\s*["']([a-z_]+)["']""")  # documents/decision_table.py
_WORDS = re.compile(r"""\b(?:words|said)\[["']([a-z_]+)["']\]""")


def _sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py")))


def test_every_key_the_code_uses_is_in_the_catalogue() -> None:
    code = _sources()
    english = _entries("en")
    wanted = {tuple(key.split(".", 1)) for key in _LITERAL.findall(code)}
    wanted |= {("validation", c) for c in _FIELD_ERROR.findall(code) + _FAIL.findall(code)}
    wanted |= {("decision_table", w) for w in _TABLE_WORD.findall(code)}
    questionnaire = {c for groups in _QUESTIONNAIRE.findall(code) for c in groups if c}
    assert {"choice", "integer", "rows"} <= questionnaire, "update the questionnaire patterns"
    wanted |= {("questionnaire", c) for c in questionnaire - {"required"}}
    details = set(_DETAIL.findall(code))
    words = set(_WORDS.findall(code)) - {"_lang"}  # checklist.py adds the language itself
    assert len(wanted) > 5 and details and words, "the scan found nothing: update the patterns"
    missing = sorted(".".join(k) for k in wanted if k not in english)
    missing += [
        f"Detail {c}"
        for c in sorted(details)
        if ("refusal_detail", c) not in english and ("refusal_reason", c) not in english
    ]
    missing += [
        f"words[{w!r}]"
        for w in sorted(words)
        if ("document", w) not in english and ("attendance", w) not in english
    ]
    assert missing == []


def test_an_outreach_day_is_one_arabic_word_everywhere() -> None:
    """The outreach day is «يوم تحسيسي» in the window, the documents, the forms and the
    guides: the summary's title once said «اليوم التواصلي»."""
    root = PACKAGE.parent
    sources = [
        PACKAGE / "locale" / "ar" / "LC_MESSAGES" / "fieldapp.po",
        root / "resources" / "i18n" / "fieldapp_ar.ts",
        *sorted((root / "forms").glob("*.yaml")),
        root / "docs" / "guide-ar.md",
    ]
    other = re.compile("تواصلي|التواصلية|تواصلية")
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if other.search(line)
    ]
    assert found == []
    assert texts.text("document.summary_title", "ar") == "حصيلة اليوم التحسيسي"
