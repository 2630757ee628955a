"""Read a form file (YAML or JSON) into plain data, refusing duplicate keys."""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from fieldapp.questionnaire.errors import FormError, FormProblem

if TYPE_CHECKING:
    import yaml


@cache
def _strict_loader() -> type[yaml.SafeLoader]:
    """A safe YAML loader that refuses a key repeated in the same mapping.

    Built on first use: PyYAML is not needed to open the window, only to read a form.
    """
    import yaml

    # libyaml's C parser when PyYAML was built with it (about 10x faster).
    safe_base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class StrictLoader(safe_base):  # type: ignore[valid-type,misc]
        pass

    def construct_mapping(loader: StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
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

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return StrictLoader


def load_document(text: str, source: str) -> object:
    """The data in `text`: JSON if `source` ends in `.json`, YAML otherwise."""
    if source.lower().endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            reason = f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
            raise FormError([FormProblem(source, "", reason)]) from None
    import yaml

    try:
        return yaml.load(text, Loader=_strict_loader())  # a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = f"invalid YAML{where}: {error.problem or error.context}"
        raise FormError([FormProblem(source, "", reason)]) from None
    except yaml.YAMLError as error:
        raise FormError([FormProblem(source, "", f"invalid YAML: {error}")]) from None
