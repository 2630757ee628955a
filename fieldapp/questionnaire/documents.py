"""Read a form file (YAML or JSON) into plain data, refusing duplicate keys."""

from __future__ import annotations

import json
from typing import Any

import yaml

from fieldapp.questionnaire.errors import FormError, FormProblem

# libyaml's C parser when PyYAML was built with it (about 10x faster at start-up).
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeBase):  # type: ignore[valid-type,misc]
    """A safe YAML loader that refuses a key repeated in the same mapping."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}'", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_document(text: str, source: str) -> object:
    """The data in `text`: JSON if `source` ends in `.json`, YAML otherwise."""
    if source.lower().endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            reason = f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
            raise FormError([FormProblem(source, "", reason)]) from None
    try:
        return yaml.load(text, Loader=_StrictLoader)  # _StrictLoader is a SafeLoader
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = f"invalid YAML{where}: {error.problem or error.context}"
        raise FormError([FormProblem(source, "", reason)]) from None
    except yaml.YAMLError as error:
        raise FormError([FormProblem(source, "", f"invalid YAML: {error}")]) from None
