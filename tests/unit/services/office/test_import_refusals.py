"""Every refusal of the import leaves the office database exactly as it was; receipts for
other laptops are refused too."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

from fieldapp.services.bundles.errors import (
    ForeignReceipt,
    InvalidRecords,
    MergeFailed,
    ReplayedBundle,
    UnknownForms,
    UntrustedDevice,
)
from fieldapp.sync import (
    NotABundle,
    OfficeIdentity,
    UnsupportedFormat,
    WrongKey,
    WrongOffice,
    write_receipt,
)
from fieldapp.sync import manifest as manifest_module

from .office_kit import forged_bundle, full_dump, make_laptop, make_office, new_session, person


@pytest.fixture
def setup(tmp_path: Path):
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "lap1", office)
    session = new_session(laptop)
    laptop.attendees.register(session_id=session, data=person("فاطمة", "JA123456"))
    first = laptop.bundle_export.export_bundle(target=tmp_path / "b1.fieldbundle").path
    report = office.bundle_import.import_bundles(paths=[first], trust_new_devices=True)
    assert report.ok
    laptop.attendees.register(session_id=session, data=person("سعيد", "B12345", "+212612345670"))
    yield office, laptop, session, tmp_path
    laptop.close()
    office.close()


def refused(office, path: Path, error: type[Exception], match: str | None = None, **kwargs) -> None:
    before = full_dump(office)
    with pytest.raises(error, match=match):
        office.bundle_import.import_bundle(path=path, **kwargs)
    assert full_dump(office) == before
    report = office.bundle_import.import_bundles(paths=[path], **kwargs)
    assert not report.ok and report.totals()["rejected"] == 1
    assert report.files[0].error_type == error.__name__
    assert full_dump(office) == before


def test_tampered_truncated_and_wrong_key(setup):
    office, laptop, _, tmp = setup
    good = laptop.bundle_export.export_bundle(target=tmp / "b2.fieldbundle").path
    data = good.read_bytes()
    (tmp / "flip.fieldbundle").write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    refused(office, tmp / "flip.fieldbundle", NotABundle, "damaged, truncated or was altered")
    (tmp / "cut.fieldbundle").write_bytes(data[: len(data) // 2])
    refused(office, tmp / "cut.fieldbundle", NotABundle)
    stranger = make_office(tmp / "elsewhere")
    try:
        other = forged_bundle(laptop, stranger, tmp / "other.fieldbundle", sequence=9)
    finally:
        stranger.close()
    refused(office, other, WrongKey)


def test_unknown_device_until_trusted(setup):
    office, _, _, tmp = setup
    newcomer = make_laptop(tmp, "lap2", office)
    try:
        newcomer.attendees.register(session_id=new_session(newcomer), data=person("x", "A1234"))
        path = newcomer.bundle_export.export_bundle(target=tmp / "n.fieldbundle").path
        fingerprint = newcomer.bundle_export.status().device_fingerprint
        refused(office, path, UntrustedDevice, fingerprint)
        office.bundle_import.trust.trust_device(
            device_id=newcomer.store.device.device_id,
            public_key=newcomer.store.device.public_key_bytes,
        )
        assert office.bundle_import.import_bundle(path=path).new > 0
    finally:
        newcomer.close()


def test_a_different_key_for_a_known_device_is_refused(setup, monkeypatch):
    office, laptop, _, tmp = setup
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fieldapp.store.device import DeviceIdentity

    impostor = DeviceIdentity(laptop.store.device.device_id, Ed25519PrivateKey.generate())
    monkeypatch.setattr(laptop.store, "device", impostor)
    path = forged_bundle(laptop, office, tmp / "imp.fieldbundle", sequence=5)
    refused(office, path, UntrustedDevice, "not the key this office trusts", trust_new_devices=True)


def test_replayed_and_reused_sequence_numbers(setup):
    office, laptop, _, tmp = setup
    b2 = laptop.bundle_export.export_bundle(target=tmp / "b2.fieldbundle").path
    b3 = laptop.bundle_export.export_bundle(target=tmp / "b3.fieldbundle").path
    assert office.bundle_import.import_bundle(path=b3).new > 0
    refused(office, b2, ReplayedBundle, "older than bundle 3")
    same_number = forged_bundle(laptop, office, tmp / "again.fieldbundle", sequence=3)
    refused(office, same_number, ReplayedBundle, "different file")
    # The very same file again is no refusal: nothing changes.
    before = full_dump(office)
    assert office.bundle_import.import_bundle(path=b3).status == "already_imported"
    assert full_dump(office) == before


def test_future_format_version(setup, monkeypatch):
    office, laptop, _, tmp = setup
    future = manifest_module.FORMAT_VERSION + 1
    monkeypatch.setattr(manifest_module, "FORMAT_VERSION", future)
    from fieldapp.sync import bundle as bundle_module

    monkeypatch.setattr(bundle_module, "FORMAT_VERSION", future)
    path = laptop.bundle_export.export_bundle(target=tmp / "future.fieldbundle").path
    monkeypatch.undo()
    refused(office, path, UnsupportedFormat, f"version {future}")


def test_unknown_form_version_and_undeclared_forms(setup):
    office, laptop, _session, tmp = setup
    records = laptop.bundle_export._outbox.select(pending_only=False)
    answers = {
        "id": "01a20000-0000-7000-8000-000000000001",
        "attendee_id": records["attendees"][0]["id"],
        "form_id": "outreach-amo-rna",
        "form_version": "9.9",
        "data": "{}",
        "outcomes": "[]",
        "complete": 0,
        "created_at": "2025-08-01T10:00:00.000000Z",
        "updated_at": "2025-08-01T10:00:00.000000Z",
        "device_id": laptop.store.device.device_id,
        "agent": "a",
        "deleted": 0,
    }
    with_answers = {**records, "answers": [answers]}
    form = {"id": "outreach-amo-rna", "version": "9.9", "content_hash": "ab" * 32}
    path = forged_bundle(
        laptop, office, tmp / "f.fieldbundle", sequence=7, records=with_answers, forms=(form,)
    )
    refused(office, path, UnknownForms, "9.9")
    path = forged_bundle(laptop, office, tmp / "g.fieldbundle", sequence=8, records=with_answers)
    refused(office, path, UnknownForms, "does not declare")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("cin", "not a cin", "'cin' is not a CIN"),
        ("phone", "0612345678", "international form"),
        ("updated_at", "yesterday", "clock timestamp"),
        ("birth_year", "1980", "birth year"),
        ("device_id", "someone-else", "not by the bundle's device"),
        ("extra", 1, "unknown field"),
    ],
)
def test_invalid_records(setup, field, value, message):
    office, laptop, _, tmp = setup
    records = copy.deepcopy(laptop.bundle_export._outbox.select(pending_only=False))
    records["attendees"][0][field] = value
    path = forged_bundle(laptop, office, tmp / "bad.fieldbundle", sequence=20, records=records)
    refused(office, path, InvalidRecords, message)


def test_missing_parent_record(setup):
    office, laptop, _, tmp = setup
    records = laptop.bundle_export._outbox.select(pending_only=False)
    orphan = dict(
        records["attendees"][0],
        id="01a20000-0000-7000-8000-0000000000ff",
        session_id="01a20000-0000-7000-8000-00000000dead",
        cin="",
    )
    path = forged_bundle(
        laptop,
        office,
        tmp / "orphan.fieldbundle",
        sequence=30,
        records={**records, "attendees": [orphan]},
    )
    refused(office, path, MergeFailed, "neither this bundle nor the office")


def test_receipts_for_other_laptops_or_offices(setup):
    office, laptop, _, tmp = setup
    receipt = tmp / "b1.fieldbundle.receipt.json"
    other = make_laptop(tmp, "lap2", office)
    try:
        with pytest.raises(ForeignReceipt, match="not this one"):
            other.bundle_export.import_receipt(path=receipt)
    finally:
        other.close()
    forged = tmp / "forged.json"
    write_receipt(
        forged,
        identity=OfficeIdentity.generate(),
        device_id=laptop.store.device.device_id,
        sequence=1,
        bundle_sha256="0" * 64,
        acknowledged={},
        imported_at="2025-08-01T00:00:00.000000Z",
    )
    with pytest.raises(WrongOffice):
        laptop.bundle_export.import_receipt(path=forged)
    unknown = tmp / "unknown.json"
    write_receipt(
        unknown,
        identity=office.office.keys.identity(),
        device_id=laptop.store.device.device_id,
        sequence=1,
        bundle_sha256="0" * 64,
        acknowledged={},
        imported_at="2025-08-01T00:00:00.000000Z",
    )
    with pytest.raises(ForeignReceipt, match="did not export"):
        laptop.bundle_export.import_receipt(path=unknown)
    shutil.copy(receipt, tmp / "copy.json")
    assert laptop.bundle_export.import_receipt(path=tmp / "copy.json").delivered >= 1
