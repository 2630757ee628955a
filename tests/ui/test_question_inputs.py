"""Every question type answered in one input has a widget, and each widget gives back the
answer it was shown, typed as the questionnaire stores it."""

from __future__ import annotations

import pytest

from fieldapp.questionnaire import QUESTION_TYPES, Form, Question, parse_form_text
from fieldapp.questionnaire.values import type_problem
from fieldapp.ui.widgets.question_inputs import INPUT_FACTORIES, ChoiceCombo, make_input

FORM = """
id: widgets
version: "1"
languages: [ar, fr]
title: {ar: أسئلة}
choices:
  few:
    - {name: a, label: {ar: أ}}
    - {name: b, label: {ar: ب}}
  many:
""" + "".join(f"    - {{name: c{n}, label: {{ar: ج{n}}}}}\n" for n in range(8)) + """
questions:
  - {id: q_text, type: text, label: {ar: نص}}
  - {id: q_integer, type: integer, label: {ar: عدد}}
  - {id: q_decimal, type: decimal, label: {ar: عدد}}
  - {id: q_date, type: date, label: {ar: تاريخ}}
  - {id: q_yes_no, type: yes_no, label: {ar: نعم}}
  - {id: q_select_one, type: select_one, choices: few, label: {ar: واحد}}
  - {id: q_long_one, type: select_one, choices: many, label: {ar: واحد}}
  - {id: q_select_multiple, type: select_multiple, choices: few, label: {ar: عدة}}
outcomes:
  - {id: done, priority: 1, title: {ar: تم}, explanation: {ar: تم}}
rules:
  - {when: "true", outcome: done}
"""  # fmt: skip
SAMPLES = {
    "q_text": "سيدي إفني",
    "q_integer": 12,
    "q_decimal": 2.5,
    "q_date": "2025-08-01",
    "q_yes_no": False,
    "q_select_one": "b",
    "q_long_one": "c7",
    "q_select_multiple": ["a", "b"],
}


@pytest.fixture(scope="module")
def form() -> Form:
    return parse_form_text(FORM)


def test_the_widget_table_and_the_type_table_agree() -> None:
    answered = {name for name, qtype in QUESTION_TYPES.items() if qtype.single_input}
    assert set(INPUT_FACTORIES) == answered
    assert not set(INPUT_FACTORIES) - set(QUESTION_TYPES)


def test_the_sample_form_has_a_question_of_every_answered_type(form: Form) -> None:
    assert {q.type for q in form.questions} == set(INPUT_FACTORIES)


@pytest.mark.parametrize("question_id", list(SAMPLES))
def test_each_widget_gives_back_the_answer_it_shows(qtbot, form: Form, question_id: str) -> None:
    question: Question = form.question(question_id)
    widget = make_input(form, question, "ar")
    qtbot.addWidget(widget)
    assert widget.value() is None
    widget.set_value(SAMPLES[question_id])
    value = widget.value()
    assert value == SAMPLES[question_id]
    assert type_problem(form, question, value) is None
    if question_id == "q_long_one":
        assert isinstance(widget, ChoiceCombo)
