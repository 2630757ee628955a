"""The parsed, checked form: questions, choice lists, checklist items, outcomes and rules.

Built by `loader`; read by the engine, the GUI and the CLI. All texts fall back to Arabic.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldapp.domain.models import ItemKind
from fieldapp.questionnaire.expressions import Node
from fieldapp.questionnaire.question_types import QUESTION_TYPES, QuestionType

FALLBACK_LANG = "ar"


@dataclass(frozen=True, slots=True)
class LocalText:
    """A text in several languages; `get(lang)` falls back to Arabic, then to ''."""

    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, mapping: Mapping[str, str] | None) -> LocalText:
        """From a `{lang: text}` mapping (None gives an empty text)."""
        return cls(tuple(sorted((mapping or {}).items())))

    def get(self, lang: str) -> str:
        """The text in `lang`, else in Arabic, else ''."""
        table = dict(self.values)
        return table.get(lang) or table.get(FALLBACK_LANG, "")

    def __bool__(self) -> bool:
        return bool(self.values)


@dataclass(frozen=True, slots=True)
class Expression:
    """An expression with its source text (kept for messages and display)."""

    source: str
    node: Node


@dataclass(frozen=True, slots=True)
class Question:
    """One question; a `repeat` question holds sub-questions asked once per row."""

    id: str
    type: str
    label: LocalText
    hint: LocalText = LocalText()
    required: bool = False
    choices: str | None = None
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: LocalText = LocalText()
    calculate: Expression | None = None
    questions: tuple[Question, ...] = ()
    parent: str | None = None

    @property
    def type_def(self) -> QuestionType:
        """The declaration of this question's type (see `question_types`)."""
        return QUESTION_TYPES[self.type]

    @property
    def takes_answer(self) -> bool:
        """Whether the attendee answers it (notes and calculations do not)."""
        return self.type_def.takes_answer


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a choice list."""

    name: str
    label: LocalText


@dataclass(frozen=True, slots=True)
class Source:
    """Where a statement of the form comes from: an address and the date it was read."""

    id: str
    url: str
    date: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Backing:
    """What a statement rests on: the ids of its sources, or why it is not verified yet."""

    sources: tuple[str, ...] = ()
    unverified: str = ""


@dataclass(frozen=True, slots=True)
class ItemDef:
    """A checklist line; printed once even if several outcomes list it.

    When `held` is true (the attendee already has the document) `held_text` is printed
    instead of `text` ("bring it" rather than "get it").
    """

    id: str
    kind: ItemKind
    text: LocalText
    when: Expression | None = None
    held: Expression | None = None
    held_text: LocalText = LocalText()
    backing: Backing = Backing()


@dataclass(frozen=True, slots=True)
class Province:
    """Constants of one province (offices, contacts), chosen by the session's province name."""

    id: str
    names: tuple[str, ...]
    constants: Mapping[str, LocalText]
    unverified: str = ""


@dataclass(frozen=True, slots=True)
class OutcomeDef:
    """What a set of answers means; lower priority numbers are shown first."""

    id: str
    priority: int
    title: LocalText
    explanation: LocalText
    items: tuple[str, ...] = ()
    backing: Backing = Backing()


@dataclass(frozen=True, slots=True)
class Rule:
    """`when` the condition holds, the outcome applies; `number` is 1-based."""

    number: int
    outcome: str
    when: Expression


@dataclass(frozen=True, eq=False)
class Form:
    """A checked form definition. Compare forms by `id`, `version` and `content_hash`."""

    id: str
    version: str
    languages: tuple[str, ...]
    titles: LocalText
    questions: tuple[Question, ...]
    choice_lists: Mapping[str, tuple[Choice, ...]]
    items_by_id: Mapping[str, ItemDef]
    outcomes: tuple[OutcomeDef, ...]
    rules: tuple[Rule, ...]
    content_hash: str
    source: str = "<text>"
    order: tuple[str, ...] = ()
    row_orders: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    definition: Mapping[str, Any] = field(default_factory=dict)
    exclusive: tuple[tuple[str, ...], ...] = ()
    sources: Mapping[str, Source] = field(default_factory=dict)
    provinces: tuple[Province, ...] = ()
    province_defaults: Mapping[str, LocalText] = field(default_factory=dict)

    @property
    def first_language(self) -> str:
        """The language every text is written in (the fallback of the others)."""
        return self.languages[0] if self.languages else FALLBACK_LANG

    def province(self, name: str) -> Province | None:
        """The province whose id or one of whose names is `name` (any case), or None."""
        wanted = name.strip().casefold()
        if not wanted:
            return None
        for province in self.provinces:
            if wanted == province.id or wanted in (n.casefold() for n in province.names):
                return province
        return None

    def place_constants(self, province_name: str, lang: str) -> dict[str, str]:
        """The per-province constants for the session's province in `lang` (defaults when the
        province is not listed or lacks one)."""
        chosen = self.province(province_name)
        values = dict(self.province_defaults)
        if chosen is not None:
            values.update(chosen.constants)
        return {name: text.get(lang) for name, text in values.items()}

    def conflicting(self, outcome_ids: Iterator[str] | tuple[str, ...]) -> list[tuple[str, str]]:
        """Pairs of `outcome_ids` that an `exclusive` group of the form forbids together."""
        present = list(outcome_ids)
        pairs: list[tuple[str, str]] = []
        for group in self.exclusive:
            inside = [o for o in present if o in group]
            pairs += [(a, b) for i, a in enumerate(inside) for b in inside[i + 1 :]]
        return pairs

    def title(self, lang: str = FALLBACK_LANG) -> str:
        """The form's title in `lang` (Arabic if missing)."""
        return self.titles.get(lang)

    def all_questions(self) -> Iterator[Question]:
        """Every question, sub-questions of repeat groups right after their group."""
        for question in self.questions:
            yield question
            yield from question.questions

    def question(self, question_id: str) -> Question:
        """The question with this id (top-level or inside a repeat group); KeyError if none."""
        for question in self.all_questions():
            if question.id == question_id:
                return question
        raise KeyError(f"form '{self.id}' has no question '{question_id}'")

    def has_question(self, question_id: str) -> bool:
        """Whether a question with this id exists anywhere in the form."""
        return any(question.id == question_id for question in self.all_questions())

    def choices(self, list_name: str, lang: str = FALLBACK_LANG) -> list[tuple[str, str]]:
        """The `(name, label)` pairs of a choice list in `lang`; KeyError if not defined."""
        if list_name not in self.choice_lists:
            raise KeyError(f"form '{self.id}' has no choice list '{list_name}'")
        return [(choice.name, choice.label.get(lang)) for choice in self.choice_lists[list_name]]

    @property
    def outcome_ids(self) -> tuple[str, ...]:
        """The outcome ids in definition order."""
        return tuple(outcome.id for outcome in self.outcomes)

    def outcome(self, outcome_id: str) -> OutcomeDef:
        """The outcome definition with this id; KeyError if none."""
        for outcome in self.outcomes:
            if outcome.id == outcome_id:
                return outcome
        raise KeyError(f"form '{self.id}' has no outcome '{outcome_id}'")

    def outcome_title(self, outcome_id: str, lang: str = FALLBACK_LANG) -> str:
        """An outcome's title in `lang` (Arabic if missing); KeyError if unknown."""
        return self.outcome(outcome_id).title.get(lang)

    def to_dict(self) -> dict[str, Any]:
        """The definition as parsed from the file (a deep copy, JSON-ready)."""
        return copy.deepcopy(dict(self.definition))
