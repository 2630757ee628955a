"""Import receipts: signed by the office, verified against the office the laptop enrolled with."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from fieldapp.sync import (
    BundleError,
    OfficeIdentity,
    ReceiptError,
    UnsupportedFormat,
    WrongOffice,
    read_receipt,
    write_receipt,
)

SHA = "ab" * 32
ACK = {
    "attendees": [("0190f0a0-0000-7000-8000-000000000001", "2025-08-01T09:30:00.000001Z")],
    "answers": [("a1", "2025-08-01T09:31:00.000000Z"), ("a2", "2025-08-01T09:32:00.000000Z")],
    "tombstones": [],
}


def _write(path: Path, office: OfficeIdentity, **changes: Any) -> Path:
    arguments: dict[str, Any] = {
        "device_id": "laptop-ouarzazate-1",
        "sequence": 3,
        "bundle_sha256": SHA,
        "acknowledged": ACK,
        "imported_at": "2025-08-02T10:00:00.000000Z",
        **changes,
    }
    write_receipt(path, identity=office, **arguments)
    return path


def test_round_trip(tmp_path: Path, office: OfficeIdentity) -> None:
    path = _write(tmp_path / "r.json", office)
    receipt = read_receipt(path, office_signing_key=office.public().signing_public_key)
    assert receipt.format_version == 1
    assert receipt.device_id == "laptop-ouarzazate-1"
    assert receipt.sequence == 3
    assert receipt.bundle_sha256 == SHA
    assert receipt.imported_at == "2025-08-02T10:00:00.000000Z"
    assert receipt.office_signing_public_key == office.public().signing_public_key
    assert receipt.acknowledged == {kind: tuple(pairs) for kind, pairs in ACK.items()}
    assert receipt.acknowledged_ids("answers") == {"a1", "a2"}
    assert receipt.acknowledged_ids("print_events") == frozenset()


def test_a_receipt_from_another_office_is_refused_by_name(
    tmp_path: Path, office: OfficeIdentity, other_office: OfficeIdentity
) -> None:
    path = _write(tmp_path / "r.json", other_office)
    with pytest.raises(WrongOffice, match="another office"):
        read_receipt(path, office_signing_key=office.public().signing_public_key)


def _envelope(path: Path) -> dict[str, str]:
    envelope: dict[str, str] = json.loads(path.read_bytes())
    return envelope


def test_an_altered_receipt_is_refused(tmp_path: Path, office: OfficeIdentity) -> None:
    path = _write(tmp_path / "r.json", office)
    envelope = _envelope(path)
    envelope["signed"] = envelope["signed"].replace('"sequence":3', '"sequence":4')
    path.write_text(json.dumps(envelope))
    with pytest.raises(ReceiptError, match="altered") as caught:
        read_receipt(path, office_signing_key=office.public().signing_public_key)
    assert not isinstance(caught.value, WrongOffice)


def test_a_receipt_naming_another_key_but_signed_by_this_office_is_refused(
    tmp_path: Path, office: OfficeIdentity, other_office: OfficeIdentity
) -> None:
    path = _write(tmp_path / "r.json", office)
    envelope = _envelope(path)
    ours = base64.b64encode(office.public().signing_public_key).decode()
    theirs = base64.b64encode(other_office.public().signing_public_key).decode()
    envelope["signed"] = envelope["signed"].replace(ours, theirs)
    envelope["signature"] = base64.b64encode(office.sign(envelope["signed"].encode())).decode()
    path.write_text(json.dumps(envelope))
    with pytest.raises(WrongOffice, match="names another office key"):
        read_receipt(path, office_signing_key=office.public().signing_public_key)


def test_a_future_receipt_version_is_unsupported(tmp_path: Path, office: OfficeIdentity) -> None:
    path = _write(tmp_path / "r.json", office)
    envelope = _envelope(path)
    envelope["signed"] = envelope["signed"].replace('"format_version":1', '"format_version":5')
    envelope["signature"] = base64.b64encode(office.sign(envelope["signed"].encode())).decode()
    path.write_text(json.dumps(envelope))
    with pytest.raises(UnsupportedFormat, match="version 5"):
        read_receipt(path, office_signing_key=office.public().signing_public_key)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe",
        b"[]",
        b'{"format": "fieldapp-profile"}',
        b'{"format": "fieldapp-receipt", "signed": "{}", "signature": "!!"}',
        b'{"format": "fieldapp-receipt", "signed": "{}", "signature": "AAAA"}',
        b'{"format": "fieldapp-receipt", "signed": "\\ud800", "signature": "' + b"A" * 88 + b'"}',
    ],
)
def test_garbage_is_a_receipt_error(tmp_path: Path, office: OfficeIdentity, data: bytes) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(data)
    with pytest.raises(ReceiptError):
        read_receipt(path, office_signing_key=office.public().signing_public_key)


def test_a_missing_receipt_is_a_bundle_error(tmp_path: Path, office: OfficeIdentity) -> None:
    with pytest.raises(BundleError, match="cannot read receipt"):
        read_receipt(tmp_path / "none.json", office_signing_key=office.public().signing_public_key)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sequence": 0}, "sequence"),
        ({"bundle_sha256": "xyz"}, "bundle_sha256"),
        ({"acknowledged": {"Bad Kind": []}}, "invalid record kind"),
    ],
)
def test_the_writer_refuses_bad_arguments(
    tmp_path: Path, office: OfficeIdentity, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(BundleError, match=message):
        _write(tmp_path / "r.json", office, **changes)
    assert not (tmp_path / "r.json").exists()
