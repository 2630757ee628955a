"""Split an expression into tokens, each with its 1-based column.

Syntax (ODK-like): `${question}` references, `.` (the value being checked, in constraints),
numbers, 'quoted' or "quoted" strings, names (`and`, `or`, `true`, `false`, `null`,
functions such as `count-selected`), operators `= != < <= > >= + - * /`, `( ) ,`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ExpressionSyntaxError(ValueError):
    """The expression text is malformed; `column` is 1-based."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(f"{message} at column {column}")
        self.message = message
        self.column = column


class TokenKind(StrEnum):
    """The kinds of token the parser sees."""

    NUMBER = "number"
    STRING = "string"
    REF = "reference"
    DOT = "."
    NAME = "name"
    OP = "operator"
    LPAREN = "("
    RPAREN = ")"
    COMMA = ","
    END = "end of expression"


@dataclass(frozen=True, slots=True)
class Token:
    """One token; `column` is 1-based."""

    kind: TokenKind
    text: str
    column: int


_TWO_CHAR_OPS = ("!=", "<=", ">=", "<>")
_ONE_CHAR_OPS = "=<>+-*/"
_SINGLE = {"(": TokenKind.LPAREN, ")": TokenKind.RPAREN, ",": TokenKind.COMMA}


def _is_name_start(char: str) -> bool:
    return char.isascii() and (char.isalpha() or char == "_")


def _is_name_char(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char == "_")


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`, ending with an END token; raises ExpressionSyntaxError."""
    tokens: list[Token] = []
    pos = 0
    length = len(text)
    while pos < length:
        char = text[pos]
        column = pos + 1
        if char.isspace():
            pos += 1
        elif char == "$":
            pos = _reference(text, pos, tokens)
        elif char.isdigit() or (char == "." and pos + 1 < length and text[pos + 1].isdigit()):
            pos = _number(text, pos, tokens)
        elif char == ".":
            tokens.append(Token(TokenKind.DOT, ".", column))
            pos += 1
        elif char in "'\"":
            pos = _string(text, pos, tokens)
        elif _is_name_start(char):
            pos = _name(text, pos, tokens)
        elif text.startswith(_TWO_CHAR_OPS, pos):
            op = text[pos : pos + 2]
            tokens.append(Token(TokenKind.OP, "!=" if op == "<>" else op, column))
            pos += 2
        elif char in _ONE_CHAR_OPS:
            tokens.append(Token(TokenKind.OP, char, column))
            pos += 1
        elif char in _SINGLE:
            tokens.append(Token(_SINGLE[char], char, column))
            pos += 1
        else:
            raise ExpressionSyntaxError(f"unexpected character {char!r}", column)
    tokens.append(Token(TokenKind.END, "", length + 1))
    return tokens


def _reference(text: str, pos: int, tokens: list[Token]) -> int:
    if not text.startswith("${", pos):
        raise ExpressionSyntaxError("expected '{' after '$'", pos + 2)
    end = text.find("}", pos + 2)
    if end < 0:
        raise ExpressionSyntaxError("unclosed '${'", pos + 1)
    name = text[pos + 2 : end].strip()
    if not name or not _is_name_start(name[0]) or not all(_is_name_char(c) for c in name):
        raise ExpressionSyntaxError(f"invalid question id {name!r} in '${{...}}'", pos + 1)
    tokens.append(Token(TokenKind.REF, name, pos + 1))
    return end + 1


def _number(text: str, pos: int, tokens: list[Token]) -> int:
    start = pos
    seen_dot = False
    while pos < len(text) and (text[pos].isdigit() or (text[pos] == "." and not seen_dot)):
        seen_dot = seen_dot or text[pos] == "."
        pos += 1
    literal = text[start:pos]
    if not literal.isascii():
        raise ExpressionSyntaxError("digits must be 0-9", start + 1)
    tokens.append(Token(TokenKind.NUMBER, literal, start + 1))
    return pos


def _string(text: str, pos: int, tokens: list[Token]) -> int:
    quote = text[pos]
    end = text.find(quote, pos + 1)
    if end < 0:
        raise ExpressionSyntaxError("unclosed string", pos + 1)
    tokens.append(Token(TokenKind.STRING, text[pos + 1 : end], pos + 1))
    return end + 1


def _name(text: str, pos: int, tokens: list[Token]) -> int:
    start = pos
    while pos < len(text):
        if _is_name_char(text[pos]):
            pos += 1
        elif text[pos] == "-" and pos + 1 < len(text) and _is_name_start(text[pos + 1]):
            pos += 1  # hyphenated function names: count-selected, string-length
        else:
            break
    tokens.append(Token(TokenKind.NAME, text[start:pos], start + 1))
    return pos
