"""Every declared attendee field that travels in bundles goes laptop → bundle → office as it
was typed, is checked at the office, and reaches the registry and its exports."""

from __future__ import annotations

import csv
from pathlib import Path

from fieldapp.documents.exports import field_cell
from fieldapp.documents.labels import field_heading
from fieldapp.domain.attendee_fields import EXPORTED, IN_BUNDLE, LAPTOP_ONLY
from fieldapp.domain.models import AttendeeInput
from fieldapp.services.office.record_checks import SCHEMAS
from fieldapp.store.outbox import BundleOutbox
from tests.attendee_samples import full_details

from .office_kit import forged_bundle, make_laptop, make_office, new_session


def test_every_bundle_field_goes_from_laptop_to_office_and_into_the_registry(tmp_path: Path):
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "lap1", office)
    try:
        session = new_session(laptop)
        typed = full_details()
        sent = laptop.attendees.register(
            session_id=session, data=AttendeeInput(**typed, consent=True)
        )
        records = BundleOutbox(laptop.store.db).select()["attendees"]
        assert set(records[0]) == set(SCHEMAS["attendees"])  # what the office checks
        assert not set(records[0]) & set(LAPTOP_ONLY)

        bundle = laptop.bundle_export.export_bundle(target=tmp_path)
        report = office.bundle_import.import_bundles(paths=[bundle.path], trust_new_devices=True)
        assert report.ok, report.to_dict()

        (person,) = office.office.people()  # the merged registration, on either engine
        assert person.attendee_id == sent.id
        for spec in IN_BUNDLE:
            assert getattr(person, spec.name) == typed[spec.name], spec.name

        # Each column under its heading, its cell as the attendance export writes it.
        path, _count = office.office.export_people(path=tmp_path / "registry.csv", lang="fr")
        with open(path, encoding="utf-8-sig", newline="") as handle:
            header, row = list(csv.reader(handle))
        for spec in EXPORTED:
            cell = row[header.index(field_heading(spec, "fr"))]
            assert cell == str(field_cell(spec, person, "fr")) and cell, spec.name
    finally:
        laptop.close()
        office.close()


def test_a_laptop_of_an_earlier_version_sends_no_value_for_a_field_declared_since(
    tmp_path: Path,
) -> None:
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "lap1", office)
    try:
        session = new_session(laptop)
        sent = laptop.attendees.register(
            session_id=session, data=AttendeeInput(**full_details(), consent=True)
        )
        records = BundleOutbox(laptop.store.db).select(pending_only=False)
        # As an earlier fieldapp wrote it, before `commune` (and `craft`) were declared.
        for record in records["attendees"]:
            del record["commune"], record["craft"]
        path = forged_bundle(laptop, office, tmp_path / "old.fieldapp", sequence=1, records=records)
        report = office.bundle_import.import_bundles(paths=[path], trust_new_devices=True)
        assert report.ok, report.to_dict()
        (merged,) = office.office.people()
        assert merged.attendee_id == sent.id and (merged.commune, merged.craft) == ("", "")
        assert merged.name_ar == sent.name_ar and merged.cin == sent.cin

        # A field nobody declared is still refused.
        records["attendees"][0]["email"] = "x@example.org"
        path = forged_bundle(laptop, office, tmp_path / "new.fieldapp", sequence=2, records=records)
        report = office.bundle_import.import_bundles(paths=[path], trust_new_devices=True)
        assert not report.ok
        assert "email" in str(report.to_dict())
    finally:
        laptop.close()
        office.close()
