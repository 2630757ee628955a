"""Type checks of stored answer values, one rule per question type.

yes_no → bool; integer → int; decimal → int or float; date → 'YYYY-MM-DD'; text → str;
select_one → a choice name; select_multiple → a list of choice names; repeat → list of dicts.
"""

from __future__ import annotations

import datetime as dt
import math

from fieldapp.questionnaire.model import Form, Question


def is_empty(value: object) -> bool:
    """Unanswered: null, a blank string or an empty selection."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | tuple) and len(value) == 0


def is_iso_date(value: str) -> bool:
    """Whether `value` is a real calendar date written YYYY-MM-DD."""
    if len(value) != 10 or not value.isascii():
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def type_problem(form: Form, question: Question, value: object) -> tuple[str, str] | None:
    """`(message code, offending value)` if `value` has the wrong type for `question`.

    `value` must not be empty (see `is_empty`); repeat groups are checked row by row elsewhere.
    """
    kind = question.type
    if kind == "yes_no":
        return None if isinstance(value, bool) else ("yes_no", "")
    if kind == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else ("integer", "")
    if kind == "decimal":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok and math.isfinite(value) else ("decimal", "")  # type: ignore[arg-type]
    if kind == "date":
        return None if isinstance(value, str) and is_iso_date(value) else ("date", "")
    if kind == "text":
        return None if isinstance(value, str) else ("text", "")
    if kind == "select_one":
        if not isinstance(value, str):
            return ("choice", str(value))
        return None if value in _names(form, question) else ("choice", value)
    if kind == "select_multiple":
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            return ("choices", "")
        names = _names(form, question)
        unknown = [v for v in value if v not in names]
        return ("choice", unknown[0]) if unknown else None
    if kind == "repeat":
        return None if isinstance(value, list | tuple) else ("rows", "")
    return ("no_answer", "")


def _names(form: Form, question: Question) -> set[str]:
    return {choice.name for choice in form.choice_lists.get(question.choices or "", ())}
