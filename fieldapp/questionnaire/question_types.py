"""The question types of a form, declared once, in one table (as pyxform keeps its types).

Each entry says what an answer of the type is and everything that follows from it: the stored
value's check (with the key of its message in `questionnaire.texts`), how it is typed on the
command line and written back, how it reads in a language, how the decision table enumerates
it, and which form keys it allows. The model, the form checks, the JSON Schema's list of types,
the engine, the CLI and the decision table read this table; the GUI keeps one widget factory
per answered type in `ui/widgets/question_inputs.py` (a test holds the two together).

Adding a type: one `QuestionType` in `QUESTION_TYPES`, its widget, its row in
docs/form-format.md.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from fieldapp.domain.arabic import western_digits

# (message key in questionnaire.texts, the offending value for its `{value}`)
Problem = tuple[str, str]

_YES = frozenset({"yes", "y", "oui", "o", "true", "1", "نعم"})
_NO = frozenset({"no", "n", "non", "false", "0", "لا"})
_YES_NO_WORDS = {"ar": ("نعم", "لا"), "fr": ("oui", "non")}
_YES_NO_DEFAULT = ("yes", "no")


class Enumeration(Enum):
    """Which answers the decision table tries for a driving question of the type."""

    NONE = "none"  # only "unanswered"
    YES_NO = "yes_no"  # true and false
    CHOICES = "choices"  # every choice name
    CUTS = "cuts"  # 0 and the numbers the form's comparisons cut at


def is_iso_date(value: str) -> bool:
    """Whether `value` is a real calendar date written YYYY-MM-DD."""
    if len(value) != 10 or not value.isascii():
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def yes_no_word(value: bool, lang: str) -> str:
    """`yes`/`no` in `lang` (ar, fr; English otherwise)."""
    return _YES_NO_WORDS.get(lang, _YES_NO_DEFAULT)[not value]


def _cleaned(text: str) -> str:
    return western_digits(text).strip()


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# --- stored value checks: (value, choice names) → Problem | None -------------------------


def _shape(
    accepts: Callable[[object], bool], key: str
) -> Callable[[object, Collection[str]], Problem | None]:
    def check(value: object, _names: Collection[str]) -> Problem | None:
        return None if accepts(value) else (key, "")

    return check


def _check_one(value: object, names: Collection[str]) -> Problem | None:
    if not isinstance(value, str):
        return ("choice", str(value))
    return None if value in names else ("choice", value)


def _check_many(value: object, names: Collection[str]) -> Problem | None:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        return ("choices", "")
    unknown = [v for v in value if v not in names]
    return ("choice", unknown[0]) if unknown else None


def _no_check(_value: object, _names: Collection[str]) -> Problem | None:
    return ("no_answer", "")


# --- text (as typed on the command line) → value; ValueError says what was expected -------


def _parse_text(text: str, _names: Sequence[str]) -> object:
    return text.strip()


def _parse_yes_no(text: str, _names: Sequence[str]) -> object:
    word = _cleaned(text).casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValueError(f"expected yes or no (oui/non, نعم/لا), got {text!r}")


def _parse_integer(text: str, _names: Sequence[str]) -> object:
    try:
        return int(_cleaned(text).replace("\u2212", "-"))
    except ValueError:
        raise ValueError(f"expected a whole number, got {text!r}") from None


def _parse_decimal(text: str, _names: Sequence[str]) -> object:
    cleaned = _cleaned(text).replace("٫", ".").replace(",", ".").replace("\u2212", "-")
    try:
        value = float(cleaned)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise ValueError(f"expected a number, got {text!r}")
    return value


def _parse_date(text: str, _names: Sequence[str]) -> object:
    cleaned = _cleaned(text)
    if not is_iso_date(cleaned):
        raise ValueError(f"expected a date YYYY-MM-DD, got {text!r}")
    return cleaned


def _known(given: Sequence[str], names: Sequence[str]) -> None:
    for name in given:
        if name not in names:
            raise ValueError(f"unknown choice '{name}' (valid: {', '.join(names)})")


def _parse_one(text: str, names: Sequence[str]) -> object:
    cleaned = _cleaned(text)
    _known([cleaned], names)
    return cleaned


def _parse_many(text: str, names: Sequence[str]) -> object:
    parts = [part.strip() for part in _cleaned(text).replace("،", ",").split(",")]
    selected = list(dict.fromkeys(part for part in parts if part))
    _known(selected, names)
    return selected


def _no_parse(text: str, _names: Sequence[str]) -> object:
    raise ValueError("takes no answer")


# --- a JSON value (a repeat row's cell) → the text `parse` reads; None: not acceptable -----


def _json_text(raw: object) -> str | None:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool | int | float):
        return json.dumps(raw)
    return None


def _json_integer(raw: object) -> str | None:
    if _is_number(raw) and float(raw).is_integer():  # type: ignore[arg-type]
        return str(int(raw))  # type: ignore[call-overload]
    return _json_text(raw)


def _json_many(raw: object) -> str | None:
    if isinstance(raw, list):
        return ",".join(str(part) for part in raw)
    return _json_text(raw)


# --- stored value → command-line text (the inverse of `parse`) ----------------------------


def _text_of(value: object) -> str:
    return str(value)


def _text_of_yes_no(value: object) -> str:
    return "yes" if value else "no"


def _text_of_decimal(value: object) -> str:
    return repr(float(value))  # type: ignore[arg-type]


def _text_of_many(value: object) -> str:
    return ",".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)


def _text_of_rows(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# --- stored value → what a reader sees in `lang` (labels: choice name → label) ------------


def _show(value: object, lang: str, _labels: Mapping[str, str]) -> str:
    return yes_no_word(value, lang) if isinstance(value, bool) else str(value)


def _show_one(value: object, lang: str, labels: Mapping[str, str]) -> str:
    return labels.get(value, value) if isinstance(value, str) else _show(value, lang, labels)


def _show_many(value: object, lang: str, labels: Mapping[str, str]) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_show_one(v, lang, labels) for v in value)
    return _show_one(value, lang, labels)


@dataclass(frozen=True, slots=True)
class QuestionType:
    """One question type. `stored`, `typed` and `example` describe it in docs/form-format.md;
    `example` is the CLI text of one answer (for a type with choices, of choices named
    `cin_copy`, `diploma_copy`; empty for a type answered otherwise than in one input), which
    the tests read, check and show in the widget.

    `check(value, names)` gives the problem of a non-empty stored value (`names`: the choice
    names of the question's list); `parse(text, names)` reads the command-line text (ValueError
    names what was expected); `from_json(raw)` turns a JSON value into that text (None: not
    acceptable); `to_text(value)` writes a stored value back as text `parse` reads;
    `show(value, lang, labels)` is how a reader sees it.
    """

    name: str
    stored: str
    typed: str
    example: str = ""
    check: Callable[[object, Collection[str]], Problem | None] = _no_check
    parse: Callable[[str, Sequence[str]], object] = _no_parse
    from_json: Callable[[object], str | None] = _json_text
    to_text: Callable[[object], str] = _text_of
    show: Callable[[object, str, Mapping[str, str]], str] = _show
    enumeration: Enumeration = Enumeration.NONE
    takes_answer: bool = True
    has_choices: bool = False
    computed: bool = False
    rows: bool = False
    allows_required: bool = True
    allows_constraint: bool = True
    needs_label: bool = True

    @property
    def has_value(self) -> bool:
        """Expressions can read it (answered or computed; a note has no value)."""
        return self.takes_answer or self.computed

    @property
    def single_input(self) -> bool:
        """Answered in one input widget (not a note, a calculation or a repeat group)."""
        return self.takes_answer and not self.rows


def _table(*types: QuestionType) -> Mapping[str, QuestionType]:
    return MappingProxyType({qtype.name: qtype for qtype in types})


QUESTION_TYPES: Mapping[str, QuestionType] = _table(
    QuestionType(
        "text",
        stored="string",
        typed="as typed",
        example="سيدي إفني",
        check=_shape(lambda v: isinstance(v, str), "text"),
        parse=_parse_text,
    ),
    QuestionType(
        "integer",
        stored="integer",
        typed="digits, Arabic-Indic digits accepted (`١٢`)",
        example="12",
        check=_shape(lambda v: _is_number(v) and isinstance(v, int), "integer"),
        parse=_parse_integer,
        from_json=_json_integer,
        enumeration=Enumeration.CUTS,
    ),
    QuestionType(
        "decimal",
        stored="number",
        typed="`2.5`, `2,5`, `٢٫٥`",
        example="2,5",
        check=_shape(lambda v: _is_number(v) and math.isfinite(v), "decimal"),  # type: ignore[arg-type]
        parse=_parse_decimal,
        to_text=_text_of_decimal,
    ),
    QuestionType(
        "date",
        stored='`"YYYY-MM-DD"`',
        typed="same",
        example="2025-08-01",
        check=_shape(lambda v: isinstance(v, str) and is_iso_date(v), "date"),
        parse=_parse_date,
    ),
    QuestionType(
        "yes_no",
        stored="`true`/`false`",
        typed="yes/no, oui/non, نعم/لا, true/false, 1/0",
        example="oui",
        check=_shape(lambda v: isinstance(v, bool), "yes_no"),
        parse=_parse_yes_no,
        to_text=_text_of_yes_no,
        enumeration=Enumeration.YES_NO,
    ),
    QuestionType(
        "select_one",
        stored="choice name",
        typed="the name",
        example="cin_copy",
        check=_check_one,
        parse=_parse_one,
        show=_show_one,
        enumeration=Enumeration.CHOICES,
        has_choices=True,
    ),
    QuestionType(
        "select_multiple",
        stored="list of choice names",
        typed="comma-separated names (`,` or `،`)",
        example="cin_copy,diploma_copy",
        check=_check_many,
        parse=_parse_many,
        from_json=_json_many,
        to_text=_text_of_many,
        show=_show_many,
        has_choices=True,
    ),
    QuestionType(
        "note",
        stored="none (text shown only)",
        typed="—",
        takes_answer=False,
        allows_required=False,
        allows_constraint=False,
    ),
    QuestionType(
        "calculate",
        stored="none (computed: `calculate: <expression>`)",
        typed="—",
        takes_answer=False,
        computed=True,
        allows_required=False,
        allows_constraint=False,
        needs_label=False,
    ),
    QuestionType(
        "repeat",
        stored="list of objects, one per row",
        typed="a JSON array of objects",
        check=_shape(lambda v: isinstance(v, list | tuple), "rows"),
        to_text=_text_of_rows,
        rows=True,
        allows_constraint=False,
    ),
)
CHOICE_TYPES = tuple(name for name, qtype in QUESTION_TYPES.items() if qtype.has_choices)


def question_type(name: str) -> QuestionType:
    """The type called `name`; KeyError naming the known types if there is none."""
    try:
        return QUESTION_TYPES[name]
    except KeyError:
        raise KeyError(
            f"unknown question type {name!r} (known: {', '.join(QUESTION_TYPES)})"
        ) from None


def schema_entry() -> dict[str, object]:
    """The JSON Schema of a question's `type` key: one of the table's names."""
    return {"enum": list(QUESTION_TYPES)}
