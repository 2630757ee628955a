"""Every branch of the default outreach form: outcomes, checklist items, skip logic, checks."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldapp.domain.models import ItemKind
from fieldapp.questionnaire import Form, check_answers, evaluate

BASE: dict[str, object] = {
    "practice_mode": "individual",
    "has_diploma": False,
    "years_practice": 5,
    "rna_status": "not_registered",
    "amo_status": "none",
    "tax_regime": "none",
    "can_pay": True,
    "rsu_status": "not_in_rsu",
}
TODAY = dt.date(2026, 12, 1)


def answers(**changes: object) -> dict[str, object]:
    result = dict(BASE)
    result.update(changes)
    return {key: value for key, value in result.items() if value is not None}


def outcome_ids(form: Form, **changes: object) -> list[str]:
    return [o.id for o in evaluate(form, answers(**changes), today=TODAY).outcomes]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"years_practice": 3}, "rna_register_artisan"),
        ({"has_diploma": True, "years_practice": 0}, "rna_register_artisan"),
        # reviewed (issue 14): ten years or more no longer blocks on the master attestation
        ({"years_practice": 10}, "rna_register_artisan"),
        ({"has_diploma": True, "years_practice": 25}, "rna_register_artisan"),
        ({"years_practice": 2}, "rna_not_yet_eligible"),
        ({"rna_status": "pending"}, "rna_complete_pending"),
        ({"rna_status": "registered"}, "rna_registered_keep_card"),
    ],
)
def test_rna_branches(default_form: Form, changes: dict[str, object], expected: str) -> None:
    ids = outcome_ids(default_form, **changes)
    rna = [
        i
        for i in ids
        if i.startswith("rna_") and i not in ("rna_structure_info", "rna_master_option")
    ]
    assert rna == [expected]


def test_master_route_is_an_option_beside_registering_now(default_form: Form) -> None:
    ids = outcome_ids(default_form, years_practice=25)
    assert ids[:2] == ["rna_register_artisan", "rna_master_option"]
    items = evaluate(default_form, answers(years_practice=25), "fr", today=TODAY).items
    texts = [item.text for item in items]
    assert any("attestation d'exercice" in t and "demandez à la chambre" in t for t in texts)
    assert any("Maâlem" in t and "demandez à la chambre" in t for t in texts)
    assert "rna_master_option" not in outcome_ids(default_form, years_practice=9)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"rna_status": "registered"}, "amo_enroll_tns"),
        ({}, "amo_enrol_after_register"),
        ({"rna_status": "pending"}, "amo_enrol_after_register"),
        ({"years_practice": 1}, "amo_tadamon_rsu"),
        ({"can_pay": False}, "amo_tadamon_rsu"),
        ({"tax_regime": "cpu"}, "amo_enroll_taxed"),
        ({"tax_regime": "unknown", "taxed": True}, "amo_enroll_taxed"),
        ({"tax_regime": "unknown", "taxed": False}, "amo_enrol_after_register"),
        ({"amo_status": "amo_tns", "contributions_paid": "paid"}, "amo_tns_keep_paying"),
        ({"amo_status": "amo_tns", "contributions_paid": "arrears"}, "amo_tns_arrears"),
        ({"amo_status": "amo_tns", "contributions_paid": "unknown"}, "amo_tns_arrears"),
        ({"amo_status": "amo_salarie"}, "amo_covered_check_activity"),
        ({"amo_status": "cnops"}, "amo_covered_check_activity"),
        ({"amo_status": "family"}, "amo_covered_check_activity"),
        ({"amo_status": "amo_tadamon"}, "amo_tadamon_review"),
        ({"amo_status": "other"}, "amo_other_check"),
    ],
)
def test_amo_branches(default_form: Form, changes: dict[str, object], expected: str) -> None:
    ids = outcome_ids(default_form, **changes)
    assert [i for i in ids if i.startswith("amo_")] == [expected]


def test_the_flat_contribution_only_for_those_in_or_entering_the_register(
    default_form: Form,
) -> None:
    for changes in ({"years_practice": 1}, {"can_pay": False}, {"amo_status": "cnops"}):
        ids = {i.id for i in evaluate(default_form, answers(**changes), today=TODAY).items}
        assert "step_contribution_non_taxed" not in ids, changes
    registered = evaluate(default_form, answers(rna_status="registered"), "fr", today=TODAY)
    assert any("135 DH" in i.text for i in registered.items)


def test_never_told_nothing_to_do(default_form: Form) -> None:
    for status in ("amo_salarie", "cnops", "family", "amo_tadamon", "other"):
        evaluation = evaluate(default_form, answers(amo_status=status), "fr", today=TODAY)
        texts = " ".join(i.text for i in evaluation.items)
        assert "CNSS" in texts
        assert "Aucune nouvelle adhésion" not in texts


CHILD = {"relationship": "child", "name": "سعيد", "birth_year": 2012}
OLD_CHILD = {"relationship": "child", "name": "حسن", "birth_year": 1999}
OTHER = {"relationship": "other", "name": "الأم", "birth_year": 1950}


@pytest.mark.parametrize(
    ("changes", "declared"),
    [
        ({}, True),
        ({"amo_status": "amo_tns", "contributions_paid": "paid"}, True),
        ({"amo_status": "amo_salarie"}, False),
        ({"amo_status": "amo_tadamon"}, False),
        ({"years_practice": 1}, False),
    ],
)
def test_declare_dependants(default_form: Form, changes: dict[str, object], declared: bool) -> None:
    ids = outcome_ids(default_form, dependants=[CHILD], **changes)
    assert ("declare_dependants" in ids) is declared
    assert "declare_dependants" not in outcome_ids(default_form, **changes)


def test_other_relatives_do_not_trigger_spouse_and_children(default_form: Form) -> None:
    ids = outcome_ids(default_form, dependants=[OTHER])
    assert "declare_dependants" not in ids
    assert "dependants_other_check" in ids


def test_children_past_the_age_limits_are_flagged(default_form: Form) -> None:
    def item_ids(*rows: dict[str, object]) -> set[str]:
        evaluation = evaluate(default_form, answers(dependants=list(rows)), today=TODAY)
        return {i.id for i in evaluation.items}

    assert item_ids(CHILD) >= {"step_declare_children"}
    assert "step_children_over_limits" not in item_ids(CHILD)
    assert "step_children_over_limits" in item_ids(OLD_CHILD)  # 27 in 2026
    assert "step_children_over_limits" in item_ids({**OLD_CHILD, "student": True})  # past 26
    student = {**OLD_CHILD, "birth_year": 2002, "student": True}  # 24, unmarried student
    assert "step_children_over_limits" not in item_ids(student)
    assert "step_children_over_limits" not in item_ids({**OLD_CHILD, "disabled": True})


def test_spouse_with_own_cover_is_asked_about_not_declared(default_form: Form) -> None:
    spouse = {"relationship": "spouse", "name": "فاطمة", "birth_year": 1980}
    ids = {
        i.id
        for i in evaluate(
            default_form, answers(dependants=[spouse], spouse_own_cover="yes"), today=TODAY
        ).items
    }
    assert "step_spouse_own_cover" in ids and "step_declare_spouse" not in ids


def test_outcomes_in_priority_order_and_items_printed_once(default_form: Form) -> None:
    evaluation = evaluate(
        default_form, answers(rna_status="registered", dependants=[CHILD]), "fr", today=TODAY
    )
    assert [o.id for o in evaluation.outcomes] == [
        "rna_registered_keep_card",
        "amo_enroll_tns",
        "declare_dependants",
    ]
    priorities = [o.priority for o in evaluation.outcomes]
    assert priorities == sorted(priorities)
    ids = [item.id for item in evaluation.items]
    assert len(ids) == len(set(ids))
    # reviewed (issue 14): a shared item is printed under the first outcome only
    per_outcome = [i.id for o in evaluation.outcomes for i in o.items]
    assert per_outcome == ids
    assert "doc_cin_copy" in [i.id for i in evaluation.outcomes[1].items]
    assert "doc_cin_copy" not in [i.id for i in evaluation.outcomes[2].items]


def test_documents_held_are_brought_not_got(default_form: Form) -> None:
    get = evaluate(default_form, answers(), "fr", today=TODAY).items
    bring = evaluate(default_form, answers(documents_held=["cin_copy"]), "fr", today=TODAY).items
    assert next(i.text for i in get if i.id == "doc_cin_copy").startswith("Faites une copie")
    assert next(i.text for i in bring if i.id == "doc_cin_copy").startswith("Apportez")


def test_items_in_arabic_french_and_english(default_form: Form) -> None:
    registered = answers(rna_status="registered")
    arabic = {i.id: i for i in evaluate(default_form, registered, "ar", today=TODAY).items}
    french = {i.id: i for i in evaluate(default_form, registered, "fr", today=TODAY).items}
    english = {i.id: i for i in evaluate(default_form, registered, "en", today=TODAY).items}
    assert arabic["doc_cin_copy"].text == "اصنع نسخة من بطاقتك الوطنية (CIN)"
    assert arabic["doc_cin_copy"].kind is ItemKind.DOCUMENT
    assert french["doc_cin_copy"].text == "Faites une copie de votre carte d'identité (CIN)"
    assert english["doc_cin_copy"].text == "Make a copy of your ID card (CIN)"
    assert "135 درهما في الشهر" in arabic["step_contribution_non_taxed"].text
    assert "135 DH par mois" in french["step_contribution_non_taxed"].text
    assert "3939" in english["step_helpline"].text
    assert french["place_cnss_agency"].kind is ItemKind.PLACE


def test_the_session_province_picks_the_places(default_form: Form) -> None:
    def place(province: str, lang: str) -> str:
        evaluation = evaluate(default_form, answers(), lang, province=province, today=TODAY)
        return next(i.text for i in evaluation.items if i.id == "place_chamber")

    assert "Sidi Ifni" in place("Sidi Ifni", "fr")
    assert "طانطان" in place("طانطان", "ar")
    assert "Assa-Zag" in place("assa-zag", "en")
    assert "votre province" in place("Casablanca", "fr")


def test_item_conditions(default_form: Form) -> None:
    ids = {i.id for i in evaluate(default_form, answers(has_diploma=True)).items}
    assert "doc_diploma_copy" in ids and "doc_practice_attestation" not in ids
    ids = {i.id for i in evaluate(default_form, answers(tax_regime="accounts")).items}
    assert "step_contribution_taxed" in ids and "step_contribution_non_taxed" not in ids


def test_version_1_answers_still_read(default_form: Form) -> None:
    old = {
        "practice_mode": "individual",
        "has_diploma": False,
        "years_practice": 5,
        "rna_status": "not_registered",
        "amo_status": "none",
        "taxed": False,
        "documents_held": ["cin_copy"],
        "dependants": [CHILD],
    }
    assert check_answers(default_form, old) == {}
    evaluation = evaluate(default_form, old, today=TODAY)
    assert {key for key, e in evaluation.errors.items()} == {"tax_regime", "can_pay", "rsu_status"}


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
    assert "tax_regime" not in evaluation.visible
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
    assert "taxed" in evaluate(default_form, answers(tax_regime="unknown")).errors


def test_repeat_group_errors(default_form: Form) -> None:
    rows = [
        {"relationship": "spouse", "name": "فاطمة", "birth_year": 1985, "cin": "JA123456"},
        {"relationship": "cousin", "birth_year": 1800, "cin": "J"},
        "not a row",
        {"relationship": "child", "name": "x", "birth_year": 2010, "age": 3},
    ]
    evaluation = evaluate(default_form, answers(dependants=rows, spouse_own_cover="no"), "fr")
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
    calculated = evaluate(default_form, answers()).calculated
    assert calculated["rna_category"] == "artisan"
    assert calculated["rna_route"] == "register"
    assert calculated["amo_route"] == "enrol_after_register"
    assert calculated["dependant_count"] == 0
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


def test_version_1_stays_installed_for_the_answers_recorded_under_it() -> None:
    from fieldapp.questionnaire import default_catalogue

    registry = default_catalogue(None)
    assert registry.get("outreach-amo-rna").version == "2.0"
    old = registry.get("outreach-amo-rna", "1.0")
    # the hash devices pinned for 1.0 (its content must never change)
    assert old.content_hash == "eff5a7f7b297d0fcd67c91880149474bbf8e9e506c12eb913634ef90985d639b"
