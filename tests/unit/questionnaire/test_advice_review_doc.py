"""docs/advice-review.md shows what the default form says to the eight reviewed profiles."""

from __future__ import annotations

from fieldapp.questionnaire import Form
from tests.unit.questionnaire.advice_review import DOC, render


def test_the_review_document_is_up_to_date(default_form: Form) -> None:
    assert DOC.read_text(encoding="utf-8") == render(default_form), (
        "run: python -m tests.unit.questionnaire.advice_review"
    )
