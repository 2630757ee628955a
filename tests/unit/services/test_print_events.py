"""A print is an event, not an edit: it never re-versions or re-sends the attendee."""

from __future__ import annotations

from pathlib import Path

from fieldapp.sync import read_bundle
from tests.unit.questionnaire.profiles import PROFILES
from tests.unit.services.office.office_kit import make_laptop, make_office, new_session, person


def test_print_twice_then_export_sends_the_events_not_the_attendee(tmp_path: Path) -> None:
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "lap1", office)
    try:
        session = new_session(laptop)
        fatima = laptop.attendees.register(session_id=session, data=person("فاطمة", "JA123456"))
        # A checklist is printed only for a complete questionnaire.
        laptop.answers.set_answers(attendee_id=fatima.id, values=PROFILES["welder_1_year"])
        first = laptop.bundle_export.export_bundle(target=tmp_path / "b1.fieldbundle")
        report = office.bundle_import.import_bundles(paths=[first.path], trust_new_devices=True)
        assert report.ok, report.to_dict()
        laptop.bundle_export.import_receipt(path=report.files[0].receipt)

        for n in (1, 2):
            laptop.documents.checklists(
                attendee_ids=[fatima.id], path=tmp_path / f"print{n}.pdf", lang="ar"
            )
        printed = laptop.attendees.get(fatima.id)
        assert printed.updated_at == fatima.updated_at  # not re-versioned
        assert printed.printed_at is not None  # read from the events

        second = laptop.bundle_export.export_bundle(
            target=tmp_path / "b2.fieldbundle", encrypt=False
        )
        content = read_bundle(second.path, identity=None, allow_unencrypted=True)
        assert content.records.get("attendees", []) == []
        events = content.records["print_events"]
        assert [e["attendee_id"] for e in events] == [fatima.id, fatima.id]
        assert len({e["id"] for e in events}) == 2

        again = office.bundle_import.import_bundles(paths=[second.path], allow_unencrypted=True)
        assert again.ok, again.to_dict()
        at_office = office.attendees.get(fatima.id)
        assert at_office.printed_at == printed.printed_at
        assert at_office.updated_at == fatima.updated_at
    finally:
        laptop.close()
        office.close()
