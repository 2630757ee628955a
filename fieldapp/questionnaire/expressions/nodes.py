"""The syntax tree of an expression, and the functions the language knows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

Literal = bool | int | float | str | None


@dataclass(frozen=True, slots=True)
class Const:
    """A number, string, `true`, `false` or `null`."""

    value: Literal
    column: int


@dataclass(frozen=True, slots=True)
class Ref:
    """`${name}`: the (relevant) answer or calculated value of another question."""

    name: str
    column: int


@dataclass(frozen=True, slots=True)
class Current:
    """`.`: the value being checked by a constraint."""

    column: int


@dataclass(frozen=True, slots=True)
class Unary:
    """`-x`."""

    op: str
    operand: Node
    column: int


@dataclass(frozen=True, slots=True)
class Binary:
    """`a op b` for `or and = != < <= > >= + - * /`."""

    op: str
    left: Node
    right: Node
    column: int


@dataclass(frozen=True, slots=True)
class Call:
    """`name(arg, ...)`."""

    name: str
    args: tuple[Node, ...]
    column: int


Node = Const | Ref | Current | Unary | Binary | Call

# name -> (minimum, maximum) number of arguments
FUNCTIONS: dict[str, tuple[int, int]] = {
    "not": (1, 1),
    "if": (3, 3),
    "selected": (2, 2),
    "count": (1, 1),
    "count-selected": (1, 1),
    "string-length": (1, 1),
    "coalesce": (2, 2),
    "count-if": (2, 2),
    "years-since": (1, 1),
}


def walk(node: Node) -> Iterator[Node]:
    """Every node of the tree, depth first, parents before children."""
    yield node
    if isinstance(node, Unary):
        yield from walk(node.operand)
    elif isinstance(node, Binary):
        yield from walk(node.left)
        yield from walk(node.right)
    elif isinstance(node, Call):
        for arg in node.args:
            yield from walk(arg)


def references(node: Node) -> list[str]:
    """The question ids referenced by `${...}`, in order of appearance, without repeats."""
    seen: dict[str, None] = {}
    for sub in walk(node):
        if isinstance(sub, Ref):
            seen.setdefault(sub.name, None)
    return list(seen)


def row_references(node: Node) -> dict[str, set[str]]:
    """For each `count-if(${group}, condition)`: the group and the ids its condition uses
    (they may name the group's sub-questions, which are seen row by row)."""
    found: dict[str, set[str]] = {}
    for sub in walk(node):
        if isinstance(sub, Call) and sub.name == "count-if" and isinstance(sub.args[0], Ref):
            found.setdefault(sub.args[0].name, set()).update(references(sub.args[1]))
    return found


def uses_current(node: Node) -> bool:
    """Whether the expression uses `.`."""
    return any(isinstance(sub, Current) for sub in walk(node))
