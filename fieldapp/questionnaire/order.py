"""The order in which values are computed, and the detection of circular references.

A question's value depends on the questions its `relevant` and `calculate` expressions (and,
for a repeat group, its sub-questions' `relevant`) refer to. Values are computed so that every
dependency comes first; a cycle is refused when the form is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from fieldapp.questionnaire.errors import FormProblem
from fieldapp.questionnaire.expressions import references
from fieldapp.questionnaire.model import Question


def _dependencies(question: Question, known: Mapping[str, Question]) -> list[str]:
    exprs = [question.relevant, question.calculate]
    exprs += [sub.relevant for sub in question.questions]
    deps: dict[str, None] = {}
    for expr in exprs:
        if expr is not None:
            for ref in references(expr.node):
                if ref in known:
                    deps.setdefault(ref, None)
    return list(deps)


def dependency_order(
    questions: Sequence[Question], source: str
) -> tuple[tuple[str, ...], list[FormProblem]]:
    """Ids of `questions` with dependencies first (stable: form order otherwise).

    Returns the order and one problem per cycle found, naming the question where the cycle was
    entered, e.g. `question 'a': circular calculation: a -> b -> a`.
    """
    known = {q.id: q for q in questions}
    deps = {q.id: _dependencies(q, known) for q in questions}
    order: list[str] = []
    state: dict[str, str] = {}  # "active" while on the path, "done" when ordered
    problems: list[FormProblem] = []
    reported: set[frozenset[str]] = set()

    def visit(node: str, path: list[str]) -> None:
        state[node] = "active"
        path.append(node)
        for dep in deps[node]:
            if state.get(dep) == "active":
                cycle = [*path[path.index(dep) :], dep]
                if frozenset(cycle) not in reported:
                    reported.add(frozenset(cycle))
                    kind = _cycle_kind(cycle, known)
                    reason = f"circular {kind}: {' -> '.join(cycle)}"
                    problems.append(FormProblem(source, f"question '{dep}'", reason))
            elif dep not in state:
                visit(dep, path)
        path.pop()
        state[node] = "done"
        order.append(node)

    for question in questions:
        if question.id not in state:
            visit(question.id, [])
    return tuple(order), problems


def _cycle_kind(cycle: Sequence[str], known: Mapping[str, Question]) -> str:
    if all(known[name].type_def.computed for name in cycle):
        return "calculation"
    return "reference (relevant/calculate)"
