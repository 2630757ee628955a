"""The office's "told to register / to enrol" lists come from the forms' outcomes, every
version, never from a hand-kept list that a form review leaves stale."""

from __future__ import annotations

from fieldapp.services.app import AppServices
from fieldapp.services.office.registry import ToldTo


def test_the_lists_follow_every_form_version(services: AppServices) -> None:
    forms = services.forms.registry.forms()
    versions = {(f.id, f.version) for f in forms}
    assert {("outreach-amo-rna", "1.0"), ("outreach-amo-rna", "2.0")} <= versions
    told = ToldTo.from_forms(forms)
    # Form 2.0 dropped rna_register_master; people answered under 1.0 still carry it.
    assert told.register == {"rna_register_master", "rna_register_artisan"}
    assert told.enrol_amo == {"amo_enroll_tns", "amo_enrol_after_register", "amo_enroll_taxed"}
    every = {o.id for f in forms for o in f.outcomes}
    assert told.register | told.enrol_amo <= every


def test_only_the_current_form_knows_no_master_outcome(services: AppServices) -> None:
    current = services.forms.registry.get("outreach-amo-rna")
    assert current.version == "2.0"
    told = ToldTo.from_forms([current])
    assert told.register == {"rna_register_artisan"}
    assert "rna_register_master" not in {o.id for o in current.outcomes}
    # Already registered, or covered and paying: not told to register or to enrol.
    assert "rna_registered_keep_card" not in told.register
    assert "amo_tns_keep_paying" not in told.enrol_amo
