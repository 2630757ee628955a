"""Erasure (law 09-08): deleting a person on a laptop keeps a tombstone of ids and times only
and redacts their audit values in the same transaction; the office erases them on import, and
`office erase CIN` wipes them at the office, so the next registry snapshot no longer knows
them. Checked by searching every table (and the bundle) for the person's data."""

from __future__ import annotations

from pathlib import Path

from fieldapp.services.app import open_services
from fieldapp.sync import read_bundle

from .office_kit import full_dump, make_laptop, make_office, new_session, person

NAME, CIN, PHONE = "فاطمة الزهراء", "JK918273", "+212661234987"


def _traces(text: str) -> list[str]:
    return [value for value in (NAME, CIN, PHONE, "661234987") if value in text]


def test_a_deleted_person_leaves_ids_and_times_only(tmp_path: Path) -> None:
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "laptop", office)
    session = new_session(laptop)
    kept = laptop.attendees.register(session_id=session, data=person("خديجة", "JB234567", ""))
    gone = laptop.attendees.register(session_id=session, data=person(NAME, CIN, PHONE))
    laptop.attendees.update(attendee_id=gone.id, data=person(NAME + " بنعلي", CIN, PHONE))
    exported = laptop.bundle_export.export_bundle(target=tmp_path / "first.fieldbundle").path
    office.bundle_import.import_bundles(paths=[exported], trust_new_devices=True)
    assert _traces(full_dump(office))  # the office holds the person now

    laptop.attendees.delete(attendee_id=gone.id)
    assert _traces(full_dump(laptop)) == []
    row = laptop.store.db.execute("SELECT * FROM attendees WHERE id = ?", [gone.id]).fetchone()
    assert row is not None  # the tombstone stays, to carry the deletion
    assert laptop.store.attendees.get(kept.id).name_ar == "خديجة"
    entries = laptop.store.audit.for_record("attendee", gone.id)
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert entries[-1].changes == {"deleted": [0, 1]}

    second = laptop.bundle_export.export_bundle(target=tmp_path / "second.fieldbundle").path
    identity = office.office.keys.identity()
    assert _traces(repr(read_bundle(second, identity=identity).records)) == []
    report = office.bundle_import.import_bundles(paths=[second])
    assert [f.status for f in report.files] == ["imported"], report.to_dict()
    assert _traces(full_dump(office)) == []
    assert "خديجة" in full_dump(office)
    office.close()
    laptop.close()


def test_office_erase_wipes_a_person_and_the_next_snapshot_forgets_them(
    tmp_path: Path, cli
) -> None:
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "laptop", office)
    session = new_session(laptop)
    laptop.attendees.register(session_id=session, data=person(NAME, CIN, PHONE))
    laptop.attendees.register(session_id=session, data=person("خديجة", "JB234567", ""))
    bundle = laptop.bundle_export.export_bundle(target=tmp_path / "b.fieldbundle").path
    office.bundle_import.import_bundles(paths=[bundle], trust_new_devices=True)
    office.office.set_follow_up(person=CIN, status="to_contact", note=f"call {PHONE}")
    office_dir = office.data_dir
    office.close()

    erased = cli("--data-dir", str(office_dir), "office", "erase", "jk 918273")
    assert erased.code == 0, erased.err
    assert erased.out.strip() == "1"

    office = open_services(data_dir=office_dir, agent="clerk")
    assert _traces(full_dump(office)) == []
    entries = list(office.office_database.query("SELECT * FROM audit WHERE action = 'delete'"))
    assert len(entries) == 1 and entries[0]["changes"] == '{"erased": [0, 1]}'
    assert [p.cin for p in office.office.people()] == ["JB234567"]
    profile = tmp_path / "next-profile.json"
    office.office.write_profile(path=profile, office_name="x")
    newcomer = open_services(data_dir=tmp_path / "newcomer", agent="n")
    newcomer.enrolment.enrol(path=profile)
    assert newcomer.enrolment.known_person(cin=CIN) is None
    assert newcomer.enrolment.known_person(cin="JB234567") is not None
    newcomer.close()
    office.close()
    laptop.close()
