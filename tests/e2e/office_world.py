"""An office with some history, for the PostgreSQL end-to-end tests: several laptops' bundles
imported, clerk decisions (merge, dismiss) and follow-ups taken; and an engine-neutral
canonical dump of an office registry (the tables in primary-key order, values normalised by
their declared type: `store/office/transfer.py`)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from fieldapp.domain.models import AttendeeInput
from fieldapp.services.app import AppServices
from fieldapp.store.office.transfer import TableShape, canonical_rows, sqlite_shape
from fieldapp.store.sql import SqlDatabase
from tests.unit.services.office.office_kit import make_laptop, new_session

LAPTOPS = ("lap1", "lap2", "lap3", "lap4")
# Filled by each engine's own migrations (their `applied_at` is the time each ran).
NOT_COMPARED = ("schema_migrations",)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def register(laptop: AppServices, session: str, name: str, cin: str, **more: Any) -> str:
    """Register one consenting attendee; returns the id."""
    data = {"name_ar": name, "cin": cin, "phone": "+212612000001", "birth_year": 1975}
    data.update(more)
    return laptop.attendees.register(
        session_id=session, data=AttendeeInput(consent=True, **data)
    ).id


def laptop_bundle(office: AppServices, root: Path, index: int, name: str) -> Path:
    """Laptop `name` enrolled with `office`, a session of its own with five attendees (one
    answered, one deleted, one shared CIN across laptops), exported to a bundle."""
    laptop = make_laptop(root, name, office)
    try:
        session = new_session(laptop, place=f"مكان {index}", day=index + 1)
        first = register(laptop, session, f"فاطمة {index}", f"JA{index:02d}0001")
        register(laptop, session, "أحمد العلوي", "JK999999", phone=f"+2126120000{index:02d}")
        register(laptop, session, f"Khadija {index}", "", name_ar="", name_lat=f"Khadija {index}")
        gone = register(laptop, session, f"محمد {index}", f"JM{index:02d}0004")
        register(laptop, session, f"سعيد {index}", f"JS{index:02d}0005", birth_year=1990)
        laptop.answers.set_answers(attendee_id=first, values={"rna_status": "not_registered"})
        laptop.attendees.delete(attendee_id=gone)
        return laptop.bundle_export.export_bundle(target=root / f"{name}.fieldbundle").path
    finally:
        laptop.close()


def import_all(office: AppServices, bundles: list[Path]) -> None:
    """Import `bundles` one by one, trusting their laptops."""
    for bundle in bundles:
        report = office.bundle_import.import_bundles(paths=[bundle], trust_new_devices=True)
        assert report.ok, report.to_dict()


def take_decisions(office: AppServices) -> None:
    """A merge, a dismissal and follow-ups, as a clerk would."""
    first, second = (office.office.resolve_person(c) for c in ("JA010001", "JA020001"))
    office.office.decisions.merge(people=[first, second], why="same person, CIN mistyped")
    office.office.set_follow_up(person=first, status="contacted", note="rang on Monday")
    office.office.set_follow_up(person="JA030001", status="registered", note="RNA file given")
    groups = office.office.duplicates()
    if groups:
        office.office.decisions.dismiss(
            attendee_ids=[r.attendee_id for r in groups[0].registrations], why="two brothers"
        )


def office_shapes(sqlite: SqlDatabase) -> list[TableShape]:
    """The office tables' shapes (columns, declared types, primary key) of a SQLite registry."""
    return [sqlite_shape(sqlite, t) for t in sqlite.tables() if t not in NOT_COMPARED]


def canonical_dump(db: SqlDatabase, shapes: list[TableShape]) -> dict[str, list[list[Any]]]:
    """Every table of an office registry (either engine) in canonical form."""
    return {shape.name: list(canonical_rows(db, shape)) for shape in shapes}
