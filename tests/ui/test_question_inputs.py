"""Every question type answered in one input has a widget, and each widget gives back the
answer it was shown, typed as the questionnaire stores it."""

from __future__ import annotations

import pytest

from fieldapp.questionnaire import QUESTION_TYPES, Form, Question, parse_form_text
from fieldapp.questionnaire.values import type_problem
from fieldapp.ui.widgets.question_inputs import INPUT_FACTORIES, ChoiceCombo, make_input

# One question per type answered in one input, then a long choice list (shown as a combo).
_ANSWERED = [qtype for qtype in QUESTION_TYPES.values() if qtype.single_input]
FORM = (
    """
id: widgets
version: "1"
languages: [ar, fr]
title: {ar: أسئلة}
choices:
  few:
    - {name: cin_copy, label: {ar: أ}}
    - {name: diploma_copy, label: {ar: ب}}
  many:
"""
    + "".join(f"    - {{name: c{n}, label: {{ar: ج{n}}}}}\n" for n in range(8))
    + "questions:\n"
    + "".join(
        f"  - {{id: q_{t.name}, type: {t.name},{' choices: few,' if t.has_choices else ''}"
        " label: {ar: سؤال}}\n"
        for t in _ANSWERED
    )
    + """  - {id: q_long_one, type: select_one, choices: many, label: {ar: واحد}}
outcomes:
  - {id: done, priority: 1, title: {ar: تم}, explanation: {ar: تم}}
rules:
  - {when: "true", outcome: done}
"""
)
# Each type's own example answer (`QuestionType.example`), and one of the long list.
SAMPLES = {
    **{f"q_{t.name}": t.parse(t.example, ["cin_copy", "diploma_copy"]) for t in _ANSWERED},
    "q_long_one": "c7",
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
