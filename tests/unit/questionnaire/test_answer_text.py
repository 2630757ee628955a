"""`parse_answer_text`: typed values from the CLI's KEY=VALUE text."""

from __future__ import annotations

import pytest

from fieldapp.questionnaire import AnswerError, Form, parse_answer_text, parse_form_text


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("has_diploma", "yes", True),
        ("has_diploma", "Oui", True),
        ("has_diploma", "نعم", True),
        ("has_diploma", "1", True),
        ("has_diploma", "١", True),
        ("has_diploma", "TRUE", True),
        ("has_diploma", "no", False),
        ("has_diploma", "non", False),
        ("has_diploma", "لا", False),
        ("has_diploma", "0", False),
        ("has_diploma", "false", False),
        ("years_practice", "12", 12),
        ("years_practice", "١٢", 12),
        ("years_practice", " 7 ", 7),
        ("years_practice", "", None),
        ("rna_status", "pending", "pending"),
        ("nia", " 123-ABC ", "123-ABC"),
        ("documents_held", "cin_copy, diploma_copy,cin_copy", ["cin_copy", "diploma_copy"]),
        ("documents_held", "cin_copy،artisan_card", ["cin_copy", "artisan_card"]),
        (
            "dependants",
            '[{"relationship": "child", "name": "سعيد", "birth_year": "٢٠١٢"}]',
            [{"relationship": "child", "name": "سعيد", "birth_year": 2012}],
        ),
        (
            "dependants",
            '[{"birth_year": 2012.0, "cin": null}]',
            [{"birth_year": 2012, "cin": None}],
        ),
        ("dependants", "[]", []),
    ],
)
def test_typed_values(default_form: Form, key: str, text: str, expected: object) -> None:
    assert parse_answer_text(default_form, key, text) == expected


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("colour", "red", "unknown question 'colour'"),
        ("birth_year", "2010", "unknown question 'birth_year' (answers inside a repeat group"),
        ("intro", "x", "question 'intro' is a note and takes no answer"),
        ("rna_category", "master", "question 'rna_category' is a calculate and takes no answer"),
        ("has_diploma", "maybe", "question 'has_diploma': expected yes or no"),
        ("years_practice", "twelve", "question 'years_practice': expected a whole number"),
        ("years_practice", "1.5", "expected a whole number"),
        (
            "rna_status",
            "done",
            "question 'rna_status': unknown choice 'done' "
            "(valid: registered, pending, not_registered)",
        ),
        ("documents_held", "cin_copy,passport", "unknown choice 'passport' (valid: cin_copy,"),
        ("dependants", "{", "question 'dependants': expected a JSON array of objects"),
        ("dependants", '{"name": "x"}', "expected a JSON array of objects"),
        ("dependants", '[{"age": 3}]', "dependants[1].age: unknown question"),
        (
            "dependants",
            '[{"relationship": "cousin"}]',
            "dependants[1].relationship: unknown choice",
        ),
        ("dependants", '[{"birth_year": "soon"}]', "dependants[1].birth_year: expected a whole"),
        ("dependants", '[{"name": {"a": 1}}]', "dependants[1].name: unexpected value"),
    ],
)
def test_refusals(default_form: Form, key: str, text: str, message: str) -> None:
    with pytest.raises(AnswerError) as caught:
        parse_answer_text(default_form, key, text)
    assert message in str(caught.value)
    assert caught.value.key in (key, "dependants")


def test_decimal_and_date() -> None:
    form = parse_form_text(
        """
id: typed
version: "1"
languages: [ar]
title: {ar: أنواع}
questions:
  - {id: weight, type: decimal, label: {ar: الوزن}}
  - {id: day, type: date, label: {ar: اليوم}}
outcomes:
  - {id: done, priority: 1, title: {ar: تم}, explanation: {ar: تم}}
rules:
  - {when: "true", outcome: done}
"""
    )
    assert parse_answer_text(form, "weight", "2,5") == 2.5
    assert parse_answer_text(form, "weight", "٢٫٥") == 2.5
    assert parse_answer_text(form, "day", "2025-08-01") == "2025-08-01"
    assert parse_answer_text(form, "day", "٢٠٢٥-٠٨-٠١") == "2025-08-01"
    for key, bad in (("weight", "nan"), ("weight", "heavy"), ("day", "2025-02-30")):
        with pytest.raises(AnswerError):
            parse_answer_text(form, key, bad)
