"""Writing bundles and reading them back: round trips, Arabic text, determinism, refusals
of the writer."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_bundlekit import ARABIC_NAME, ARABIC_PLACE, attendee, decrypt_file, make_content

from fieldapp.sync import (
    FORMAT_VERSION,
    BundleContent,
    BundleError,
    BundleSummary,
    OfficeIdentity,
    public_key_bytes,
    read_bundle,
    write_bundle,
)


def test_encrypted_round_trip_gives_back_every_field(
    tmp_path: Path, office: OfficeIdentity, device_key: Ed25519PrivateKey
) -> None:
    content = make_content(device_key, sequence=7)
    path = tmp_path / "day.fieldbundle"
    summary = write_bundle(
        path, content=content, device_key=device_key, recipient=office.public().recipient
    )
    bundle = read_bundle(path, identity=office)
    assert bundle.encrypted and bundle.warnings == ()
    assert bundle.format_version == FORMAT_VERSION
    assert bundle.device_id == content.device_id
    assert bundle.device_public_key == public_key_bytes(device_key)
    assert bundle.sequence == 7
    assert bundle.app_version == content.app_version
    assert bundle.created_at == content.created_at
    assert bundle.sessions == content.sessions
    assert bundle.forms == content.forms
    assert bundle.records == {kind: list(rows) for kind, rows in content.records.items()}
    assert bundle.counts == {"answers": 3, "attendees": 5, "tombstones": 0}
    assert summary.counts == bundle.counts
    assert summary.encrypted and summary.sequence == 7
    data = path.read_bytes()
    assert summary.size == len(data)
    assert summary.sha256 == bundle.file_sha256 == hashlib.sha256(data).hexdigest()


def test_arabic_text_survives_and_is_stored_as_readable_utf8(
    encrypted_bundle: BundleSummary, office: OfficeIdentity
) -> None:
    bundle = read_bundle(encrypted_bundle.path, identity=office)
    assert bundle.records["attendees"][0]["name_ar"] == ARABIC_NAME
    assert bundle.records["attendees"][0]["notes"] == "سطر أول\nسطر ثان \u2028 «مقتبس»"
    assert bundle.sessions[0]["place"] == ARABIC_PLACE
    plain = decrypt_file(encrypted_bundle.path, office.age_identity)
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        jsonl = zf.read("records/attendees.jsonl")
    assert ARABIC_NAME.encode("utf-8") in jsonl
    assert len(jsonl.splitlines()) == 5


def test_the_encrypted_file_leaks_no_personal_data(
    encrypted_bundle: BundleSummary, office: OfficeIdentity
) -> None:
    data = encrypted_bundle.path.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    for secret in (
        b"JA000001",
        b"+212612345678",
        ARABIC_NAME.encode(),
        b"manifest.json",
        b"PK\x03\x04",
    ):
        assert secret not in data


def test_unencrypted_round_trip_needs_both_explicit_flags(
    plain_bundle: BundleSummary, office: OfficeIdentity
) -> None:
    assert not plain_bundle.encrypted
    assert plain_bundle.path.read_bytes().startswith(b"PK")
    bundle = read_bundle(plain_bundle.path, identity=None, allow_unencrypted=True)
    assert not bundle.encrypted
    assert bundle.warnings and "NOT encrypted" in bundle.warnings[0]
    assert bundle.counts["attendees"] == 5
    # An office key given alongside does not make a plain bundle look encrypted.
    assert not read_bundle(plain_bundle.path, identity=office, allow_unencrypted=True).encrypted


def test_zip_members_are_in_a_fixed_order_and_the_plain_layer_is_deterministic(
    tmp_path: Path, device_key: Ed25519PrivateKey
) -> None:
    content = make_content(device_key)
    a = write_bundle(
        tmp_path / "a", content=content, device_key=device_key, recipient=None, encrypt=False
    )
    b = write_bundle(
        tmp_path / "b", content=content, device_key=device_key, recipient=None, encrypt=False
    )
    assert a.path.read_bytes() == b.path.read_bytes()
    with zipfile.ZipFile(a.path) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
    assert names == [
        "records/answers.jsonl",
        "records/attendees.jsonl",
        "records/tombstones.jsonl",
        "manifest.json",
        "manifest.sig",
    ]
    assert manifest["format"] == "fieldapp-bundle"
    assert manifest["members"]["records/tombstones.jsonl"] == {
        "sha256": hashlib.sha256(b"").hexdigest(),
        "size": 0,
    }


def test_encryption_is_randomised_but_content_is_the_same(
    tmp_path: Path, office: OfficeIdentity, device_key: Ed25519PrivateKey
) -> None:
    content = make_content(device_key)
    recipient = office.public().recipient
    a = write_bundle(tmp_path / "a", content=content, device_key=device_key, recipient=recipient)
    b = write_bundle(tmp_path / "b", content=content, device_key=device_key, recipient=recipient)
    assert a.sha256 != b.sha256
    assert decrypt_file(a.path, office.age_identity) == decrypt_file(b.path, office.age_identity)


def test_progress_reports_every_thousand_records_and_the_end(
    tmp_path: Path, device_key: Ed25519PrivateKey
) -> None:
    calls: list[tuple[int, int]] = []
    content = make_content(device_key, records={"attendees": [attendee(i) for i in range(2500)]})
    write_bundle(
        tmp_path / "p",
        content=content,
        device_key=device_key,
        recipient=None,
        encrypt=False,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]


def test_writing_replaces_an_existing_file_and_leaves_no_temporary_files(
    tmp_path: Path, office: OfficeIdentity, device_key: Ed25519PrivateKey
) -> None:
    path = tmp_path / "day.fieldbundle"
    path.write_bytes(b"old")
    write_bundle(
        path,
        content=make_content(device_key),
        device_key=device_key,
        recipient=office.public().recipient,
    )
    assert read_bundle(path, identity=office).sequence == 1
    assert [p.name for p in tmp_path.iterdir()] == ["day.fieldbundle"]


def test_encrypting_without_an_office_key_is_refused(
    tmp_path: Path, device_key: Ed25519PrivateKey
) -> None:
    with pytest.raises(BundleError, match="no office key: enrol this laptop first"):
        write_bundle(
            tmp_path / "x", content=make_content(device_key), device_key=device_key, recipient=None
        )
    assert not (tmp_path / "x").exists()


def _content(device_key: Ed25519PrivateKey, **changes: Any) -> BundleContent:
    return replace(make_content(device_key), **changes)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"records": {"Attendees": []}}, "invalid record kind"),
        ({"records": {"../x": []}}, "invalid record kind"),
        ({"records": {"": []}}, "invalid record kind"),
        ({"records": {"attendees": [{"when": object()}]}}, "attendees record 0 cannot be written"),
        ({"records": {"attendees": [{"x": float("nan")}]}}, "attendees record 0"),
        ({"records": {"attendees": ["not a mapping"]}}, "attendees record 0 is not a mapping"),
        ({"sequence": 0}, "sequence number must be 1 or more"),
        ({"sequence": True}, "sequence number must be an integer"),
        ({"device_id": ""}, "device_id must be non-empty"),
        ({"device_public_key": b"\x00" * 32}, "not the public half"),
        ({"sessions": ({"place": "no id"},)}, "session"),
        ({"forms": ({"id": "f"},)}, "form"),
        ({"sessions": ({"id": "s", "when": object()},)}, "JSON-ready"),
    ],
)
def test_the_writer_refuses_bad_content(
    tmp_path: Path, device_key: Ed25519PrivateKey, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(BundleError, match=message):
        write_bundle(
            tmp_path / "x",
            content=_content(device_key, **changes),
            device_key=device_key,
            recipient=None,
            encrypt=False,
        )
    assert not (tmp_path / "x").exists()


def test_the_writer_refuses_a_malformed_office_key(
    tmp_path: Path, device_key: Ed25519PrivateKey
) -> None:
    with pytest.raises(BundleError, match="not an age recipient"):
        write_bundle(
            tmp_path / "x",
            content=make_content(device_key),
            device_key=device_key,
            recipient="age1nope",
        )


def test_a_large_bundle_round_trips(
    tmp_path: Path, office: OfficeIdentity, device_key: Ed25519PrivateKey
) -> None:
    rows = [attendee(i) for i in range(20_000)]
    content = make_content(device_key, records={"attendees": rows})
    path = tmp_path / "big.fieldbundle"
    write_bundle(path, content=content, device_key=device_key, recipient=office.public().recipient)
    bundle = read_bundle(path, identity=office)
    assert bundle.records["attendees"] == rows
