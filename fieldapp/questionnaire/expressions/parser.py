"""A recursive-descent parser from tokens to the syntax tree (never `eval`).

Precedence, lowest first: `or`, `and`, comparisons (`= != < <= > >=`, not chainable),
`+ -`, `* /`, unary `-`, then literals, `${ref}`, `.`, calls and parentheses.
"""

from __future__ import annotations

from fieldapp.questionnaire.expressions.nodes import (
    FUNCTIONS,
    Binary,
    Call,
    Const,
    Current,
    Node,
    Ref,
    Unary,
)
from fieldapp.questionnaire.expressions.tokenizer import (
    ExpressionSyntaxError,
    Token,
    TokenKind,
    tokenize,
)

_COMPARISONS = frozenset({"=", "!=", "<", "<=", ">", ">="})
_KEYWORDS = {"true": True, "false": False, "null": None}


def parse_expression(text: str) -> Node:
    """The syntax tree of `text`; raises ExpressionSyntaxError with a 1-based column."""
    if not text.strip():
        raise ExpressionSyntaxError("empty expression", 1)
    try:
        return _Parser(tokenize(text)).parse()
    except RecursionError:
        raise ExpressionSyntaxError("expression nested too deeply", 1) from None


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = tokens
        self._pos = 0

    @property
    def _peek(self) -> Token:
        return self._tokens[self._pos]

    def _advance(self) -> Token:
        token = self._tokens[self._pos]
        if token.kind is not TokenKind.END:
            self._pos += 1
        return token

    def _is_word(self, word: str) -> bool:
        return self._peek.kind is TokenKind.NAME and self._peek.text == word

    def _expect(self, kind: TokenKind, what: str) -> Token:
        token = self._peek
        if token.kind is not kind:
            raise ExpressionSyntaxError(f"expected {what}, found {_describe(token)}", token.column)
        return self._advance()

    def parse(self) -> Node:
        node = self._or()
        if self._peek.kind is not TokenKind.END:
            token = self._peek
            raise ExpressionSyntaxError(f"unexpected {_describe(token)}", token.column)
        return node

    def _or(self) -> Node:
        node = self._and()
        while self._is_word("or"):
            column = self._advance().column
            node = Binary("or", node, self._and(), column)
        return node

    def _and(self) -> Node:
        node = self._comparison()
        while self._is_word("and"):
            column = self._advance().column
            node = Binary("and", node, self._comparison(), column)
        return node

    def _comparison(self) -> Node:
        node = self._additive()
        if self._peek.kind is TokenKind.OP and self._peek.text in _COMPARISONS:
            token = self._advance()
            node = Binary(token.text, node, self._additive(), token.column)
            nxt = self._peek
            if nxt.kind is TokenKind.OP and nxt.text in _COMPARISONS:
                raise ExpressionSyntaxError("comparisons cannot be chained; use 'and'", nxt.column)
        return node

    def _additive(self) -> Node:
        node = self._multiplicative()
        while self._peek.kind is TokenKind.OP and self._peek.text in "+-":
            token = self._advance()
            node = Binary(token.text, node, self._multiplicative(), token.column)
        return node

    def _multiplicative(self) -> Node:
        node = self._unary()
        while self._peek.kind is TokenKind.OP and self._peek.text in "*/":
            token = self._advance()
            node = Binary(token.text, node, self._unary(), token.column)
        return node

    def _unary(self) -> Node:
        if self._peek.kind is TokenKind.OP and self._peek.text == "-":
            token = self._advance()
            return Unary("-", self._unary(), token.column)
        return self._primary()

    def _primary(self) -> Node:
        token = self._peek
        if token.kind is TokenKind.NUMBER:
            self._advance()
            value: int | float = float(token.text) if "." in token.text else int(token.text)
            return Const(value, token.column)
        if token.kind is TokenKind.STRING:
            self._advance()
            return Const(token.text, token.column)
        if token.kind is TokenKind.REF:
            self._advance()
            return Ref(token.text, token.column)
        if token.kind is TokenKind.DOT:
            self._advance()
            return Current(token.column)
        if token.kind is TokenKind.LPAREN:
            self._advance()
            node = self._or()
            self._expect(TokenKind.RPAREN, "')'")
            return node
        if token.kind is TokenKind.NAME:
            return self._name()
        raise ExpressionSyntaxError(f"expected a value, found {_describe(token)}", token.column)

    def _name(self) -> Node:
        token = self._advance()
        if self._peek.kind is TokenKind.LPAREN:
            return self._call(token)
        if token.text in _KEYWORDS:
            return Const(_KEYWORDS[token.text], token.column)
        raise ExpressionSyntaxError(
            f"unknown name '{token.text}' (write question references as ${{{token.text}}})",
            token.column,
        )

    def _call(self, name: Token) -> Node:
        arity = FUNCTIONS.get(name.text)
        if arity is None:
            known = ", ".join(sorted(FUNCTIONS))
            raise ExpressionSyntaxError(
                f"unknown function '{name.text}' (known: {known})", name.column
            )
        self._expect(TokenKind.LPAREN, "'('")
        args: list[Node] = []
        if self._peek.kind is not TokenKind.RPAREN:
            args.append(self._or())
            while self._peek.kind is TokenKind.COMMA:
                self._advance()
                args.append(self._or())
        self._expect(TokenKind.RPAREN, "')' or ','")
        low, high = arity
        if not low <= len(args) <= high:
            expected = str(low) if low == high else f"{low} to {high}"
            raise ExpressionSyntaxError(
                f"{name.text}() takes {expected} argument(s), got {len(args)}", name.column
            )
        return Call(name.text, tuple(args), name.column)


def _describe(token: Token) -> str:
    if token.kind is TokenKind.END:
        return "end of expression"
    if token.kind is TokenKind.STRING:
        return f"string '{token.text}'"
    if token.kind is TokenKind.REF:
        return f"'${{{token.text}}}'"
    return f"'{token.text}'"
