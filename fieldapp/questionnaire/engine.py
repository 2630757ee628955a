"""Evaluate a form against answers: skip logic, calculations, checks, outcomes, checklist.

`evaluate` never raises: wrong types become `type` errors and count as unanswered, and
answers to questions that are not relevant are ignored by calculations and rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from fieldapp.domain.models import ChecklistItem, Outcome
from fieldapp.questionnaire import texts
from fieldapp.questionnaire.builder import fill_places
from fieldapp.questionnaire.expressions import Scope, evaluate_condition, evaluate_node
from fieldapp.questionnaire.model import Form, LocalText, Question
from fieldapp.questionnaire.values import is_empty, type_problem

ErrorCode = Literal["required", "constraint", "type"]


@dataclass(frozen=True, slots=True)
class QuestionError:
    """Why one answer is not accepted; `message` is in the language asked for."""

    code: ErrorCode
    message: str


@dataclass(frozen=True)
class Evaluation:
    """The result of `evaluate`.

    `errors` keys are question ids, or `group[n].sub` (n from 1) inside repeat groups;
    `values` are the relevant, well-typed answers plus calculated values, as rules see them;
    `row_visible` gives, per repeat group, the visible sub-question ids of each row.
    """

    visible: tuple[str, ...]
    errors: Mapping[str, QuestionError]
    calculated: Mapping[str, object]
    outcomes: tuple[Outcome, ...]
    items: tuple[ChecklistItem, ...]
    values: Mapping[str, object] = field(default_factory=dict)
    row_visible: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    @property
    def is_complete(self) -> bool:
        """Every visible required question answered and every answer accepted."""
        return not self.errors


class _Run:
    def __init__(
        self, form: Form, answers: Mapping[str, object], lang: str, province: str, year: int
    ) -> None:
        self.form = form
        self.answers = answers
        self.lang = lang
        self.year = year
        self.places = form.place_constants(province, lang)
        self.values: dict[str, object] = {}
        self.relevant: dict[str, bool] = {}
        self.errors: dict[str, QuestionError] = {}
        self.row_visible: dict[str, tuple[tuple[str, ...], ...]] = {}
        self.by_id = {q.id: q for q in form.questions}

    def lookup(self, name: str) -> object:
        return self.values.get(name)

    def scope(self, current: object = None) -> Scope:
        return Scope(self.lookup, current, self.year)

    def text(self, text: LocalText) -> str:
        return fill_places(text.get(self.lang), self.places)

    def compute(self) -> None:
        for qid in self.form.order:
            question = self.by_id[qid]
            scope = self.scope()
            relevant = question.relevant is None or evaluate_condition(
                question.relevant.node, scope
            )
            self.relevant[qid] = relevant
            value: object = None
            if relevant and question.type_def.computed and question.calculate is not None:
                value = evaluate_node(question.calculate.node, scope)
            elif relevant and question.type_def.rows:
                value = self._rows(question)
            elif relevant and question.takes_answer:
                raw = self.answers.get(qid)
                if not is_empty(raw) and type_problem(self.form, question, raw) is None:
                    value = raw
            self.values[qid] = value

    def check(self) -> tuple[str, ...]:
        visible: list[str] = []
        for question in self.form.questions:
            if not self.relevant[question.id] or question.type_def.computed:
                continue
            visible.append(question.id)
            if question.type_def.rows:
                self._check_group(question)
            elif question.takes_answer:
                raw = self.answers.get(question.id)
                error = self._check(question, raw, self.scope(raw))
                if error is not None:
                    self.errors[question.id] = error
        return tuple(visible)

    def _check(self, question: Question, raw: object, scope: Scope) -> QuestionError | None:
        if is_empty(raw):
            if question.required:
                return QuestionError("required", texts.text("required", self.lang))
            return None
        problem = type_problem(self.form, question, raw)
        if problem is not None:
            code, value = problem
            return QuestionError("type", texts.text(code, self.lang, {"value": value}))
        if question.constraint is not None and not evaluate_condition(
            question.constraint.node, scope
        ):
            message = question.constraint_message.get(self.lang)
            return QuestionError("constraint", message or texts.text("constraint", self.lang))
        return None

    def _raw_rows(self, group: Question) -> list[object]:
        raw = self.answers.get(group.id)
        return list(raw) if isinstance(raw, list | tuple) else []

    def _row_scope(self, row: Mapping[str, object]) -> Scope:
        return Scope(
            lambda name: row[name] if name in row else self.values.get(name), None, self.year
        )

    def _rows(self, group: Question) -> list[dict[str, object]]:
        subs = {sub.id: sub for sub in group.questions}
        rows: list[dict[str, object]] = []
        visible_rows: list[tuple[str, ...]] = []
        for raw_row in self._raw_rows(group):
            source = raw_row if isinstance(raw_row, Mapping) else {}
            row: dict[str, object] = {}
            shown: set[str] = set()
            for sub_id in self.form.row_orders.get(group.id, tuple(subs)):
                sub = subs[sub_id]
                row[sub_id] = None
                if sub.relevant is None or evaluate_condition(
                    sub.relevant.node, self._row_scope(row)
                ):
                    shown.add(sub_id)
                    raw = source.get(sub_id)
                    if not is_empty(raw) and type_problem(self.form, sub, raw) is None:
                        row[sub_id] = raw
            rows.append({key: value for key, value in row.items() if value is not None})
            visible_rows.append(tuple(sub.id for sub in group.questions if sub.id in shown))
        self.row_visible[group.id] = tuple(visible_rows)
        return rows

    def _check_group(self, group: Question) -> None:
        raw = self.answers.get(group.id)
        if raw is not None and not isinstance(raw, list | tuple):
            self.errors[group.id] = QuestionError("type", texts.text("rows", self.lang))
            return
        raw_rows = self._raw_rows(group)
        if group.required and not raw_rows:
            self.errors[group.id] = QuestionError(
                "required", texts.text("at_least_one_row", self.lang)
            )
        rows = self.values.get(group.id)
        subs = {sub.id: sub for sub in group.questions}
        visible_rows = self.row_visible.get(group.id, ())
        for index, raw_row in enumerate(raw_rows):
            key = f"{group.id}[{index + 1}]"
            if not isinstance(raw_row, Mapping):
                self.errors[key] = QuestionError("type", texts.text("row", self.lang))
                continue
            for name in raw_row:
                if name not in subs:
                    message = texts.text("unknown_question", self.lang, {"value": name})
                    self.errors[f"{key}.{name}"] = QuestionError("type", message)
            row = rows[index] if isinstance(rows, list) and index < len(rows) else {}
            for sub_id in visible_rows[index] if index < len(visible_rows) else ():
                value = raw_row.get(sub_id)
                scope = Scope(self._row_scope(row).lookup, value, self.year)
                error = self._check(subs[sub_id], value, scope)
                if error is not None:
                    self.errors[f"{key}.{sub_id}"] = error

    def outcomes(self) -> tuple[Outcome, ...]:
        scope = self.scope()
        fired = {
            rule.outcome for rule in self.form.rules if evaluate_condition(rule.when.node, scope)
        }
        chosen = [o for o in self.form.outcomes if o.id in fired]
        chosen.sort(key=lambda outcome: outcome.priority)  # stable: definition order on ties
        printed: set[str] = set()  # an item shared by outcomes goes under the first one only
        result: list[Outcome] = []
        for definition in chosen:
            items: list[ChecklistItem] = []
            for item_id in definition.items:
                item = self.form.items_by_id[item_id]
                if item_id in printed:
                    continue
                if item.when is None or evaluate_condition(item.when.node, scope):
                    printed.add(item_id)
                    held = item.held is not None and evaluate_condition(item.held.node, scope)
                    text = self.text(item.held_text if held else item.text)
                    items.append(ChecklistItem(item.id, item.kind, text))
            result.append(
                Outcome(
                    id=definition.id,
                    title=self.text(definition.title),
                    explanation=self.text(definition.explanation),
                    priority=definition.priority,
                    items=tuple(items),
                )
            )
        return tuple(result)


def evaluate(
    form: Form,
    answers: Mapping[str, object],
    lang: str = "ar",
    *,
    province: str = "",
    today: dt.date | None = None,
) -> Evaluation:
    """Visible questions, errors, calculated values, outcomes and checklist for `answers`.

    `province` (the session's) picks the form's per-province constants; `today` gives the
    year `years-since()` counts from (the current date when None).
    """
    year = (today or dt.date.today()).year
    run = _Run(form, answers if isinstance(answers, Mapping) else {}, lang, province, year)
    run.compute()
    visible = run.check()
    outcomes = run.outcomes()
    items: dict[str, ChecklistItem] = {}
    for outcome in outcomes:
        for item in outcome.items:
            items.setdefault(item.id, item)
    calculated = {q.id: run.values.get(q.id) for q in form.questions if q.type_def.computed}
    return Evaluation(
        visible=visible,
        errors=run.errors,
        calculated=calculated,
        outcomes=outcomes,
        items=tuple(items.values()),
        values={key: value for key, value in run.values.items() if value is not None},
        row_visible=run.row_visible,
    )


def check_answers(
    form: Form, answers: Mapping[str, object], lang: str = "ar"
) -> dict[str, QuestionError]:
    """Type and constraint problems of `answers` (missing required answers are not problems).

    Unlike `evaluate`, also reports unknown keys, answers given to notes or calculations, and
    wrongly typed answers to questions that are not relevant now.
    """
    evaluation = evaluate(form, answers, lang)
    problems = {k: e for k, e in evaluation.errors.items() if e.code != "required"}
    top = {q.id: q for q in form.questions}
    for key, value in answers.items():
        question = top.get(key)
        if question is None:
            message = texts.text("unknown_question", lang, {"value": key})
            problems[key] = QuestionError("type", message)
        elif not question.takes_answer:
            if not is_empty(value):
                problems[key] = QuestionError("type", texts.text("no_answer", lang))
        elif key not in evaluation.visible and not is_empty(value):
            problem = type_problem(form, question, value)
            if problem is not None:
                code, shown = problem
                problems[key] = QuestionError("type", texts.text(code, lang, {"value": shown}))
    return problems
