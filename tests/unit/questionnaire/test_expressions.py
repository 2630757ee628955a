"""The expression language: tokenizer, parser (precedence, errors) and null-safe evaluation."""

from __future__ import annotations

import pytest

from fieldapp.questionnaire.expressions import (
    ExpressionSyntaxError,
    Scope,
    evaluate_node,
    parse_expression,
    references,
)


def run(text: str, answers: dict[str, object] | None = None, current: object = None) -> object:
    return evaluate_node(parse_expression(text), Scope((answers or {}).get, current))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("10 - 4 - 3", 3),
        ("12 / 4 / 3", 1.0),
        ("-2 * 3", -6),
        ("2 - -1", 3),
        ("1 + 1 = 2", True),
        ("true or false and false", True),
        ("(true or false) and false", False),
        ("not(1 > 2) and 3 >= 3", True),
        ("1 < 2 or 1 / 0 = 1", True),
        ("if(2 > 1, 'a', 'b')", "a"),
        ("if(null, 'a', 'b')", "b"),
        ("'abc' = \"abc\"", True),
        ("'a' < 'b'", True),
        ("1.5 * 2", 3.0),
        ("1 <> 2", True),
        ("string-length('سلام')", 4),
        ("coalesce(null, 3)", 3),
    ],
)
def test_values_and_precedence(text: str, expected: object) -> None:
    assert run(text) == expected


def test_references_and_functions() -> None:
    answers: dict[str, object] = {
        "years_practice": 4,
        "has_diploma": False,
        "docs": ["cin_copy", "photo"],
        "kids": [{"name": "a"}, {"name": "b"}],
        "status": "not_registered",
    }
    assert run("${years_practice} >= 3 and ${has_diploma} = false", answers) is True
    assert run("${has_diploma} = true", answers) is False
    assert run("selected(${docs}, 'cin_copy')", answers) is True
    assert run("selected(${docs}, 'diploma_copy')", answers) is False
    assert run("selected(${status}, 'not_registered')", answers) is True
    assert run("count-selected(${docs}) = 2", answers) is True
    assert run("count(${kids}) > 1", answers) is True
    assert run(". >= 0 and . <= 80", answers, current=81) is False
    assert run(". >= 0 and . <= 80", answers, current=0) is True


@pytest.mark.parametrize(
    "text",
    [
        "${missing} = 1",
        "${missing} != 1",
        "${missing} < 1",
        "${missing} >= 1",
        "${missing} = null",
        "selected(${missing}, 'a')",
        "${missing} + 1 = 1",
        "'3' = 3",
        "true = 1",
        "'a' < 1",
    ],
)
def test_null_and_mixed_comparisons_are_false(text: str) -> None:
    assert run(text) is False


def test_null_arithmetic_and_functions() -> None:
    assert run("${missing} + 1") is None
    assert run("1 / 0") is None
    assert run("count(${missing})") == 0
    assert run("count-selected(${missing})") == 0
    assert run("not(${missing})") is True
    assert run("string-length(${missing})") == 0
    assert run("-${missing}") is None
    assert run("'a' + 1") is None


def test_different_kinds_are_not_equal() -> None:
    assert run("'1' != 1") is True
    assert run("1 = 1.0") is True


def test_references_listed_once_in_order() -> None:
    node = parse_expression("${b} > 1 and ${a} = ${b} or count(${c}) = 0")
    assert references(node) == ["b", "a", "c"]


@pytest.mark.parametrize(
    ("text", "message", "column"),
    [
        ("", "empty expression", 1),
        ("1 +", "expected a value, found end of expression", 4),
        ("(1 + 2", "expected ')', found end of expression", 7),
        ("${a} = = 2", "expected a value, found '='", 8),
        ("1 < 2 < 3", "comparisons cannot be chained", 7),
        ("foo(1)", "unknown function 'foo'", 1),
        ("count(1, 2)", "count() takes 1 argument(s), got 2", 1),
        ("if(1, 2)", "if() takes 3 argument(s), got 2", 1),
        ("'abc", "unclosed string", 1),
        ("${abc", "unclosed '${'", 1),
        ("${} = 1", "invalid question id", 1),
        ("$abc", "expected '{' after '$'", 2),
        ("years >= 3", "unknown name 'years'", 1),
        ("1 # 2", "unexpected character '#'", 3),
        ("1 2", "unexpected '2'", 3),
    ],
)
def test_syntax_errors_have_positions(text: str, message: str, column: int) -> None:
    with pytest.raises(ExpressionSyntaxError) as caught:
        parse_expression(text)
    assert message in caught.value.message
    assert caught.value.column == column
    assert str(caught.value).endswith(f"at column {column}")


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(ExpressionSyntaxError, match="nested too deeply"):
        parse_expression("(" * 5000 + "1" + ")" * 5000)
