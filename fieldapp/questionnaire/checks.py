"""Cross-checks of a built form: ids, references, choice names, outcomes and cycles.

Every problem names the element (`question 'x'`, `outcome 'y'`, `item 'z'`, `rule 3`) and the
reason. `evaluation_order` also returns the order in which the engine computes values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from fieldapp.questionnaire.builder import Parts
from fieldapp.questionnaire.errors import FormProblem
from fieldapp.questionnaire.expressions import (
    Binary,
    Call,
    Const,
    Node,
    Ref,
    references,
    row_references,
    uses_current,
    walk,
)
from fieldapp.questionnaire.model import Choice, Expression, Question
from fieldapp.questionnaire.question_types import CHOICE_TYPES


class Checker:
    """Collects the semantic problems of `parts` read from `source`."""

    def __init__(self, parts: Parts, source: str, failed: Iterable[tuple[str, str]] = ()) -> None:
        self._parts = parts
        self._failed = set(failed)
        self._source = source
        self.problems: list[FormProblem] = []
        self._top = {q.id: q for q in parts.questions}
        self._all: dict[str, Question] = {}
        for question in parts.questions:
            self._all.setdefault(question.id, question)
            for sub in question.questions:
                self._all.setdefault(sub.id, sub)

    def _add(self, location: str, reason: str) -> None:
        self.problems.append(FormProblem(self._source, location, reason))

    def check(self) -> list[FormProblem]:
        """Run every check; the problems found, in document order."""
        self._duplicates()
        for question in self._parts.questions:
            self._question(question, None)
        self._items_outcomes_rules()
        self._exclusive_and_sources()
        return self.problems

    def _exclusive_and_sources(self) -> None:
        outcome_ids = {outcome.id for outcome in self._parts.outcomes}
        for number, group in enumerate(self._parts.exclusive, start=1):
            for name in group:
                if name not in outcome_ids:
                    self._add(f"exclusive group {number}", f"unknown outcome '{name}'")
        defaults = set(self._parts.province_defaults)
        for province in self._parts.provinces:
            for name in sorted(set(province.constants) - defaults):
                self._add(
                    f"province '{province.id}'",
                    f"constant '{name}' has no default under province_constants",
                )
        if not self._parts.sources:
            return  # a form without a `sources` section does not cite (small or test forms)
        cited: list[tuple[str, tuple[str, ...], str]] = [
            (f"item '{i.id}'", i.backing.sources, i.backing.unverified) for i in self._parts.items
        ]
        cited += [
            (f"outcome '{o.id}'", o.backing.sources, o.backing.unverified)
            for o in self._parts.outcomes
        ]
        for where, sources, unverified in cited:
            if not sources and not unverified:
                self._add(where, "needs 'sources' (ids under sources) or an 'unverified' note")
            for name in sources:
                if name not in self._parts.sources:
                    self._add(where, f"unknown source '{name}'")

    def _duplicates(self) -> None:
        seen: set[str] = set()
        for question in self._parts.questions:
            for q in (question, *question.questions):
                if q.id in seen:
                    self._add(f"question '{q.id}'", "duplicate question id")
                seen.add(q.id)
        for kind, ids in (
            ("outcome", [o.id for o in self._parts.outcomes]),
            ("item", [i.id for i in self._parts.items]),
        ):
            for index, name in enumerate(ids):
                if name in ids[:index]:
                    self._add(f"{kind} '{name}'", f"duplicate {kind} id")
        for list_name, choices in self._parts.choice_lists.items():
            names = [c.name for c in choices]
            for index, name in enumerate(names):
                if name in names[:index]:
                    self._add(f"choice list '{list_name}'", f"duplicate choice name '{name}'")

    def _question(self, q: Question, group: Question | None) -> None:
        where = f"question '{q.id}'"
        kind = q.type_def
        if kind.has_choices:
            if q.choices is None:
                self._add(where, f"a {q.type} question needs 'choices' (a choice list name)")
            elif q.choices not in self._parts.choice_lists:
                self._add(where, f"choice list '{q.choices}' is not defined under 'choices'")
        elif q.choices is not None:
            self._add(where, f"'choices' only applies to {' and '.join(CHOICE_TYPES)}")
        if kind.needs_label and not q.label:
            self._add(where, "missing label")
        has_calculate = q.calculate is not None or (where, "calculate") in self._failed
        if kind.computed != has_calculate:
            self._add(where, "'calculate' is needed by, and only allowed in, calculate questions")
        if q.required and not kind.allows_required:
            self._add(where, f"a {q.type} cannot be required")
        if q.constraint is not None and not kind.allows_constraint:
            self._add(where, f"a {q.type} cannot have a constraint")
        if q.constraint is not None and not q.constraint_message:
            self._add(where, "a constraint needs a constraint_message")
        if kind.rows:
            if not q.questions:
                self._add(where, "a repeat group needs 'questions'")
            if group is not None:
                self._add(where, "repeat groups cannot be nested")
        elif q.questions:
            self._add(where, "'questions' only applies to repeat groups")
        if group is not None and kind.computed:
            self._add(where, "calculate questions are not supported inside a repeat group")
        for name, expr in (("relevant", q.relevant), ("calculate", q.calculate)):
            self._expression(expr, where, name, group, allow_current=False)
        self._expression(q.constraint, where, "constraint", group, allow_current=True)
        for sub in q.questions:
            self._question(sub, q)

    def _items_outcomes_rules(self) -> None:
        item_ids = {item.id for item in self._parts.items}
        for item in self._parts.items:
            self._expression(item.when, f"item '{item.id}'", "when", None, allow_current=False)
            self._expression(item.held, f"item '{item.id}'", "held", None, allow_current=False)
            if (item.held is None) != (not item.held_text):
                self._add(f"item '{item.id}'", "'held' and 'held_text' go together")
        for outcome in self._parts.outcomes:
            for item_id in outcome.items:
                if item_id not in item_ids:
                    self._add(f"outcome '{outcome.id}'", f"unknown checklist item '{item_id}'")
        outcome_ids = {outcome.id for outcome in self._parts.outcomes}
        targeted: set[str] = set()
        rule_failed = any(where.startswith("rule ") for where, _ in self._failed)
        for rule in self._parts.rules:
            where = f"rule {rule.number}"
            if rule.outcome not in outcome_ids:
                self._add(where, f"unknown outcome '{rule.outcome}'")
            targeted.add(rule.outcome)
            self._expression(rule.when, where, "when", None, allow_current=False)
        for outcome in self._parts.outcomes:
            if outcome.id not in targeted and not rule_failed:
                self._add(f"outcome '{outcome.id}'", "no rule leads to this outcome")

    def _expression(
        self,
        expr: Expression | None,
        where: str,
        name: str,
        group: Question | None,
        *,
        allow_current: bool,
    ) -> None:
        if expr is None:
            return
        if not allow_current and uses_current(expr.node):
            self._add(where, f"{name}: '.' (the current value) is only allowed in a constraint")
        siblings = {sub.id for sub in group.questions} if group is not None else set()
        for group_id in row_references(expr.node):
            target = self._top.get(group_id)
            if target is None or not target.type_def.rows:
                self._add(where, f"{name}: count-if needs a repeat group, not '{group_id}'")
            else:
                siblings |= {sub.id for sub in target.questions}
        for ref in references(expr.node):
            reason = self._reference_problem(ref, siblings)
            if reason:
                self._add(where, f"{name}: {reason}")
        for question, literal in _choice_literals(expr.node, self._all):
            choices = self._parts.choice_lists.get(question.choices or "")
            if choices is not None and literal not in {c.name for c in choices}:
                self._add(
                    where,
                    f"{name}: unknown choice '{literal}' for question '{question.id}' "
                    f"(valid: {_names(choices)})",
                )

    def _reference_problem(self, ref: str, siblings: set[str]) -> str:
        if ref in siblings:
            return ""
        if ref not in self._all:
            return f"unknown question '{ref}'"
        target = self._all[ref]
        if target.parent is not None:
            return (
                f"'{ref}' is inside repeat group '{target.parent}' and can only be used by "
                f"questions of that group (use count(${{{target.parent}}}) outside it)"
            )
        if not target.type_def.has_value:
            return f"'{ref}' is a {target.type} and has no value"
        return ""


def _names(choices: Sequence[Choice]) -> str:
    return ", ".join(choice.name for choice in choices)


def _choice_literals(
    node: Node, questions: Mapping[str, Question]
) -> Iterable[tuple[Question, str]]:
    """(select question, string) pairs compared with `=`/`!=` or tested with `selected()`."""
    for sub in walk(node):
        pair: tuple[Node, Node] | None = None
        if isinstance(sub, Binary) and sub.op in ("=", "!="):
            pair = (sub.left, sub.right)
        elif isinstance(sub, Call) and sub.name == "selected":
            pair = (sub.args[0], sub.args[1])
        if pair is None:
            continue
        for ref, literal in (pair, pair[::-1]):
            if (
                isinstance(ref, Ref)
                and isinstance(literal, Const)
                and isinstance(literal.value, str)
            ):
                question = questions.get(ref.name)
                if question is not None and question.type_def.has_choices:
                    yield question, literal.value
