"""The expression language of forms: tokenizer, parser and evaluator (no `eval`)."""

from __future__ import annotations

from fieldapp.questionnaire.expressions.evaluator import (
    Scope,
    evaluate_condition,
    evaluate_node,
    truthy,
)
from fieldapp.questionnaire.expressions.nodes import (
    FUNCTIONS,
    Binary,
    Call,
    Const,
    Current,
    Node,
    Ref,
    Unary,
    references,
    row_references,
    uses_current,
    walk,
)
from fieldapp.questionnaire.expressions.parser import parse_expression
from fieldapp.questionnaire.expressions.tokenizer import ExpressionSyntaxError

__all__ = [
    "FUNCTIONS",
    "Binary",
    "Call",
    "Const",
    "Current",
    "ExpressionSyntaxError",
    "Node",
    "Ref",
    "Scope",
    "Unary",
    "evaluate_condition",
    "evaluate_node",
    "parse_expression",
    "references",
    "row_references",
    "truthy",
    "uses_current",
    "walk",
]
