"""Structural validation of a raw form document against `form.schema.json`.

Each JSON Schema error becomes a FormProblem naming the question, outcome, item, rule or
choice list it is about, with a reason a form author can act on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from fieldapp.questionnaire.errors import FormProblem
from fieldapp.questionnaire.question_types import schema_entry

if TYPE_CHECKING:  # jsonschema is imported on first validation, not at start-up
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

_LANGUAGE_NAMES = {"ar": "Arabic", "fr": "French", "en": "English"}
_NAMED_LISTS = {"questions": "question", "outcomes": "outcome", "items": "item"}


@cache
def form_schema() -> dict[str, Any]:
    """The JSON Schema of form documents (shipped inside the package), with the question
    types of `question_types.QUESTION_TYPES`."""
    text = (
        resources.files("fieldapp.questionnaire")
        .joinpath("form.schema.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    # The types are declared once, in the table; on its own the file accepts any type name.
    schema["$defs"]["question_type"] = {
        "$comment": schema["$defs"]["question_type"]["$comment"],
        **schema_entry(),
    }
    return schema


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(form_schema())


def schema_problems(document: object, source: str) -> list[FormProblem]:
    """Every way `document` breaks the schema, ordered by position in the document."""
    errors = sorted(_validator().iter_errors(document), key=lambda e: [str(p) for p in e.path])
    return [_problem(error, document, source) for error in errors]


def describe_location(document: object, path: Sequence[object]) -> tuple[str, list[str]]:
    """The element a path points into (`question 'x'`, `rule 2`, ...) and the rest of the path."""
    location = ""
    rest: list[object] = list(path)
    node: object = document
    while rest:
        key = rest[0]
        if key in _NAMED_LISTS and len(rest) > 1 and isinstance(rest[1], int):
            kind = _NAMED_LISTS[str(key)]
            node = _index(node, key, rest[1])
            location = f"{kind} {_name_of(node, 'id', rest[1])}"
            rest = rest[2:]
        elif key == "rules" and len(rest) > 1 and isinstance(rest[1], int):
            location = f"rule {rest[1] + 1}"
            node = _index(node, key, rest[1])
            rest = rest[2:]
        elif key == "choices" and len(rest) > 1 and isinstance(rest[1], str):
            location = f"choice list '{rest[1]}'"
            node = _index(node, key, rest[1])
            rest = rest[2:]
            if len(rest) > 0 and isinstance(rest[0], int):
                location += f" choice {_name_of(node, 'name', rest[0])}"
                node = _index(node, None, rest[0])
                rest = rest[1:]
        else:
            break
    return location, [str(part) for part in rest]


def _index(node: object, key: object, index: object) -> object:
    if key is not None:
        node = node.get(key) if isinstance(node, Mapping) else None
    if isinstance(node, Sequence) and isinstance(index, int) and 0 <= index < len(node):
        return node[index]
    if isinstance(node, Mapping):
        return node.get(index)
    return None


def _name_of(node: object, key: str, index: object) -> str:
    if isinstance(node, Mapping) and isinstance(node.get(key), str):
        return f"'{node[key]}'"
    return f"#{index + 1 if isinstance(index, int) else index}"


def _problem(error: ValidationError, document: object, source: str) -> FormProblem:
    location, rest = describe_location(document, list(error.absolute_path))
    field = ".".join(rest)
    return FormProblem(source, location, _reason(error, field))


def _reason(error: ValidationError, field: str) -> str:
    prefix = f"{field}: " if field else ""
    if error.validator == "required":
        missing = _missing_property(error)
        if missing in _LANGUAGE_NAMES:
            return f"missing {_LANGUAGE_NAMES[missing]} {field or 'text'}"
        return f"{prefix}missing '{missing}'"
    if error.validator == "pattern":
        return f"{prefix}{error.instance!r} is not a valid identifier or version " + (
            "(lowercase letters, digits and '_', starting with a letter)"
            if field != "version"
            else "(letters, digits, '.', '_', '-')"
        )
    if field == "version" and error.validator == "type":
        return f'version: must be a quoted string such as "1.0", not {error.instance!r}'
    if error.validator == "contains" and field == "languages":
        return "languages: must include 'ar' (Arabic is required)"
    if error.validator == "minLength" and isinstance(error.instance, str):
        return f"{prefix}must not be empty"
    return f"{prefix}{error.message}"


def _missing_property(error: ValidationError) -> str:
    message = error.message
    if message.startswith("'") and "'" in message[1:]:
        return message[1 : message.index("'", 1)]
    return message
