"""Every branch of the default outreach form: outcomes, checklist items, skip logic, checks."""

from __future__ import annotations

import pytest

from fieldapp.domain.models import ItemKind
from fieldapp.questionnaire import Form, check_answers, evaluate

BASE: dict[str, object] = {
    "practice_mode": "individual",
    "has_diploma": False,
    "years_practice": 5,
    "rna_status": "not_registered",
    "amo_status": "none",
    "taxed": False,
}


def answers(**changes: object) -> dict[str, object]:
    result = dict(BASE)
    result.update(changes)
    return {key: value for key, value in result.items() if value is not None}


def outcome_ids(form: Form, **changes: object) -> list[str]:
    return [outcome.id for outcome in evaluate(form, answers(**changes)).outcomes]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"years_practice": 3}, "rna_register_artisan"),
        ({"has_diploma": True, "years_practice": 0}, "rna_register_artisan"),
        ({"years_practice": 10}, "rna_register_master"),
        ({"has_diploma": True, "years_practice": 25}, "rna_register_master"),
        ({"years_practice": 2}, "rna_not_yet_eligible"),
        ({"rna_status": "pending"}, "rna_complete_pending"),
        ({"rna_status": "registered"}, "rna_registered_keep_card"),
    ],
)
def test_rna_branches(default_form: Form, changes: dict[str, object], expected: str) -> None:
    ids = outcome_ids(default_form, **changes)
    rna = [i for i in ids if i.startswith("rna_") and i != "rna_structure_info"]
    assert rna == [expected]


@pytest.mark.parametrize(
    ("amo_status", "expected"),
    [
        ("none", "amo_enroll_tns"),
        ("amo_salarie", "amo_already_covered"),
        ("amo_tns", "amo_already_covered"),
        ("cnops", "amo_already_covered"),
        ("amo_tadamon", "amo_tadamon_review"),
        ("other", "amo_other_check"),
    ],
)
def test_amo_branches(default_form: Form, amo_status: str, expected: str) -> None:
    ids = outcome_ids(default_form, amo_status=amo_status)
    assert [i for i in ids if i.startswith("amo_")] == [expected]


DEPENDANT = {"relationship": "child", "name": "سعيد", "birth_year": 2012}


@pytest.mark.parametrize(
    ("amo_status", "declared"),
    [("none", True), ("amo_tns", True), ("amo_salarie", False), ("amo_tadamon", False)],
)
def test_declare_dependants(default_form: Form, amo_status: str, declared: bool) -> None:
    ids = outcome_ids(default_form, amo_status=amo_status, dependants=[DEPENDANT])
    assert ("declare_dependants" in ids) is declared
    assert "declare_dependants" not in outcome_ids(default_form, amo_status=amo_status)


def test_every_outcome_is_reachable(default_form: Form) -> None:
    seen: set[str] = set()
    for rna in ("registered", "pending", "not_registered"):
        for years in (0, 3, 10):
            for amo in ("none", "amo_tns", "amo_salarie", "amo_tadamon", "cnops", "other"):
                for mode in ("individual", "cooperative"):
                    seen.update(
                        outcome_ids(
                            default_form,
                            rna_status=rna,
                            years_practice=years,
                            amo_status=amo,
                            practice_mode=mode,
                            dependants=[DEPENDANT],
                        )
                    )
    assert seen == set(default_form.outcome_ids)


def test_structure_outcome_only_for_unregistered_structures(default_form: Form) -> None:
    assert "rna_structure_info" in outcome_ids(default_form, practice_mode="enterprise")
    assert "rna_structure_info" not in outcome_ids(
        default_form, practice_mode="cooperative", rna_status="registered"
    )


def test_outcomes_in_priority_order_and_items_deduplicated(default_form: Form) -> None:
    evaluation = evaluate(default_form, answers(dependants=[DEPENDANT]), "fr")
    assert [o.id for o in evaluation.outcomes] == [
        "rna_register_artisan",
        "amo_enroll_tns",
        "declare_dependants",
    ]
    priorities = [o.priority for o in evaluation.outcomes]
    assert priorities == sorted(priorities)
    ids = [item.id for item in evaluation.items]
    assert len(ids) == len(set(ids))
    assert ids.count("doc_cin_copy") == 1
    assert sum("doc_cin_copy" in [i.id for i in o.items] for o in evaluation.outcomes) == 3
    assert ids.index("doc_cin_copy") < ids.index("step_cnss_enrol")


def test_items_in_arabic_and_french(default_form: Form) -> None:
    arabic = {i.id: i for i in evaluate(default_form, answers(), "ar").items}
    french = {i.id: i for i in evaluate(default_form, answers(), "fr").items}
    assert arabic["doc_cin_copy"].text == "نسخة من البطاقة الوطنية للتعريف"
    assert arabic["doc_cin_copy"].kind is ItemKind.DOCUMENT
    assert french["doc_cin_copy"].text == "Copie de la CIN"
    assert "135 درهما في الشهر" in arabic["step_contribution_non_taxed"].text
    assert "135 DH par mois" in french["step_contribution_non_taxed"].text
    assert "3939" in french["step_helpline"].text
    assert french["place_cnss_agency"].kind is ItemKind.PLACE
    outcome = evaluate(default_form, answers(years_practice=12), "ar").outcomes[0]
    assert outcome.title == "التسجيل في السجل بصفة صانع تقليدي «لمعلم»"
    english = evaluate(default_form, answers(), "en").items[0]
    assert english.text == arabic[english.id].text


def test_item_conditions(default_form: Form) -> None:
    ids = {i.id for i in evaluate(default_form, answers(has_diploma=True)).items}
    assert "doc_diploma_copy" in ids and "doc_practice_attestation" not in ids
    ids = {i.id for i in evaluate(default_form, answers(taxed=True)).items}
    assert "step_contribution_taxed" in ids and "step_contribution_non_taxed" not in ids


def test_nia_only_visible_when_registered(default_form: Form) -> None:
    for status in ("pending", "not_registered", None):
        assert "nia" not in evaluate(default_form, answers(rna_status=status)).visible
    registered = evaluate(default_form, answers(rna_status="registered", nia="123"))
    assert "nia" in registered.visible
    assert registered.values["nia"] == "123"
    hidden = evaluate(default_form, answers(rna_status="pending", nia="123"))
    assert "nia" not in hidden.values


def test_irrelevant_answers_are_ignored_by_rules(default_form: Form) -> None:
    evaluation = evaluate(default_form, answers(amo_status="amo_salarie", taxed=True))
    assert "taxed" not in evaluation.visible
    assert "taxed" not in evaluation.values


def test_years_practice_constraint(default_form: Form) -> None:
    for value, code in ((-1, "constraint"), (81, "constraint"), ("5", "type"), (True, "type")):
        evaluation = evaluate(default_form, answers(years_practice=value), "fr")
        assert evaluation.errors["years_practice"].code == code
        assert not evaluation.is_complete
    message = evaluate(default_form, answers(years_practice=-1), "fr").errors["years_practice"]
    assert message.message == "le nombre d'années d'exercice doit être compris entre 0 et 80"
    arabic = evaluate(default_form, answers(years_practice=-1), "ar").errors["years_practice"]
    assert arabic.message == "عدد سنوات المزاولة يجب أن يكون بين 0 و 80"
    assert evaluate(default_form, answers(years_practice=80)).errors == {}


def test_required_and_complete(default_form: Form) -> None:
    assert evaluate(default_form, answers()).is_complete
    empty = evaluate(default_form, {})
    assert {key for key, e in empty.errors.items() if e.code == "required"} == {
        "practice_mode",
        "has_diploma",
        "years_practice",
        "rna_status",
        "amo_status",
    }
    assert not empty.is_complete
    assert "taxed" in evaluate(default_form, answers(taxed=None)).errors


def test_repeat_group_errors(default_form: Form) -> None:
    rows = [
        {"relationship": "spouse", "name": "فاطمة", "birth_year": 1985, "cin": "JA123456"},
        {"relationship": "cousin", "birth_year": 1800, "cin": "J"},
        "not a row",
        {"relationship": "child", "name": "x", "birth_year": 2010, "age": 3},
    ]
    evaluation = evaluate(default_form, answers(dependants=rows), "fr")
    errors = {key: e.code for key, e in evaluation.errors.items()}
    assert errors == {
        "dependants[2].relationship": "type",
        "dependants[2].name": "required",
        "dependants[2].birth_year": "constraint",
        "dependants[2].cin": "constraint",
        "dependants[3]": "type",
        "dependants[4].age": "type",
    }
    assert evaluation.calculated["dependant_count"] == 4
    assert len(evaluation.row_visible["dependants"]) == 4
    not_a_list = evaluate(default_form, answers(dependants={"name": "x"}))
    assert not_a_list.errors["dependants"].code == "type"


def test_calculated_values(default_form: Form) -> None:
    assert evaluate(default_form, answers()).calculated == {
        "rna_category": "artisan",
        "dependant_count": 0,
    }
    assert evaluate(default_form, {}).calculated["rna_category"] == "not_yet"


def test_check_answers(default_form: Form) -> None:
    assert check_answers(default_form, {}) == {}
    problems = check_answers(
        default_form,
        {
            "years_practice": 90,
            "rna_status": "maybe",
            "colour": "red",
            "rna_category": "master",
            "nia": 12,
        },
        "fr",
    )
    assert {key: e.code for key, e in problems.items()} == {
        "years_practice": "constraint",
        "rna_status": "type",
        "colour": "type",
        "rna_category": "type",
        "nia": "type",
    }
    assert problems["rna_status"].message == "choix inconnu « maybe »"
    assert problems["colour"].message == "question inconnue « colour »"
