"""The eight reviewed profiles (issue 14): coherent outcomes, each item printed once."""

from __future__ import annotations

import pytest

from fieldapp.documents.bidi_text import has_arabic
from fieldapp.questionnaire import Form, evaluate
from tests.unit.questionnaire.profiles import PROFILES, TODAY

EXPECTED = {
    "welder_1_year": ["rna_not_yet_eligible", "amo_tadamon_rsu"],
    "carpenter_25_years": [
        "rna_register_artisan",
        "rna_master_option",
        "amo_enrol_after_register",
        "declare_dependants",
    ],
    "weaver_cooperative_pending": [
        "rna_complete_pending",
        "amo_enrol_after_register",
        "rna_structure_info",
    ],
    "tent_maker_registered_tns": [
        "rna_registered_keep_card",
        "amo_tns_arrears",
        "dependants_other_check",
    ],
    "mechanic_salaried": ["rna_register_artisan", "amo_covered_check_activity"],
    "jeweller_12_years_taxed": ["rna_register_artisan", "rna_master_option", "amo_enroll_taxed"],
    "incense_maker_cnops_family": ["rna_register_artisan", "amo_covered_check_activity"],
    "potter_tadamon": ["rna_registered_keep_card", "rna_master_option", "amo_tadamon_review"],
}


@pytest.mark.parametrize("name", sorted(PROFILES))
@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_profile(default_form: Form, name: str, lang: str) -> None:
    evaluation = evaluate(default_form, PROFILES[name], lang, province="Guelmim", today=TODAY)
    assert evaluation.is_complete, evaluation.errors
    ids = [outcome.id for outcome in evaluation.outcomes]
    assert ids == EXPECTED[name]
    assert default_form.conflicting(tuple(ids)) == []
    printed = [item.id for outcome in evaluation.outcomes for item in outcome.items]
    assert len(printed) == len(set(printed)), "an item is printed twice"
    texts = [item.text for outcome in evaluation.outcomes for item in outcome.items]
    assert len(texts) == len(set(texts))
    if lang == "en":
        assert not any(has_arabic(text) for text in texts), "Arabic-only text on an English page"


def test_the_welder_is_never_sent_to_cnss_with_the_flat_contribution(default_form: Form) -> None:
    evaluation = evaluate(default_form, PROFILES["welder_1_year"], "fr", today=TODAY)
    texts = " ".join(item.text for item in evaluation.items)
    assert "135" not in texts
    assert "registre social unifié" in texts


def test_the_conflict_check_sees_a_forbidden_pair(default_form: Form) -> None:
    assert default_form.conflicting(("amo_enroll_tns", "rna_not_yet_eligible")) == [
        ("amo_enroll_tns", "rna_not_yet_eligible")
    ]
