"""Typed answers from the text typed on a command line (`KEY=VALUE`).

Empty text means "no answer" (None). Arabic-Indic digits are accepted in numbers and dates.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from fieldapp.questionnaire.errors import AnswerError
from fieldapp.questionnaire.model import Form, Question
from fieldapp.questionnaire.values import choice_names


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
    if question.type_def.rows:
        return _rows(form, question, text)
    return _value(form, question, text, f"question '{key}'", key)


def _value(form: Form, question: Question, text: str, where: str, key: str) -> object:
    try:
        return question.type_def.parse(text, choice_names(form, question))
    except ValueError as error:
        raise AnswerError(key, f"{where}: {error}") from None


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
    text = sub.type_def.from_json(raw)
    if text is None:
        raise AnswerError(sub.parent or sub.id, f"{where}: unexpected value {raw!r}")
    if not text.strip():
        return None
    return _value(form, sub, text, where, sub.parent or sub.id)


def answer_text(question: Question, value: object) -> str:
    """A stored answer written as `parse_answer_text` reads it ('' when unanswered)."""
    return "" if value is None else question.type_def.to_text(value)
