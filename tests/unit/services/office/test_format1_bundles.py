"""A bundle written before attendance statuses (format 1: `checked_in`, `printed_at`) is read
with each attendee's status given by the documented rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.domain.models import AttendeeInput, Origin
from fieldapp.sync import bundle as bundle_module

from .office_kit import forged_bundle, make_laptop, make_office, new_session, person


def _format_1(row: dict, *, checked_in: int, printed_at: str | None) -> dict:
    old = {k: v for k, v in row.items() if k not in ("status", "arrived_at")}
    return {**old, "checked_in": checked_in, "printed_at": printed_at}


@pytest.mark.desk_reads_registry
def test_format_1_attendees_get_their_status_by_the_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "lap1", office)
    try:
        session = new_session(laptop)
        walk_in = laptop.attendees.register(session_id=session, data=person("مريم", "JB1000"))
        listed = [
            laptop.attendees.register(
                session_id=session,
                data=AttendeeInput(name_ar=name, cin=cin, origin=Origin.PRE_REGISTERED),
                checked_in=False,
            )
            for name, cin in (("فاطمة", "JA1001"), ("أحمد", "JA1002"), ("خديجة", "JA1003"))
        ]
        records = laptop.bundle_export._outbox.select(pending_only=False)
        old_shape = {
            walk_in.id: (1, None),
            listed[0].id: (1, None),  # checked in
            listed[1].id: (0, "2025-08-01T10:00:00.000000Z"),  # printed
            listed[2].id: (0, None),  # never touched
        }
        records["attendees"] = [
            _format_1(r, checked_in=old_shape[r["id"]][0], printed_at=old_shape[r["id"]][1])
            for r in records["attendees"]
        ]
        monkeypatch.setattr(bundle_module, "FORMAT_VERSION", 1)
        path = forged_bundle(
            laptop, office, tmp_path / "old.fieldbundle", sequence=1, records=records
        )
        monkeypatch.undo()
        report = office.bundle_import.import_bundles(paths=[path], trust_new_devices=True)
        assert report.ok, report.to_dict()
        statuses = {a.cin: a.status.value for a in office.attendees.list_in_session(session)}
        assert statuses == {
            "JB1000": "walk_in",
            "JA1001": "present",
            "JA1002": "present",
            "JA1003": "expected",
        }
        printed = office.attendees.get(listed[1].id)
        assert printed.arrived_at == "2025-08-01T10:00:00.000000Z"
    finally:
        laptop.close()
        office.close()
