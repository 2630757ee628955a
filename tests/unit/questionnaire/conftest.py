"""Fixtures of the questionnaire tests: the default form and the test form catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.questionnaire import Form, parse_form_file
from fieldapp.resources import bundled_forms_dir

FORMS_DATA = Path(__file__).resolve().parents[2] / "data" / "forms"
DEFAULT_FORM_PATH = bundled_forms_dir() / "outreach-amo-rna.yaml"


@pytest.fixture(scope="session")
def default_form() -> Form:
    return parse_form_file(DEFAULT_FORM_PATH)


@pytest.fixture(scope="session")
def mini_form() -> Form:
    return parse_form_file(FORMS_DATA / "valid" / "mini.yaml")
