"""Every reachable combination of the answers that drive a form's outcomes, and what it gives.

The *driving* questions are those the rules depend on, directly or through calculations and
skip logic. Each is enumerated over representative values: yes/no both ways, every choice of a
select, and for integers one value on each side of every threshold the form compares them
with (`${years_practice} >= 3` gives 0 and 3; `years-since(${birth_year}) > 21` gives the
ages 0 and 22, written as birth years). A question that is not relevant in a combination is
not asked. A repeat group is enumerated as no row or one row, its sub-questions enumerated the
same way. Items whose condition rests on other questions (`documents_held`, the RSU answers)
are listed with their condition rather than enumerated.

`merged_rows` then joins combinations that give the same outcomes and items and differ in one
question only, until nothing more joins, so a reviewer reads `amo_status: cnops, family` once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from fieldapp.domain.texts import text
from fieldapp.questionnaire.builder import fill_places
from fieldapp.questionnaire.expressions import (
    Binary,
    Call,
    Const,
    Node,
    Ref,
    Scope,
    evaluate_condition,
    evaluate_node,
    references,
    row_references,
    walk,
)
from fieldapp.questionnaire.model import Form, ItemDef, Question
from fieldapp.questionnaire.question_types import Enumeration

_FLIP = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=", "!=": "!="}
_MEMBERS = "{group}.rows"  # not a valid question id: cannot clash


@dataclass(frozen=True, slots=True)
class GivenItem:
    """An item an outcome gives in a combination; `condition` is the source of a `when` that
    rests on questions not enumerated (the item is printed only when it holds)."""

    item_id: str
    condition: str = ""


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """One combination (or, once merged, a set of them): the values of each driving question
    (None: not asked), the outcomes in printed order and the items under each outcome."""

    values: Mapping[str, frozenset[object]]
    outcomes: tuple[str, ...]
    items: tuple[tuple[str, tuple[GivenItem, ...]], ...]

    @property
    def result(self) -> tuple[object, ...]:
        """What the row gives (outcomes and items), to compare rows."""
        return (self.outcomes, self.items)


@dataclass(frozen=True)
class DecisionTable:
    """The driving questions (column keys, `group.sub` for repeat sub-questions) and rows."""

    form: Form
    columns: tuple[str, ...]
    rows: tuple[DecisionRow, ...]
    combinations: int

    def every_value(self, column: str) -> frozenset[object]:
        """Every value the column takes somewhere in the table, except "not asked"."""
        seen: set[object] = set()
        for row in self.rows:
            seen |= row.values[column]
        seen.discard(None)
        return frozenset(seen)


def _comparisons(node: Node) -> Iterator[tuple[str, bool, str, float]]:
    """(question id, through years-since, operator with the question on the left, number)."""
    for sub in walk(node):
        if not isinstance(sub, Binary) or sub.op not in _FLIP:
            continue
        for left, right, op in (
            (sub.left, sub.right, sub.op),
            (sub.right, sub.left, _FLIP[sub.op]),
        ):
            if not (isinstance(right, Const) and isinstance(right.value, int | float)):
                continue
            if isinstance(left, Ref):
                yield left.name, False, op, float(right.value)
            elif (
                isinstance(left, Call)
                and left.name == "years-since"
                and isinstance(left.args[0], Ref)
            ):
                yield left.args[0].name, True, op, float(right.value)


def _cuts(op: str, number: float) -> set[int]:
    """Integers c such that the comparison may differ between c - 1 and c."""
    n = int(number)
    if op in (">=", "<"):
        return {n}
    if op in (">", "<="):
        return {n + 1}
    return {n, n + 1}


class _Plan:
    """Which questions drive outcomes, and the values each is enumerated over."""

    def __init__(self, form: Form, today: dt.date) -> None:
        self.form = form
        self.year = today.year
        self.top = {q.id: q for q in form.questions}
        self.driving: set[str] = set()
        self.row_driving: dict[str, set[str]] = {}
        exprs = [rule.when.node for rule in form.rules]
        self._close(exprs)
        self.expressions = self._all_expressions()
        self._values: dict[str, list[object]] = {}
        # items whose condition rests on questions that are not enumerated
        self.conditional = {
            item.id: item.when.source
            for item in form.items_by_id.values()
            if item.when is not None
            and any(self._outside(ref) for ref in _item_references(form, item))
        }

    def _close(self, exprs: list[Node]) -> None:
        pending = list(exprs)
        while pending:
            node = pending.pop()
            for group, subs in row_references(node).items():
                known = self.row_driving.setdefault(group, set())
                group_q = self.top.get(group)
                for sub in group_q.questions if group_q else ():
                    if sub.id in subs and sub.id not in known:
                        known.add(sub.id)
                        if sub.relevant is not None:
                            pending.append(sub.relevant.node)
            for ref in references(node):
                question = self.top.get(ref)
                if question is None or ref in self.driving:
                    continue
                self.driving.add(ref)
                for expr in (question.relevant, question.calculate):
                    if expr is not None:
                        pending.append(expr.node)

    def _outside(self, ref: str) -> bool:
        """Whether `ref` is an answered question the table does not enumerate."""
        question = self.form.question(ref)
        if question.parent is not None:
            return ref not in self.row_driving.get(question.parent, set())
        return ref not in self.driving and question.takes_answer

    def _all_expressions(self) -> list[Node]:
        nodes = [rule.when.node for rule in self.form.rules]
        for question in self.form.all_questions():
            for expr in (question.relevant, question.calculate):
                if expr is not None:
                    nodes.append(expr.node)
        nodes += [item.when.node for item in self.form.items_by_id.values() if item.when]
        return nodes

    def integer_values(self, question_id: str) -> list[int]:
        plain: set[int] = set()
        ages: set[int] = set()
        for node in self.expressions:
            for name, aged, op, number in _comparisons(node):
                if name == question_id:
                    (ages if aged else plain).update(_cuts(op, number))
        if ages:
            return [self.year - age for age in sorted({0} | ages)]
        return sorted({0} | {c for c in plain if c >= 0})

    def values(self, question: Question) -> list[object]:
        if question.id not in self._values:
            self._values[question.id] = self._representatives(question)
        return self._values[question.id]

    def _representatives(self, question: Question) -> list[object]:
        how = question.type_def.enumeration
        if how is Enumeration.YES_NO:
            return [True, False]
        if how is Enumeration.CHOICES and question.choices:
            return [name for name, _ in self.form.choices(question.choices)]
        if how is Enumeration.CUTS:
            return list(self.integer_values(question.id))
        return [None]

    def columns(self) -> tuple[str, ...]:
        columns: list[str] = []
        for question in self.form.questions:
            if question.id not in self.driving or not question.takes_answer:
                continue
            columns.append(question.id)
        return tuple(columns)


RowKey = tuple[tuple[str, object], ...]


@dataclass(frozen=True, slots=True)
class RowKind:
    """A kind of repeat row as the form sees it: the `count-if` calculations it counts in
    (`children_over_limits`), one example row, and how many enumerated rows are of this kind."""

    counts_in: tuple[str, ...]
    example: RowKey
    members: int


def _row_classes(plan: _Plan, group: Question) -> list[tuple[dict[str, object], frozenset[object]]]:
    """One row per class of rows the form cannot tell apart, with every member of the class.

    Rows are seen only through `count-if(${group}, ...)`; two rows for which every such
    condition of the form gives the same answer give the same outcomes and items, so one of
    them is evaluated for all (exact as long as the conditions use only the row's answers).
    """
    conditions: list[Node] = []
    row_only = True
    subs = {sub.id for sub in group.questions}
    for node in plan.expressions:
        for sub in walk(node):
            if (
                isinstance(sub, Call)
                and sub.name == "count-if"
                and isinstance(sub.args[0], Ref)
                and sub.args[0].name == group.id
            ):
                conditions.append(sub.args[1])
                row_only &= set(references(sub.args[1])) <= subs
    counters = {
        q.id: q.calculate.node.args[1]
        for q in plan.form.questions
        if q.calculate is not None
        and isinstance(q.calculate.node, Call)
        and q.calculate.node.name == "count-if"
        and isinstance(q.calculate.node.args[0], Ref)
        and q.calculate.node.args[0].name == group.id
    }
    classes: dict[object, tuple[dict[str, object], set[RowKey]]] = {}
    for row in _rows_of_group(plan, group):
        if not row:
            continue
        scope = Scope(lambda name, row=row: row.get(name), None, plan.year)  # type: ignore[misc]
        key: object = (
            tuple(evaluate_condition(c, scope) for c in conditions)
            if row_only
            else tuple(sorted(row.items()))
        )
        members = classes.setdefault(key, (row, set()))[1]
        members.add(tuple((sub.id, row.get(sub.id)) for sub in group.questions if sub.id in row))
    result: list[tuple[dict[str, object], frozenset[object]]] = []
    for row, members in classes.values():
        scope = Scope(lambda name, row=row: row.get(name), None, plan.year)  # type: ignore[misc]
        names = tuple(name for name, cond in counters.items() if evaluate_condition(cond, scope))
        example = tuple((sub.id, row.get(sub.id)) for sub in group.questions if sub.id in row)
        result.append((row, frozenset([RowKind(names, example, len(members))])))
    return result


def _rows_of_group(plan: _Plan, group: Question) -> list[dict[str, object]]:
    """No row, then one row per combination of the group's driving sub-questions."""
    subs = [s for s in group.questions if s.id in plan.row_driving.get(group.id, set())]
    rows: list[dict[str, object]] = []

    def visit(index: int, row: dict[str, object]) -> None:
        if index == len(subs):
            rows.append(dict(row))
            return
        sub = subs[index]
        scope = Scope(lambda name: row.get(name), None, plan.year)
        if sub.relevant is not None and not evaluate_condition(sub.relevant.node, scope):
            visit(index + 1, row)
            return
        for value in plan.values(sub):
            row[sub.id] = value
            visit(index + 1, row)
            del row[sub.id]

    visit(0, {})
    return rows


def _combinations(plan: _Plan) -> Iterator[dict[str, object]]:
    """Every reachable set of values (answers and calculations), in the form's order."""
    form = plan.form
    order = list(form.order)
    group_rows = {
        q.id: _row_classes(plan, q)
        for q in form.questions
        if q.type_def.rows and q.id in plan.driving
    }

    def visit(index: int, values: dict[str, object]) -> Iterator[dict[str, object]]:
        if index == len(order):
            yield dict(values)
            return
        question = plan.top[order[index]]
        scope = Scope(values.get, None, plan.year)
        relevant = question.relevant is None or evaluate_condition(question.relevant.node, scope)
        if not relevant or (question.id not in plan.driving and not question.type_def.computed):
            values[question.id] = None
            yield from visit(index + 1, values)
            return
        if question.type_def.computed and question.calculate is not None:
            values[question.id] = evaluate_node(question.calculate.node, scope)
            yield from visit(index + 1, values)
            return
        if question.type_def.rows:
            values[_MEMBERS.format(group=question.id)] = frozenset()
            values[question.id] = []
            yield from visit(index + 1, values)
            for row, members in group_rows[question.id]:
                values[_MEMBERS.format(group=question.id)] = members
                values[question.id] = [row]
                yield from visit(index + 1, values)
        else:
            for option in plan.values(question):
                values[question.id] = option
                yield from visit(index + 1, values)
        values[question.id] = None

    yield from visit(0, {})


def _item_references(form: Form, item: ItemDef) -> set[str]:
    if item.when is None:
        return set()
    found: set[str] = set()
    pending = list(references(item.when.node))
    while pending:
        ref = pending.pop()
        if ref in found:
            continue
        found.add(ref)
        question = form.question(ref) if form.has_question(ref) else None
        if question is not None and question.calculate is not None:
            pending += references(question.calculate.node)
    return found


def _row(plan: _Plan, values: dict[str, object], columns: tuple[str, ...]) -> DecisionRow:
    form = plan.form
    scope = Scope(values.get, None, plan.year)
    fired = {rule.outcome for rule in form.rules if evaluate_condition(rule.when.node, scope)}
    chosen = sorted((o for o in form.outcomes if o.id in fired), key=lambda o: o.priority)
    printed: set[str] = set()
    items: list[tuple[str, tuple[GivenItem, ...]]] = []
    for outcome in chosen:
        given: list[GivenItem] = []
        for item_id in outcome.items:
            item = form.items_by_id[item_id]
            if item_id in printed:
                continue
            condition = plan.conditional.get(item_id, "")
            if (
                item.when is not None
                and not condition
                and not evaluate_condition(item.when.node, scope)
            ):
                continue
            printed.add(item_id)
            given.append(GivenItem(item_id, condition))
        items.append((outcome.id, tuple(given)))
    cells: dict[str, frozenset[object]] = {}
    for column in columns:
        value = values.get(column)
        if isinstance(value, list):
            members = values.get(_MEMBERS.format(group=column))
            no_row: frozenset[object] = frozenset([()])  # () is "no row"
            cells[column] = members if isinstance(members, frozenset) and members else no_row
        else:
            cells[column] = frozenset([value])
    return DecisionRow(cells, tuple(o.id for o in chosen), tuple(items))


def decision_table(form: Form, *, today: dt.date | None = None) -> DecisionTable:
    """Every reachable combination of the driving answers of `form`, one row each."""
    plan = _Plan(form, today or dt.date.today())
    columns = plan.columns()
    rows = tuple(_row(plan, values, columns) for values in _combinations(plan))
    return DecisionTable(form, columns, rows, sum(_size(row) for row in rows))


def _size(row: DecisionRow) -> int:
    """How many answer combinations a row stands for."""
    size = 1
    for values in row.values.values():
        size *= sum(v.members if isinstance(v, RowKind) else 1 for v in values)
    return size


def merged_rows(table: DecisionTable) -> DecisionTable:
    """The same table with rows that give the same result joined where they differ in a
    single question (repeated until no two rows join). Exact: a merged row stands for every
    combination of its value sets, each of which is a row of the original table."""
    rows = list(table.rows)
    changed = True
    while changed:
        changed = False
        for column in table.columns:
            groups: dict[tuple[object, ...], list[DecisionRow]] = {}
            for row in rows:
                key = (
                    row.result,
                    tuple(row.values[c] for c in table.columns if c != column),
                )
                groups.setdefault(key, []).append(row)
            if all(len(group) == 1 for group in groups.values()):
                continue
            changed = True
            rows = []
            for group in groups.values():
                joined = frozenset().union(*(row.values[column] for row in group))
                first = group[0]
                rows.append(
                    DecisionRow({**first.values, column: joined}, first.outcomes, first.items)
                )
    return DecisionTable(table.form, table.columns, tuple(rows), table.combinations)


def conflicts(table: DecisionTable) -> list[tuple[DecisionRow, list[tuple[str, str]]]]:
    """The rows whose outcomes include a pair the form declares exclusive."""
    found = []
    for row in table.rows:
        pairs = table.form.conflicting(row.outcomes)
        if pairs:
            found.append((row, pairs))
    return found


def value_label(form: Form, column: str, value: object, lang: str, *, names: bool = True) -> str:
    """How a cell value reads for reviewers: a choice label, yes/no, a number, or '—'; a
    repeat row as its answers (`relationship: Child (child), birth_year: 1999`)."""
    if value is None:
        return "—"
    if isinstance(value, RowKind):
        example = value_label(form, column, value.example, lang, names=names)
        counts = " + ".join(value.counts_in) or "—"
        return (
            f"{counts} ({value.members}: {example}…)"
            if value.members > 1
            else f"{counts} ({example})"
        )
    if isinstance(value, tuple):
        if not value:
            return text("decision_table.no_row", lang)
        return ", ".join(
            f"{sub}: {value_label(form, sub, v, lang, names=names)}" for sub, v in value
        )
    question = form.question(column)
    labels = dict(form.choices(question.choices, lang)) if question.choices else {}
    label = question.type_def.show(value, lang, labels)
    return f"{label} ({value})" if names and labels and isinstance(value, str) else label


def item_text(form: Form, item_id: str, lang: str, province: str = "") -> str:
    """An item's text in `lang` with the province's places filled in."""
    item = form.items_by_id[item_id]
    return fill_places(item.text.get(lang), form.place_constants(province, lang))
