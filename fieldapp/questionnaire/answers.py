"""Typed answers from the text typed on a command line (`KEY=VALUE`).

Empty text means "no answer" (None). Arabic-Indic digits are accepted in numbers and dates.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from fieldapp.domain.arabic import western_digits
from fieldapp.questionnaire.errors import AnswerError
from fieldapp.questionnaire.model import Form, Question
from fieldapp.questionnaire.values import is_iso_date

_YES = frozenset({"yes", "y", "oui", "o", "true", "1", "نعم"})
_NO = frozenset({"no", "n", "non", "false", "0", "لا"})


def parse_answer_text(form: Form, key: str, text: str) -> object:
    """The typed value of the answer `text` to the top-level question `key`.

    Raises AnswerError for an unknown question, a question that takes no answer, text of the
    wrong type, or an unknown choice name (the message lists the valid names).
    """
    question = next((q for q in form.questions if q.id == key), None)
    if question is None:
        hint = " (answers inside a repeat group are given as a JSON array)"
        raise AnswerError(
            key, f"unknown question '{key}'" + (hint if form.has_question(key) else "")
        )
    if not question.takes_answer:
        raise AnswerError(key, f"question '{key}' is a {question.type} and takes no answer")
    if not text.strip():
        return None
    if question.type == "repeat":
        return _rows(form, question, text)
    return _value(form, question, text, f"question '{key}'", key)


def _value(form: Form, question: Question, text: str, where: str, key: str) -> object:
    kind = question.type
    cleaned = western_digits(text).strip()
    if kind == "text":
        return text.strip()
    if kind == "yes_no":
        word = cleaned.casefold()
        if word in _YES:
            return True
        if word in _NO:
            return False
        raise AnswerError(key, f"{where}: expected yes or no (oui/non, نعم/لا), got {text!r}")
    if kind == "integer":
        try:
            return int(cleaned.replace("\u2212", "-"))
        except ValueError:
            raise AnswerError(key, f"{where}: expected a whole number, got {text!r}") from None
    if kind == "decimal":
        try:
            value = float(cleaned.replace("٫", ".").replace(",", ".").replace("\u2212", "-"))
        except ValueError:
            value = float("nan")
        if value != value or value in (float("inf"), float("-inf")):
            raise AnswerError(key, f"{where}: expected a number, got {text!r}")
        return value
    if kind == "date":
        if not is_iso_date(cleaned):
            raise AnswerError(key, f"{where}: expected a date YYYY-MM-DD, got {text!r}")
        return cleaned
    names = [choice.name for choice in form.choice_lists.get(question.choices or "", ())]
    if kind == "select_one":
        _check_names(key, [cleaned], names, where)
        return cleaned
    parts = [part.strip() for part in cleaned.replace("،", ",").split(",")]
    selected = list(dict.fromkeys(part for part in parts if part))
    _check_names(key, selected, names, where)
    return selected


def _check_names(key: str, given: list[str], names: list[str], where: str) -> None:
    for name in given:
        if name not in names:
            raise AnswerError(
                key,
                f"{where}: unknown choice '{name}' (valid: {', '.join(names)})",
            )


def _rows(form: Form, group: Question, text: str) -> list[dict[str, object]]:
    where = f"question '{group.id}'"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AnswerError(
            group.id, f"{where}: expected a JSON array of objects ({error.msg})"
        ) from None
    if not isinstance(data, list) or not all(isinstance(row, Mapping) for row in data):
        raise AnswerError(group.id, f"{where}: expected a JSON array of objects")
    subs = {sub.id: sub for sub in group.questions}
    rows: list[dict[str, object]] = []
    for number, raw_row in enumerate(data, start=1):
        row: dict[str, object] = {}
        for name, raw in raw_row.items():
            row_where = f"{group.id}[{number}].{name}"
            sub = subs.get(name)
            if sub is None:
                valid = ", ".join(subs)
                raise AnswerError(group.id, f"{row_where}: unknown question (valid: {valid})")
            row[name] = _row_value(form, sub, raw, row_where)
        rows.append(row)
    return rows


def _row_value(form: Form, sub: Question, raw: object, where: str) -> object:
    if raw is None:
        return None
    if isinstance(raw, bool) and sub.type == "yes_no":
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if sub.type == "integer" and float(raw).is_integer():
            return int(raw)
        if sub.type == "decimal":
            return float(raw)
    if isinstance(raw, list) and sub.type == "select_multiple":
        raw = ",".join(str(part) for part in raw)
    if isinstance(raw, bool | int | float):
        raw = json.dumps(raw)
    if not isinstance(raw, str):
        raise AnswerError(sub.parent or sub.id, f"{where}: unexpected value {raw!r}")
    if not raw.strip():
        return None
    return _value(form, sub, raw, where, sub.parent or sub.id)
