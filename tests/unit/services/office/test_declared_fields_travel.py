"""Every declared attendee field that travels in bundles goes laptop → bundle → office as it
was typed, is checked at the office, and reaches the registry and its exports."""

from __future__ import annotations

import csv
from pathlib import Path

from fieldapp.domain.attendee_fields import EXPORTED, IN_BUNDLE, LAPTOP_ONLY
from fieldapp.domain.models import AttendeeInput
from fieldapp.services.office.record_checks import SCHEMAS
from fieldapp.store.outbox import BundleOutbox
from tests.attendee_samples import full_details

from .office_kit import make_laptop, make_office, new_session


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

        merged = office.attendees.get(sent.id)
        for spec in IN_BUNDLE:
            assert getattr(merged, spec.name) == typed[spec.name], spec.name
        (person,) = office.office.people()
        for spec in IN_BUNDLE:
            assert getattr(person, spec.name) == typed[spec.name], spec.name

        path, _count = office.office.export_people(path=tmp_path / "registry.csv")
        with open(path, encoding="utf-8-sig", newline="") as handle:
            header, row = list(csv.reader(handle))
        for spec in EXPORTED:
            cell = row[header.index(spec.name)]
            assert cell == str(spec.kind.to_cell(typed[spec.name])) and cell, spec.name
    finally:
        laptop.close()
        office.close()
