"""Questionnaire forms: loading and checking definitions, skip logic, constraints,
calculations and eligibility rules giving outcomes and checklist items. Pure Python.

The format is documented in docs/form-format.md.
"""

from __future__ import annotations

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
