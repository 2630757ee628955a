"""Property: every answer set the default form accepts yields an outcome; nothing raises."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldapp.questionnaire import Form, Question, check_answers, evaluate, parse_form_file
from tests.unit.questionnaire.conftest import DEFAULT_FORM_PATH

FORM = parse_form_file(DEFAULT_FORM_PATH)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def value_strategy(form: Form, question: Question) -> st.SearchStrategy[object]:
    """Well-typed values for one question (constraints not necessarily met)."""
    names = [name for name, _ in form.choices(question.choices, "ar")] if question.choices else []
    kind = question.type
    if kind == "yes_no":
        return st.booleans()
    if kind == "integer":
        return st.integers(min_value=-5, max_value=120) | st.integers(1890, 2110)
    if kind == "decimal":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "date":
        return st.dates().map(lambda d: d.isoformat())
    if kind == "text":
        return st.text(alphabet=string.ascii_letters + "أبت ", max_size=12)
    if kind == "select_one":
        return st.sampled_from(names)
    if kind == "select_multiple":
        return st.lists(st.sampled_from(names), unique=True, max_size=len(names))
    row = st.fixed_dictionaries(
        {},
        optional={sub.id: value_strategy(form, sub) for sub in question.questions},
    )
    return st.lists(row, max_size=3)


ANSWERABLE = [q for q in FORM.questions if q.takes_answer]
ANSWERS = st.fixed_dictionaries({}, optional={q.id: value_strategy(FORM, q) for q in ANSWERABLE})


@SETTINGS
@given(ANSWERS, st.sampled_from(["ar", "fr", "en"]))
def test_accepted_answers_yield_an_outcome(answers: dict[str, object], lang: str) -> None:
    evaluation = evaluate(FORM, answers, lang)
    assert set(evaluation.visible) <= {q.id for q in FORM.questions}
    if evaluation.is_complete:
        assert len(evaluation.outcomes) >= 1
        assert evaluation.items
        assert check_answers(FORM, answers, lang) == {}
    for outcome in evaluation.outcomes:
        assert outcome.title and outcome.explanation
    ids = [item.id for item in evaluation.items]
    assert len(ids) == len(set(ids))


REQUIRED = {q.id: value_strategy(FORM, q) for q in ANSWERABLE if q.required and q.relevant is None}


@SETTINGS
@given(
    st.fixed_dictionaries(
        REQUIRED,
        optional={q.id: value_strategy(FORM, q) for q in ANSWERABLE if q.id not in REQUIRED},
    )
)
def test_answered_required_questions_yield_an_outcome(answers: dict[str, object]) -> None:
    evaluation = evaluate(FORM, answers, "fr")
    assert len(evaluation.outcomes) >= 1


ANY_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=8,
)


@SETTINGS
@given(
    st.dictionaries(st.sampled_from([q.id for q in FORM.all_questions()] + ["unknown"]), ANY_VALUE)
)
def test_never_raises_on_any_values(answers: dict[str, object]) -> None:
    evaluation = evaluate(FORM, answers, "ar")
    check_answers(FORM, answers, "fr")
    assert all(
        error.code in ("required", "constraint", "type") for error in evaluation.errors.values()
    )
