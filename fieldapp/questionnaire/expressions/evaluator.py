"""Evaluate a syntax tree against the answers. Never raises on any value.

Null rules: an unanswered (or not relevant) question is null; every comparison with null is
false (including `!=`); arithmetic with null is null; in `and`, `or`, `not()` and `if()`
null counts as false; `count(null)` is 0; division by zero gives null.
`count-if(${group}, condition)` counts the rows of a repeat group for which the condition
holds (the condition sees the row's sub-questions); `years-since(year)` is the scope's year
minus `year` (null when the scope has no year).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fieldapp.questionnaire.expressions.nodes import (
    Binary,
    Call,
    Const,
    Current,
    Node,
    Ref,
    Unary,
)

Lookup = Callable[[str], object]


@dataclass(frozen=True, slots=True)
class Scope:
    """What `${name}` and `.` mean while evaluating."""

    lookup: Lookup
    current: object = None
    year: int | None = None


def truthy(value: object) -> bool:
    """Truth of a value: null, false, 0, '' and empty lists are false."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str | list | tuple | dict):
        return len(value) > 0
    return True


def is_number(value: object) -> bool:
    """An int or float that is not a bool."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def evaluate_node(node: Node, scope: Scope) -> object:
    """The value of `node` in `scope` (null when a value cannot be computed)."""
    try:
        return _eval(node, scope)
    except (ArithmeticError, RecursionError, ValueError, TypeError):
        return None


def evaluate_condition(node: Node, scope: Scope) -> bool:
    """The truth of `node` in `scope` (false when it cannot be computed)."""
    return truthy(evaluate_node(node, scope))


def _eval(node: Node, scope: Scope) -> object:
    if isinstance(node, Const):
        return node.value
    if isinstance(node, Ref):
        return scope.lookup(node.name)
    if isinstance(node, Current):
        return scope.current
    if isinstance(node, Unary):
        operand = _eval(node.operand, scope)
        return -operand if is_number(operand) else None  # type: ignore[operator]
    if isinstance(node, Binary):
        return _binary(node, scope)
    return _call(node, scope)


def _binary(node: Binary, scope: Scope) -> object:
    if node.op == "or":
        return truthy(_eval(node.left, scope)) or truthy(_eval(node.right, scope))
    if node.op == "and":
        return truthy(_eval(node.left, scope)) and truthy(_eval(node.right, scope))
    left = _eval(node.left, scope)
    right = _eval(node.right, scope)
    if node.op in ("+", "-", "*", "/"):
        return _arithmetic(node.op, left, right)
    return _compare(node.op, left, right)


def _arithmetic(op: str, left: object, right: object) -> object:
    if not (is_number(left) and is_number(right)):
        return None
    a: float = left  # type: ignore[assignment]
    b: float = right  # type: ignore[assignment]
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return None if b == 0 else a / b


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    if is_number(value):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "list"
    return "other"


def _compare(op: str, left: object, right: object) -> bool:
    if left is None or right is None:
        return False
    same_kind = _kind(left) == _kind(right)
    if op == "=":
        return same_kind and left == right
    if op == "!=":
        return not (same_kind and left == right)
    if not same_kind or _kind(left) not in ("number", "string"):
        return False
    a: float = left  # type: ignore[assignment]
    b: float = right  # type: ignore[assignment]
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


def _call(node: Call, scope: Scope) -> object:
    name = node.name
    if name == "if":
        branch = node.args[1] if truthy(_eval(node.args[0], scope)) else node.args[2]
        return _eval(branch, scope)
    if name == "count-if":
        return _count_if(node, scope)
    args = [_eval(arg, scope) for arg in node.args]
    if name == "years-since":
        value = args[0]
        if scope.year is None or not is_number(value):
            return None
        return scope.year - value  # type: ignore[operator]
    if name == "not":
        return not truthy(args[0])
    if name == "selected":
        return _selected(args[0], args[1])
    if name in ("count", "count-selected"):
        return _count(args[0])
    if name == "string-length":
        value = args[0]
        return 0 if value is None else len(value if isinstance(value, str) else str(value))
    # coalesce
    first = args[0]
    return args[1] if first is None or first == "" or first == [] else first


def _count_if(node: Call, scope: Scope) -> int:
    rows = _eval(node.args[0], scope)
    if not isinstance(rows, list | tuple):
        return 0
    total = 0
    for row in rows:
        if not isinstance(row, dict):
            continue

        def lookup(name: str, row: dict[str, object] = row) -> object:
            return row[name] if name in row else scope.lookup(name)

        if truthy(_eval(node.args[1], Scope(lookup, None, scope.year))):
            total += 1
    return total


def _selected(values: object, name: object) -> bool:
    if not isinstance(name, str):
        return False
    if isinstance(values, list | tuple):
        return name in values
    return isinstance(values, str) and values == name


def _count(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, list | tuple):
        return len(value)
    return 1
