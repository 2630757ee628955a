"""The question-type table: it covers the forms, drives the schema, and its text round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldapp.questionnaire import (
    QUESTION_TYPES,
    AnswerError,
    Form,
    FormError,
    answer_text,
    parse_answer_text,
    parse_form_file,
    parse_form_text,
)
from fieldapp.questionnaire.question_types import QuestionType, question_type
from fieldapp.questionnaire.schema import form_schema
from fieldapp.resources import bundled_forms_dir

FORMS_DATA = Path(__file__).resolve().parents[2] / "data" / "forms" / "valid"
FORM_FILES = sorted(bundled_forms_dir().glob("*.yaml")) + sorted(FORMS_DATA.glob("*.yaml"))
NAMES = ["cin_copy", "diploma_copy", "artisan_card"]


def _used_types() -> set[str]:
    used: set[str] = set()
    for path in FORM_FILES:
        used |= {question.type for question in parse_form_file(path).all_questions()}
    return used


def test_every_type_the_forms_use_is_in_the_table() -> None:
    used = _used_types()
    assert {"yes_no", "integer", "select_one", "select_multiple", "repeat"} <= used
    assert used <= set(QUESTION_TYPES)


def test_the_form_format_doc_lists_every_type_as_the_table_declares_it() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "form-format.md").read_text("utf-8")
    lines = doc.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("| type |")) + 2
    end = next(n for n in range(start, len(lines)) if not lines[n].startswith("|"))
    listed = {row.split("|")[1].strip().strip("`"): row for row in lines[start:end]}
    assert list(listed) == list(QUESTION_TYPES)
    for name, qtype in QUESTION_TYPES.items():
        example = f"`{qtype.example}`" if qtype.example else "—"
        assert f"| {qtype.stored} | {qtype.typed} | {example} |" in listed[name]


def test_the_schema_lists_exactly_the_table() -> None:
    question = form_schema()["$defs"]["question_type"]
    assert question["enum"] == list(QUESTION_TYPES)


def _form_with(kind: str) -> str:
    return f"""
id: one
version: "1"
languages: [ar]
title: {{ar: سؤال}}
questions:
  - {{id: q, type: {kind}, label: {{ar: سؤال}}}}
outcomes:
  - {{id: done, priority: 1, title: {{ar: تم}}, explanation: {{ar: تم}}}}
rules:
  - {{when: "true", outcome: done}}
"""


def test_a_type_outside_the_table_is_refused_by_name() -> None:
    with pytest.raises(FormError) as caught:
        parse_form_text(_form_with("phone"))
    assert "question 'q'" in str(caught.value)
    assert "'phone' is not one of" in str(caught.value)
    with pytest.raises(KeyError, match="unknown question type 'phone'"):
        question_type("phone")


def test_flags_agree_with_the_types() -> None:
    for qtype in QUESTION_TYPES.values():
        if not qtype.takes_answer:
            assert not qtype.allows_required and not qtype.single_input
        if qtype.has_choices:
            assert qtype.single_input
    assert [t.name for t in QUESTION_TYPES.values() if t.computed] == ["calculate"]
    assert [t.name for t in QUESTION_TYPES.values() if t.rows] == ["repeat"]


_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1
)
_VALUES: dict[str, st.SearchStrategy[object]] = {
    "text": _TEXT,
    "integer": st.integers(min_value=-(10**12), max_value=10**12),
    "decimal": st.floats(allow_nan=False, allow_infinity=False),
    "date": st.dates().map(lambda d: d.isoformat()),
    "yes_no": st.booleans(),
    "select_one": st.sampled_from(NAMES),
    "select_multiple": st.lists(st.sampled_from(NAMES), min_size=1, unique=True),
}
_ANSWERED = [t for t in QUESTION_TYPES.values() if t.single_input]


def _example(qtype: QuestionType) -> object:
    return qtype.parse(qtype.example, NAMES)


@pytest.mark.parametrize("qtype", _ANSWERED, ids=lambda t: t.name)
def test_every_answered_types_example_reads_as_a_valid_answer(qtype: QuestionType) -> None:
    value = _example(qtype)
    assert qtype.check(value, NAMES) is None
    assert qtype.parse(qtype.to_text(value), NAMES) == value
    assert qtype.show(value, "ar", {})


@pytest.mark.parametrize("qtype", _ANSWERED, ids=lambda t: t.name)
@given(data=st.data())
def test_text_of_a_stored_value_reads_back_as_the_same_value(
    qtype: QuestionType, data: st.DataObject
) -> None:
    # a type with no strategy here (a new one) is tried with its example
    value = data.draw(_VALUES.get(qtype.name, st.just(_example(qtype))))
    assert qtype.check(value, NAMES) is None
    assert qtype.parse(qtype.to_text(value), NAMES) == value
    shown = qtype.show(value, "fr", {name: name.upper() for name in NAMES})
    assert shown


@pytest.mark.parametrize(
    ("kind", "value", "lang", "shown"),
    [
        ("yes_no", True, "ar", "نعم"),
        ("yes_no", False, "fr", "non"),
        ("yes_no", False, "en", "no"),
        ("select_one", "cin_copy", "fr", "Copie CIN"),
        ("select_multiple", ["cin_copy", "diploma_copy"], "fr", "Copie CIN, diploma_copy"),
        ("integer", 12, "ar", "12"),
    ],
)
def test_how_a_value_reads(kind: str, value: object, lang: str, shown: str) -> None:
    assert QUESTION_TYPES[kind].show(value, lang, {"cin_copy": "Copie CIN"}) == shown


def test_answers_written_back_are_read_by_the_cli(default_form: Form) -> None:
    answers = {
        "has_diploma": False,
        "years_practice": 12,
        "documents_held": ["cin_copy", "diploma_copy"],
        "dependants": [{"relationship": "child", "name": "سعيد", "birth_year": 2012}],
    }
    for key, value in answers.items():
        text = answer_text(default_form.question(key), value)
        assert parse_answer_text(default_form, key, text) == value
    assert answer_text(default_form.question("has_diploma"), None) == ""
    with pytest.raises(AnswerError, match="expected yes or no"):
        parse_answer_text(default_form, "has_diploma", "12")
