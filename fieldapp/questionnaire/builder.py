"""Turn a schema-valid document into model objects, parsing every expression.

Problems (bad expression syntax, unknown `{constant}` placeholders) are collected, not raised,
so that one run reports all of them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldapp.domain.models import ItemKind
from fieldapp.questionnaire.errors import FormProblem
from fieldapp.questionnaire.expressions import ExpressionSyntaxError, parse_expression
from fieldapp.questionnaire.model import (
    Backing,
    Choice,
    Expression,
    ItemDef,
    LocalText,
    OutcomeDef,
    Province,
    Question,
    Rule,
    Source,
)

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")


@dataclass
class Parts:
    """The pieces of a form before cross-checking."""

    questions: list[Question] = field(default_factory=list)
    choice_lists: dict[str, tuple[Choice, ...]] = field(default_factory=dict)
    items: list[ItemDef] = field(default_factory=list)
    outcomes: list[OutcomeDef] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    titles: LocalText = field(default_factory=LocalText)
    exclusive: list[tuple[str, ...]] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    provinces: list[Province] = field(default_factory=list)
    province_defaults: dict[str, LocalText] = field(default_factory=dict)


class Builder:
    """Builds `Parts` from a document; `problems` lists what could not be built."""

    def __init__(self, document: Mapping[str, Any], source: str) -> None:
        self._doc = document
        self._source = source
        self.problems: list[FormProblem] = []
        self.failed: set[tuple[str, str]] = set()  # (location, field) of unparsable expressions
        self._constants = {
            str(name): _format_constant(value)
            for name, value in (document.get("constants") or {}).items()
        }
        # Per-province constants stay `{name}` in texts: the engine fills them per session.
        self._deferred = set(document.get("province_constants") or {})
        for raw in document.get("provinces") or []:
            self._deferred |= set(raw.get("constants") or {})

    def build(self) -> Parts:
        """Every part of the form (expressions that failed to parse are left out)."""
        doc = self._doc
        parts = Parts(titles=self._texts(doc["title"], "", "title"))
        for name, entries in (doc.get("choices") or {}).items():
            location = f"choice list '{name}'"
            parts.choice_lists[name] = tuple(
                Choice(entry["name"], self._texts(entry["label"], location, "label"))
                for entry in entries
            )
        parts.questions = [self._question(raw, None) for raw in doc["questions"]]
        for raw in doc.get("items") or []:
            location = f"item '{raw['id']}'"
            parts.items.append(
                ItemDef(
                    id=raw["id"],
                    kind=ItemKind(raw["kind"]),
                    text=self._texts(raw["text"], location, "text"),
                    when=self._expression(raw.get("when"), location, "when"),
                    held=self._expression(raw.get("held"), location, "held"),
                    held_text=self._texts(raw.get("held_text"), location, "held_text"),
                    backing=_backing(raw),
                )
            )
        for raw in doc["outcomes"]:
            location = f"outcome '{raw['id']}'"
            parts.outcomes.append(
                OutcomeDef(
                    id=raw["id"],
                    priority=int(raw["priority"]),
                    title=self._texts(raw["title"], location, "title"),
                    explanation=self._texts(raw["explanation"], location, "explanation"),
                    items=tuple(raw.get("items") or ()),
                    backing=_backing(raw),
                )
            )
        for number, raw in enumerate(doc["rules"], start=1):
            when = self._expression(raw["when"], f"rule {number}", "when")
            if when is not None:
                parts.rules.append(Rule(number, raw["outcome"], when))
        parts.exclusive = [tuple(group) for group in doc.get("exclusive") or ()]
        parts.sources = {
            name: Source(name, raw["url"], raw["date"], raw.get("title", ""))
            for name, raw in (doc.get("sources") or {}).items()
        }
        parts.province_defaults = {
            name: self._texts(texts, "province_constants", name)
            for name, texts in (doc.get("province_constants") or {}).items()
        }
        for raw in doc.get("provinces") or []:
            location = f"province '{raw['id']}'"
            parts.provinces.append(
                Province(
                    id=raw["id"],
                    names=tuple(raw["names"]),
                    constants={
                        name: self._texts(texts, location, name)
                        for name, texts in (raw.get("constants") or {}).items()
                    },
                    unverified=raw.get("unverified", ""),
                )
            )
        return parts

    def _question(self, raw: Mapping[str, Any], parent: str | None) -> Question:
        location = f"question '{raw['id']}'"
        return Question(
            id=raw["id"],
            type=raw["type"],
            label=self._texts(raw.get("label"), location, "label"),
            hint=self._texts(raw.get("hint"), location, "hint"),
            required=bool(raw.get("required", False)),
            choices=raw.get("choices"),
            relevant=self._expression(raw.get("relevant"), location, "relevant"),
            constraint=self._expression(raw.get("constraint"), location, "constraint"),
            constraint_message=self._texts(
                raw.get("constraint_message"), location, "constraint_message"
            ),
            calculate=self._expression(raw.get("calculate"), location, "calculate"),
            questions=tuple(self._question(sub, raw["id"]) for sub in raw.get("questions") or ()),
            parent=parent,
        )

    def _expression(self, text: str | None, location: str, name: str) -> Expression | None:
        if text is None:
            return None
        try:
            return Expression(text, parse_expression(text))
        except ExpressionSyntaxError as error:
            self.failed.add((location, name))
            self.problems.append(
                FormProblem(self._source, location, f"{name}: invalid expression: {error}")
            )
            return None

    def _texts(self, mapping: Mapping[str, str] | None, location: str, name: str) -> LocalText:
        if not mapping:
            return LocalText()
        return LocalText.of(
            {lang: self._fill(text, location, f"{name}.{lang}") for lang, text in mapping.items()}
        )

    def _fill(self, text: str, location: str, name: str) -> str:
        def replace(match: re.Match[str]) -> str:
            key = match.group(1)
            if key in self._constants:
                return self._constants[key]
            if key in self._deferred:
                return match.group(0)
            self.problems.append(
                FormProblem(self._source, location, f"{name}: unknown constant '{{{key}}}'")
            )
            return match.group(0)

        return _PLACEHOLDER.sub(replace, text)


def _backing(raw: Mapping[str, Any]) -> Backing:
    return Backing(tuple(raw.get("sources") or ()), str(raw.get("unverified") or ""))


def fill_places(text: str, values: Mapping[str, str]) -> str:
    """`text` with its per-province `{name}` placeholders replaced by `values`."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _format_constant(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
