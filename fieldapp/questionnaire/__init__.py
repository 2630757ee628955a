"""Questionnaire forms: loading and checking definitions, skip logic, constraints,
calculations and eligibility rules giving outcomes and checklist items. Pure Python.

The format is documented in docs/form-format.md.

The names below are loaded from their modules on first use (PEP 562), so that importing one
light module of the package (the catalogue, the errors) does not load the form model, the
expression engine and the loader: the start-up window needs none of them (about 25 ms).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldapp.questionnaire.answers import answer_text, parse_answer_text
    from fieldapp.questionnaire.catalogue import FormCatalogue, default_catalogue, version_key
    from fieldapp.questionnaire.engine import Evaluation, QuestionError, check_answers, evaluate
    from fieldapp.questionnaire.errors import AnswerError, FormError, FormProblem, UnknownForm
    from fieldapp.questionnaire.loader import content_hash, parse_form_file, parse_form_text
    from fieldapp.questionnaire.model import (
        Choice,
        Form,
        ItemDef,
        LocalText,
        OutcomeDef,
        Question,
        Rule,
    )
    from fieldapp.questionnaire.question_types import QUESTION_TYPES, QuestionType

# Each public name → the module of this package that defines it.
_MODULE_OF = {
    "answer_text": "answers",
    "parse_answer_text": "answers",
    "FormCatalogue": "catalogue",
    "default_catalogue": "catalogue",
    "version_key": "catalogue",
    "Evaluation": "engine",
    "QuestionError": "engine",
    "check_answers": "engine",
    "evaluate": "engine",
    "AnswerError": "errors",
    "FormError": "errors",
    "FormProblem": "errors",
    "UnknownForm": "errors",
    "content_hash": "loader",
    "parse_form_file": "loader",
    "parse_form_text": "loader",
    "Choice": "model",
    "Form": "model",
    "ItemDef": "model",
    "LocalText": "model",
    "OutcomeDef": "model",
    "Question": "model",
    "Rule": "model",
    "QUESTION_TYPES": "question_types",
    "QuestionType": "question_types",
}

__all__ = [
    "QUESTION_TYPES",
    "AnswerError",
    "Choice",
    "Evaluation",
    "Form",
    "FormCatalogue",
    "FormError",
    "FormProblem",
    "ItemDef",
    "LocalText",
    "OutcomeDef",
    "Question",
    "QuestionError",
    "QuestionType",
    "Rule",
    "UnknownForm",
    "answer_text",
    "check_answers",
    "content_hash",
    "default_catalogue",
    "evaluate",
    "parse_answer_text",
    "parse_form_file",
    "parse_form_text",
    "version_key",
]


def __getattr__(name: str) -> object:
    """Import the module defining `name` on first access and keep the name here."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
