"""Loading forms: the broken-form catalogue, content hash, language fallback, the registry."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from fieldapp.questionnaire import (
    FormCatalogue,
    FormError,
    UnknownForm,
    default_catalogue,
    parse_form_file,
    parse_form_text,
)
from tests.unit.questionnaire.conftest import DEFAULT_FORM_PATH, FORMS_DATA

BROKEN = FORMS_DATA / "broken"
MINI = FORMS_DATA / "valid" / "mini.yaml"

CATALOGUE = {
    "unknown_reference": "question 'age': relevant: unknown question 'height'",
    "unknown_choice": "rule 1: when: unknown choice 'purple' for question 'colour' "
    "(valid: red, blue)",
    "unknown_outcome": "rule 1: unknown outcome 'red_sene'",
    "circular_calculation": "question 'double_age': circular calculation: "
    "double_age -> triple_age -> double_age",
    "duplicate_question": "question 'colour': duplicate question id",
    "bad_syntax": "question 'age': relevant: invalid expression: expected ')', "
    "found end of expression at column 19",
    "missing_arabic_label": "question 'age': missing Arabic label",
    "missing_arabic_title": "outcome 'red_seen': missing Arabic title",
    "missing_arabic_constraint_message": "question 'age': missing Arabic constraint_message",
    "missing_version": "missing 'version'",
    "undefined_choice_list": "question 'colour': choice list 'colors' is not defined "
    "under 'choices'",
    "unknown_item": "outcome 'red_seen': unknown checklist item 'bring_photo'",
    "unquoted_version": 'version: must be a quoted string such as "1.0", not 1.1',
    "duplicate_key": "invalid YAML at line 15, column 5: duplicate key 'required'",
    "current_outside_constraint": "question 'double_age': calculate: '.' (the current "
    "value) is only allowed in a constraint",
    "inner_question_outside_group": "question 'double_age': calculate: 'kid_name' is inside "
    "repeat group 'kids'",
}


def test_catalogue_covers_every_broken_file() -> None:
    assert {path.stem for path in BROKEN.glob("*.yaml")} == set(CATALOGUE)


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_broken_form_is_refused_with_a_precise_message(name: str) -> None:
    path = BROKEN / f"{name}.yaml"
    with pytest.raises(FormError) as caught:
        parse_form_file(path)
    lines = str(caught.value).splitlines()
    expected = f"{path}: {CATALOGUE[name]}"
    assert any(line.startswith(expected) for line in lines), lines
    assert all(line.startswith(f"{path}: ") for line in lines)


def test_every_problem_is_reported_at_once() -> None:
    text = MINI.read_text(encoding="utf-8")
    text = text.replace("${colour} = 'red'\n    constraint", "${nope} = 1\n    constraint")
    text = text.replace("outcome: red_seen", "outcome: elsewhere")
    with pytest.raises(FormError) as caught:
        parse_form_text(text, "two.yaml")
    reasons = [str(problem) for problem in caught.value.problems]
    assert "two.yaml: question 'age': relevant: unknown question 'nope'" in reasons
    assert "two.yaml: rule 1: unknown outcome 'elsewhere'" in reasons


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("languages: [ar, fr]", "languages: [fr]", "languages: must include 'ar'"),
        ("  - id: age\n", "  - id: Age\n", "question 'Age': id: 'Age' is not a valid identifier"),
        ("    type: integer\n", "    type: number\n", "question 'age': type: 'number' is not one"),
        ("    relevant: ", "    relevance: ", "question 'age': Additional properties"),
        (
            "    calculate: ${age} * 2\n",
            "",
            "question 'double_age': 'calculate' is needed by",
        ),
        (
            "    constraint_message: {ar: العمر لا يكون سالبا, fr: l'âge ne peut pas être négatif}\n",
            "",
            "question 'age': a constraint needs a constraint_message",
        ),
        ("kind: document", "kind: paper", "item 'bring_cin': kind: 'paper' is not one of"),
        ("explanation: {ar: شرح, fr: Explication}", "explanation: {ar: شرح, de: x}", ""),
        ("text: {ar: البطاقة الوطنية, fr: CIN}", "text: {ar: 'x {fee} DH'}", "unknown constant"),
        ("    calculate: ${age} * 2", "    calculate: ${colour} = 'green'", "unknown choice"),
        ("    required: true\n    label: {ar: اللون", "    label: {ar: اللون", ""),
    ],
)
def test_other_refusals(old: str, new: str, expected: str) -> None:
    text = MINI.read_text(encoding="utf-8")
    assert old in text
    changed = text.replace(old, new, 1)
    if not expected:
        if new.startswith("explanation"):
            with pytest.raises(FormError, match="Additional properties"):
                parse_form_text(changed, "x.yaml")
        else:
            assert parse_form_text(changed, "x.yaml").question("colour").required is False
        return
    with pytest.raises(FormError) as caught:
        parse_form_text(changed, "x.yaml")
    assert expected in str(caught.value)


def test_not_a_mapping_and_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(FormError, match="a form must be a mapping"):
        parse_form_text("- 1\n- 2\n", "list.yaml")
    with pytest.raises(FormError, match="cannot read the file"):
        parse_form_file(tmp_path / "absent.yaml")
    with pytest.raises(FormError, match="invalid JSON at line 1"):
        parse_form_text("{", "x.json")
    nan = MINI.read_text(encoding="utf-8").replace("choices:\n", "constants: {x: .nan}\nchoices:\n")
    with pytest.raises(FormError, match=r"numbers must be finite"):
        parse_form_text(nan, "nan.yaml")


def test_content_hash_ignores_formatting_but_not_labels() -> None:
    text = MINI.read_text(encoding="utf-8")
    form = parse_form_text(text)
    reformatted = parse_form_text(
        "# a new comment\n"
        + text.replace(
            "{name: red, label: {ar: أحمر, fr: Rouge}}",
            "name: red\n      label:\n        fr: 'Rouge'\n        ar: أحمر",
        )
    )
    assert reformatted.content_hash == form.content_hash
    relabelled = parse_form_text(
        text.replace("{ar: اللون, fr: Couleur}", "{ar: اللون, fr: Teinte}")
    )
    assert relabelled.content_hash != form.content_hash
    assert len(form.content_hash) == 64


def test_json_round_trip_keeps_the_hash(default_form) -> None:
    again = parse_form_text(json.dumps(default_form.to_dict(), ensure_ascii=False), "f.json")
    assert again.content_hash == default_form.content_hash
    assert again.outcome_ids == default_form.outcome_ids


def test_form_accessors_and_language_fallback(mini_form) -> None:
    assert mini_form.title("fr") == "Formulaire d'essai"
    assert mini_form.title("en") == "استمارة تجريبية"
    assert mini_form.choices("colours", "fr") == [("red", "Rouge"), ("blue", "أزرق")]
    assert mini_form.outcome_title("red_seen", "fr") == "Rouge"
    assert mini_form.question("age").type == "integer"
    assert [q.id for q in mini_form.questions] == ["colour", "age", "double_age"]
    with pytest.raises(KeyError):
        mini_form.question("nope")
    with pytest.raises(KeyError):
        mini_form.choices("nope", "ar")


def _write_version(directory: Path, version: str, label: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    text = MINI.read_text(encoding="utf-8").replace('version: "1"', f'version: "{version}"')
    text = text.replace("fr: Formulaire d'essai", f"fr: {label}")
    (directory / f"mini-{version}.yaml").write_text(text, encoding="utf-8")


def test_registry_versions_and_overrides(tmp_path: Path) -> None:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    _write_version(bundled, "1.9", "bundled 1.9")
    _write_version(bundled, "1.10", "bundled 1.10")
    _write_version(user, "1.9", "user 1.9")
    (user / "broken.yaml").write_text("id: x\n", encoding="utf-8")
    (user / "notes.txt").write_text("not a form", encoding="utf-8")
    registry = FormCatalogue([bundled, user, tmp_path / "absent"])
    assert registry.get("mini").version == "1.10"
    assert registry.get("mini", "1.9").title("fr") == "user 1.9"
    assert [f.version for f in registry.forms()] == ["1.9", "1.10"]
    assert any("broken.yaml" in str(problem) for problem in registry.problems)
    with pytest.raises(UnknownForm) as caught:
        registry.get("mini", "2")
    assert str(caught.value) == "form 'mini' version '2' not found (installed: mini 1.9, mini 1.10)"
    assert isinstance(caught.value, LookupError)
    with pytest.raises(UnknownForm, match="form 'other' not found"):
        registry.get("other")
    with pytest.raises(FormError):
        FormCatalogue([user], strict=True)


def test_default_catalogue_has_the_default_form(tmp_path: Path) -> None:
    registry = default_catalogue(tmp_path)
    assert registry.get("outreach-amo-rna").source == str(DEFAULT_FORM_PATH)
    user_forms = tmp_path / "forms"
    user_forms.mkdir()
    shutil.copy(MINI, user_forms / "mini.yaml")
    assert default_catalogue(tmp_path).get("mini").id == "mini"
    assert default_catalogue(None).get("outreach-amo-rna").version


def test_package_imports_no_qt_and_no_sqlite() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, fieldapp.questionnaire;"
        "print(','.join(m for m in ('PySide6', 'sqlite3', 'sqlite_utils', 'reportlab')"
        " if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
