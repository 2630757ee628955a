"""Laptop → office → receipt → laptop, with two data directories; registry queries."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.services.app import open_services
from fieldapp.services.bundles.errors import NotEnrolled, NothingToExport, SyncError
from fieldapp.sync import read_bundle, read_profile

from .office_kit import make_laptop, make_office, new_session, person


@pytest.fixture
def pair(tmp_path: Path):
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "lap1", office)
    yield office, laptop
    laptop.close()
    office.close()


@pytest.mark.desk_reads_registry
def test_round_trip_marks_records_delivered_and_keeps_later_edits_pending(pair, tmp_path):
    office, laptop = pair
    session = new_session(laptop)
    fatima = laptop.attendees.register(session_id=session, data=person("فاطمة", "JA123456"))
    ahmed = laptop.attendees.register(
        session_id=session, data=person("أحمد", phone="+212612345679", year=1970)
    )
    laptop.answers.set_answers(attendee_id=fatima.id, values={"rna_status": "not_registered"})
    laptop.attendees.delete(attendee_id=ahmed.id)

    bundle = laptop.bundle_export.export_bundle(target=tmp_path)
    assert bundle.path.parent == tmp_path and bundle.path.name.startswith("كلميم_2025-08-01_")
    assert bundle.sequence == 1 and bundle.encrypted
    assert bundle.counts["attendees"] == 2 and bundle.counts["answers"] == 1

    report = office.bundle_import.import_bundles(paths=[bundle.path], trust_new_devices=True)
    assert report.ok, report.to_dict()
    file = report.files[0]
    assert file.new == sum(bundle.counts.values()) and file.updated == 0
    assert file.receipt == Path(f"{bundle.path}.receipt.json")
    merged = office.office_database.execute(
        "SELECT name_ar, deleted FROM attendees ORDER BY name_ar"
    ).fetchall()
    assert [tuple(r) for r in merged] == [("", 1), ("فاطمة", 0)]  # a tombstone keeps no name
    assert [r.attendee.id for r in office.attendees.search("فاطمه")] == [fatima.id]

    # An edit after the export stays pending once the receipt is read back.
    laptop.attendees.update(attendee_id=fatima.id, data=person("فاطمة الزهراء", "JA123456"))
    result = laptop.bundle_export.import_receipt(path=file.receipt)
    assert result.acknowledged == sum(bundle.counts.values())
    assert result.changed_since >= 1
    status = laptop.bundle_export.status()
    assert status.pending["attendees"] == 1 and status.pending["answers"] == 0
    assert laptop.bundle_export.import_receipt(path=file.receipt).already_imported

    second = laptop.bundle_export.export_bundle(target=tmp_path / "b2.fieldbundle")
    assert second.sequence == 2 and second.counts["attendees"] == 1
    report = office.bundle_import.import_bundles(paths=[second.path])
    assert report.files[0].updated == 1, report.to_dict()
    laptop.bundle_export.import_receipt(path=report.files[0].receipt)
    assert laptop.bundle_export.status().pending_total == 0
    with pytest.raises(NothingToExport):
        laptop.bundle_export.export_bundle(target=tmp_path)
    # Nothing is deleted on the laptop by exporting.
    assert laptop.attendees.get(fatima.id).name_ar == "فاطمة الزهراء"

    people = office.office.people()
    assert [p.cin for p in people if p.cin] == ["JA123456"]
    assert people[0].name_ar == "فاطمة الزهراء"


def test_session_export_and_plain_bundles(pair, tmp_path):
    _office, laptop = pair
    s1, s2 = new_session(laptop, "كلميم", 1), new_session(laptop, "طانطان", 2)
    laptop.attendees.register(session_id=s1, data=person("فاطمة", "JA123456"))
    laptop.attendees.register(session_id=s2, data=person("سعيد", "B12345", "+212612345670"))
    one = laptop.bundle_export.export_bundle(target=tmp_path, session_id=s2, encrypt=False)
    assert "طانطان" in one.path.name and not one.encrypted
    content = read_bundle(one.path, identity=None, allow_unencrypted=True)
    assert {r["session_id"] for r in content.records["attendees"]} == {s2}
    assert content.warnings


def test_export_before_enrolment_is_refused(tmp_path):
    from fieldapp.services.app import open_services

    laptop = open_services(data_dir=tmp_path / "lap", agent="a")
    try:
        laptop.attendees.register(session_id=new_session(laptop), data=person("x", "A1234"))
        with pytest.raises(NotEnrolled, match="fieldapp enroll"):
            laptop.bundle_export.export_bundle(target=tmp_path)
        assert laptop.bundle_export.export_bundle(target=tmp_path, encrypt=False).sequence == 1
    finally:
        laptop.close()


def test_registry_duplicates_cin_conflicts_follow_up_and_exports(pair, tmp_path):
    office, laptop = pair
    other = make_laptop(tmp_path, "lap2", office)
    try:
        s1, s2 = new_session(laptop), new_session(other, "أسا", 3)
        a = laptop.attendees.register(session_id=s1, data=person("أحمد بنعلي"))
        laptop.answers.set_answers(
            attendee_id=laptop.attendees.register(
                session_id=s1, data=person("فاطمة", "JA123456", "+212612345670")
            ).id,
            values={"years_practice": 5, "has_diploma": False, "rna_status": "not_registered"},
        )
        b = other.attendees.register(session_id=s2, data=person("احمد بنعلى"))
        other.attendees.register(session_id=s2, data=person("خديجة", "JA123456", year=1960))
        paths = [
            laptop.bundle_export.export_bundle(target=tmp_path / "l1.fieldbundle").path,
            other.bundle_export.export_bundle(target=tmp_path / "l2.fieldbundle").path,
        ]
        report = office.bundle_import.import_bundles(paths=paths, trust_new_devices=True)
        assert report.ok
        # Every file of one run is committed: a second connection sees both.
        reopened = open_services(data_dir=office.data_dir)
        count = reopened.office_database.execute("SELECT COUNT(*) FROM attendees").fetchone()[0]
        reopened.close()
        assert count == 4
        totals = report.totals()
        assert totals["duplicates"] == 1 and totals["rejected"] == 0
        assert [c["type"] for c in report.files[1].conflicts] == ["cin"]
        groups = office.office.duplicates()
        assert len(groups) == 1
        assert {r.attendee_id for r in groups[0].registrations} == {a.id, b.id}
        # Never merged: two people stay in the registry.
        people = office.office.people()
        assert len({p.person_key for p in people}) == 3
        assert {p.attendee_id for p in people if not p.cin} == {a.id, b.id}
        returning = office.office.people(filter_name="returning")
        assert [p.cin for p in returning] == ["JA123456"]
        assert returning[0].sessions == 2

        told = office.office.people(filter_name="told_to_register_not_registered")
        office.office.set_follow_up(person="ja 123456", status="contacted", note="هاتف")
        with pytest.raises(SyncError):
            office.office.set_follow_up(person="ZZ999999", status="contacted")
        with pytest.raises(SyncError):
            office.office.set_follow_up(person="JA123456", status="bogus")
        assert office.office.people(filter_name="returning")[0].follow_up_note == "هاتف"
        csv_path, count = office.office.export_people(path=tmp_path / "reg.csv")
        rows = list(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
        assert len(rows) == count + 1 and "JA123456" in {r[1] for r in rows}
        xlsx_path, _ = office.office.export_people(path=tmp_path / "reg.xlsx")
        sheet = load_workbook(xlsx_path).active
        assert sheet.cell(row=1, column=1).value == "معرّف الشخص"  # Arabic unless told
        assert [p.cin for p in told] == ["JA123456"]
        assert "rna_register_artisan" in told[0].outcomes
        still = office.office.people(filter_name="told_to_register_not_registered")
        assert [p.cin for p in still] == ["JA123456"]  # "contacted" is still open
        office.office.set_follow_up(person="JA123456", status="registered")
        assert office.office.people(filter_name="told_to_register_not_registered") == []
    finally:
        other.close()


def test_enrolment_brings_forms_and_a_pseudonymised_registry(pair, tmp_path):
    office, laptop = pair
    laptop.attendees.register(session_id=new_session(laptop), data=person("فاطمة", "JA123456"))
    path = laptop.bundle_export.export_bundle(target=tmp_path).path
    office.bundle_import.import_bundles(paths=[path], trust_new_devices=True)
    profile = tmp_path / "p2.json"
    office.office.write_profile(path=profile, office_name="office")
    payload = json.dumps(read_profile(profile).payload["registry"], ensure_ascii=False)
    assert "JA123456" not in payload and "فاطمة" not in payload and "+2126" not in payload
    fresh = make_laptop(tmp_path, "lap3", office)
    try:
        fresh.enrolment.enrol(path=profile)
        known = fresh.enrolment.known_person(cin="ja-123456")
        assert known is not None and known.sessions == 1 and known.last_place == "كلميم"
        assert fresh.enrolment.known_person(cin="A1") is None
    finally:
        fresh.close()
