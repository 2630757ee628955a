"""Load a form from text or a file: read, validate the structure, build, cross-check.

Every problem found is reported at once in a FormError; nothing half-checked is returned.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fieldapp.questionnaire.builder import Builder
from fieldapp.questionnaire.checks import Checker
from fieldapp.questionnaire.documents import load_document
from fieldapp.questionnaire.errors import FormError, FormProblem
from fieldapp.questionnaire.model import Form
from fieldapp.questionnaire.order import dependency_order
from fieldapp.questionnaire.schema import schema_problems


def content_hash(definition: Mapping[str, Any]) -> str:
    """sha-256 (hex) of the canonical JSON of a parsed definition.

    Canonical: keys sorted, no insignificant whitespace, UTF-8, non-ASCII kept. YAML comments,
    quoting, indentation and key order do not change it; any value (a label, a rule) does.
    """
    canonical = json.dumps(
        definition, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_form_text(text: str, source: str = "<text>") -> Form:
    """The checked form in `text` (YAML, or JSON when `source` ends in `.json`).

    Raises FormError listing every problem (`source: question 'x': reason`).
    """
    document = load_document(text, source)
    if not isinstance(document, dict):
        raise FormError([FormProblem(source, "", "a form must be a mapping (id, version, ...)")])
    problems = schema_problems(document, source)
    if problems:
        raise FormError(problems)
    builder = Builder(document, source)
    parts = builder.build()
    problems = list(builder.problems)
    problems += Checker(parts, source, builder.failed).check()
    order, cycle_problems = dependency_order(parts.questions, source)
    problems += cycle_problems
    row_orders: dict[str, tuple[str, ...]] = {}
    for question in parts.questions:
        if question.type_def.rows:
            row_order, row_problems = dependency_order(question.questions, source)
            row_orders[question.id] = row_order
            problems += row_problems
    try:
        digest = content_hash(document)
    except ValueError:
        problems.append(FormProblem(source, "", "numbers must be finite (no .nan or .inf)"))
    if problems:
        raise FormError(problems)
    return Form(
        id=document["id"],
        version=document["version"],
        languages=tuple(document["languages"]),
        titles=parts.titles,
        questions=tuple(parts.questions),
        choice_lists=dict(parts.choice_lists),
        items_by_id={item.id: item for item in parts.items},
        outcomes=tuple(parts.outcomes),
        rules=tuple(parts.rules),
        content_hash=digest,
        source=source,
        order=order,
        row_orders=row_orders,
        definition=document,
        exclusive=tuple(parts.exclusive),
        sources=dict(parts.sources),
        provinces=tuple(parts.provinces),
        province_defaults=dict(parts.province_defaults),
    )


def parse_form_file(path: Path) -> Form:
    """The checked form in the file at `path` (`.yaml`, `.yml` or `.json`)."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FormError([FormProblem(source, "", f"cannot read the file: {error}")]) from None
    return parse_form_text(text, source)
