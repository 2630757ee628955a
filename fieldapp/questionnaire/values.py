"""Checks of stored answer values; each type's rule is declared in `question_types`."""

from __future__ import annotations

from fieldapp.questionnaire.model import Form, Question
from fieldapp.questionnaire.question_types import Problem


def is_empty(value: object) -> bool:
    """Unanswered: null, a blank string or an empty selection."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | tuple) and len(value) == 0


def type_problem(form: Form, question: Question, value: object) -> Problem | None:
    """`(message code, offending value)` if `value` has the wrong type for `question`.

    `value` must not be empty (see `is_empty`); repeat groups are checked row by row elsewhere.
    """
    return question.type_def.check(value, choice_names(form, question))


def choice_names(form: Form, question: Question) -> list[str]:
    """The names of the question's choice list, in order (none for other questions)."""
    return [choice.name for choice in form.choice_lists.get(question.choices or "", ())]
