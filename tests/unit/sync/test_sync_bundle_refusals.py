"""Every way a bundle is refused, and the error class and message for each."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_bundlekit import build_zip, decrypt_file, encrypt_to, read_members, resign

from fieldapp.sync import (
    BundleError,
    BundleSummary,
    CorruptBundle,
    NotABundle,
    NotEncrypted,
    OfficeIdentity,
    TamperedBundle,
    UnsupportedFormat,
    WrongKey,
    public_key_bytes,
    read_bundle,
)

ATTENDEES = "records/attendees.jsonl"


def _read_plain(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    read_bundle(path, identity=None, allow_unencrypted=True)


@pytest.mark.parametrize(
    "data", [b"", b"x", os.urandom(5000), b"\x00" * 100, b"PK", b"PK\x03\x04junk"]
)
def test_random_bytes_are_not_a_bundle(tmp_path: Path, office: OfficeIdentity, data: bytes) -> None:
    path = tmp_path / "random.fieldbundle"
    path.write_bytes(data)
    with pytest.raises(NotABundle):
        read_bundle(path, identity=office, allow_unencrypted=True)


def test_a_missing_file_is_a_bundle_error(tmp_path: Path, office: OfficeIdentity) -> None:
    with pytest.raises(BundleError, match="cannot open bundle"):
        read_bundle(tmp_path / "nope.fieldbundle", identity=office)


@pytest.mark.parametrize("keep", [0.0, 0.01, 0.1, 0.5, 0.9, 0.999])
def test_a_truncated_bundle_is_refused(
    tmp_path: Path, encrypted_bundle: BundleSummary, office: OfficeIdentity, keep: float
) -> None:
    data = encrypted_bundle.path.read_bytes()
    for cut in {int(len(data) * keep), len(data) - 1}:
        encrypted_bundle.path.write_bytes(data[:cut])
        with pytest.raises(NotABundle):
            read_bundle(encrypted_bundle.path, identity=office)


def test_a_bundle_for_another_office_is_refused(
    encrypted_bundle: BundleSummary, other_office: OfficeIdentity
) -> None:
    with pytest.raises(WrongKey, match="not encrypted to this office's key"):
        read_bundle(encrypted_bundle.path, identity=other_office)


def test_an_encrypted_bundle_without_a_key_is_refused(encrypted_bundle: BundleSummary) -> None:
    with pytest.raises(WrongKey, match="no office key"):
        read_bundle(encrypted_bundle.path, identity=None, allow_unencrypted=True)


def test_an_unencrypted_bundle_is_refused_without_the_flag(
    plain_bundle: BundleSummary, office: OfficeIdentity
) -> None:
    with pytest.raises(NotEncrypted, match="NOT encrypted"):
        read_bundle(plain_bundle.path, identity=office)


def test_a_bundle_above_the_size_limit_is_refused(
    encrypted_bundle: BundleSummary, office: OfficeIdentity
) -> None:
    with pytest.raises(NotABundle, match="above the limit"):
        read_bundle(encrypted_bundle.path, identity=office, max_size=100)


def test_a_flipped_byte_in_the_ciphertext_is_refused(
    encrypted_bundle: BundleSummary, office: OfficeIdentity
) -> None:
    data = bytearray(encrypted_bundle.path.read_bytes())
    data[-20] ^= 0x01
    encrypted_bundle.path.write_bytes(bytes(data))
    with pytest.raises(NotABundle, match="damaged, truncated or was altered"):
        read_bundle(encrypted_bundle.path, identity=office)


def test_a_modified_member_with_the_old_manifest_is_tampered(
    tmp_path: Path, encrypted_bundle: BundleSummary, office: OfficeIdentity
) -> None:
    """An attacker who knows the office's public key re-encrypts a changed zip."""
    members = read_members(decrypt_file(encrypted_bundle.path, office.age_identity))
    members[ATTENDEES] = members[ATTENDEES].replace(b"JA000001", b"JA999999")
    encrypt_to(encrypted_bundle.path, build_zip(members), office.public().recipient)
    with pytest.raises(TamperedBundle, match=f"member {ATTENDEES} was altered"):
        read_bundle(encrypted_bundle.path, identity=office)


def test_a_member_of_another_size_is_tampered(plain_bundle: BundleSummary) -> None:
    members = read_members(plain_bundle.path.read_bytes())
    members[ATTENDEES] += b'{"id":"extra"}\n'
    with pytest.raises(TamperedBundle, match=f"member {ATTENDEES} is .* bytes"):
        _read_plain(plain_bundle.path, build_zip(members))


def test_a_modified_manifest_fails_the_signature(plain_bundle: BundleSummary) -> None:
    members = read_members(plain_bundle.path.read_bytes())
    members["manifest.json"] = members["manifest.json"].replace(b'"sequence":1', b'"sequence":9')
    with pytest.raises(TamperedBundle, match=r"signature .* does not match manifest.json"):
        _read_plain(plain_bundle.path, build_zip(members))


def test_a_manifest_signed_by_another_device_verifies_but_names_that_device(
    plain_bundle: BundleSummary,
) -> None:
    """The signature binds the manifest to the key inside it; trusting the key is the
    caller's job, so the bundle must expose which key signed it."""
    intruder = Ed25519PrivateKey.generate()
    raw = public_key_bytes(intruder)
    members = resign(
        read_members(plain_bundle.path.read_bytes()),
        intruder,
        lambda m: m.update(device_public_key=base64.b64encode(raw).decode()),
    )
    plain_bundle.path.write_bytes(build_zip(members))
    bundle = read_bundle(plain_bundle.path, identity=None, allow_unencrypted=True)
    assert bundle.device_public_key == raw


def test_a_swapped_signature_is_tampered(plain_bundle: BundleSummary) -> None:
    members = read_members(plain_bundle.path.read_bytes())
    members["manifest.sig"] = Ed25519PrivateKey.generate().sign(members["manifest.json"])
    with pytest.raises(TamperedBundle, match="signature"):
        _read_plain(plain_bundle.path, build_zip(members))


def test_a_missing_member_is_tampered(plain_bundle: BundleSummary) -> None:
    members = read_members(plain_bundle.path.read_bytes())
    del members["records/answers.jsonl"]
    with pytest.raises(
        TamperedBundle, match=r"records/answers.jsonl listed in the signed manifest is missing"
    ):
        _read_plain(plain_bundle.path, build_zip(members))


def test_an_extra_member_is_tampered(plain_bundle: BundleSummary) -> None:
    members = read_members(plain_bundle.path.read_bytes())
    members["records/extra.jsonl"] = b'{"id":"x"}\n'
    with pytest.raises(
        TamperedBundle, match=r"records/extra.jsonl is not listed in the signed manifest"
    ):
        _read_plain(plain_bundle.path, build_zip(members))


@pytest.mark.parametrize("name", ["manifest.json", "manifest.sig"])
def test_a_zip_without_the_manifest_is_not_a_bundle(plain_bundle: BundleSummary, name: str) -> None:
    members = read_members(plain_bundle.path.read_bytes())
    del members[name]
    with pytest.raises(NotABundle, match=f"no {name}"):
        _read_plain(plain_bundle.path, build_zip(members))


def test_a_duplicate_member_is_refused(plain_bundle: BundleSummary) -> None:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w") as zf:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        for name, data in read_members(plain_bundle.path.read_bytes()).items():
            zf.writestr(name, data)
        zf.writestr(ATTENDEES, b"")
    with pytest.raises(TamperedBundle, match="twice"):
        _read_plain(plain_bundle.path, out.getvalue())


@pytest.mark.parametrize(
    "name",
    [
        "../evil.jsonl",
        "records/../../etc/passwd",
        "/etc/passwd",
        "records/../manifest.json",
        "..\\..\\windows\\system32\\evil.dll",
        "C:/Users/x/evil.jsonl",
        "records/a/b.jsonl",
        "records/UPPER.jsonl",
        "records/.jsonl",
        "manifest.json/",
    ],
)
def test_unexpected_member_names_such_as_path_traversal_are_refused(
    plain_bundle: BundleSummary, name: str
) -> None:
    members = read_members(plain_bundle.path.read_bytes())
    members[name] = b'{"id":"x"}\n'
    with pytest.raises(TamperedBundle, match="unexpected member"):
        _read_plain(plain_bundle.path, build_zip(members))


def test_a_future_format_version_names_both_versions(
    plain_bundle: BundleSummary, device_key: Ed25519PrivateKey
) -> None:
    members = resign(
        read_members(plain_bundle.path.read_bytes()),
        device_key,
        lambda m: m.update(format_version=3),
    )
    with pytest.raises(UnsupportedFormat, match=r"format version 3.*versions up to 2"):
        _read_plain(plain_bundle.path, build_zip(members))


def _resigned_with_member(
    members: dict[str, bytes], key: Ed25519PrivateKey, name: str, data: bytes
) -> dict[str, bytes]:
    """Replace a member and re-sign a manifest with its correct hash and size."""

    def change(manifest: dict[str, Any]) -> None:
        manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    return resign({**members, name: data}, key, change)


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b'{"id":"a"}\n{"id":\n{"id":"c"}\n', 2),
        (b'{"id":"a"}\n{"id":"b"}\n[1,2]\n', 3),
        (b'{"id":"a"}\n\n{"id":"c"}\n', 2),
        (b'{"id":"a"}\n{"x":NaN}\n{"id":"c"}\n', 2),
        (b'{"id":"a"}\n{"id":"b"}\n{"id":"\xff"}\n', 3),
        (b"[" * 100_000 + b"\n", 1),
    ],
)
def test_a_bad_json_line_names_the_member_and_the_line(
    plain_bundle: BundleSummary, device_key: Ed25519PrivateKey, data: bytes, line: int
) -> None:
    """A signed, well-hashed member that is not JSON Lines: a buggy writer, not tampering."""
    members = read_members(plain_bundle.path.read_bytes())
    members = _resigned_with_member(members, device_key, ATTENDEES, data)
    with pytest.raises(CorruptBundle, match=f"{ATTENDEES}, line {line}"):
        _read_plain(plain_bundle.path, build_zip(members))


def test_a_record_count_that_does_not_match_is_corrupt(
    plain_bundle: BundleSummary, device_key: Ed25519PrivateKey
) -> None:
    members = resign(
        read_members(plain_bundle.path.read_bytes()),
        device_key,
        lambda m: m["counts"].update(attendees=6),
    )
    with pytest.raises(CorruptBundle, match=f"{ATTENDEES} holds 5 records, the manifest says 6"):
        _read_plain(plain_bundle.path, build_zip(members))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.update(sequence=0), "sequence"),
        (lambda m: m.update(sequence="1"), "sequence"),
        (lambda m: m.update(device_id=""), "device_id"),
        (lambda m: m.update(sessions={}), "sessions"),
        (lambda m: m.update(forms=[{"id": "f"}]), "form"),
        (lambda m: m.update(counts={"Bad": 1}), "record count"),
        (
            lambda m: m["members"].update({"records/attendees.jsonl": {"sha256": "x", "size": 1}}),
            "sha256",
        ),
        (lambda m: m.update(format_version="1"), "format_version"),
        (lambda m: m["counts"].update(extra=0), "members listed do not match"),
    ],
)
def test_a_signed_but_malformed_manifest_is_corrupt(
    plain_bundle: BundleSummary, device_key: Ed25519PrivateKey, change: Any, message: str
) -> None:
    members = resign(read_members(plain_bundle.path.read_bytes()), device_key, change)
    with pytest.raises(CorruptBundle, match=message):
        _read_plain(plain_bundle.path, build_zip(members))


def test_a_zip_that_is_not_a_fieldapp_manifest_is_not_a_bundle(
    plain_bundle: BundleSummary, device_key: Ed25519PrivateKey
) -> None:
    members = resign(
        read_members(plain_bundle.path.read_bytes()), device_key, lambda m: m.pop("format")
    )
    with pytest.raises(NotABundle, match="not a fieldapp bundle"):
        _read_plain(plain_bundle.path, build_zip(members))


def test_a_zip_bomb_member_is_refused_before_it_is_unpacked(
    plain_bundle: BundleSummary, device_key: Ed25519PrivateKey
) -> None:
    """200 MB of newlines compress to a few hundred kB; the manifest claims 10 bytes."""
    bomb = b"\n" * (200 << 20)
    members = read_members(plain_bundle.path.read_bytes())
    members[ATTENDEES] = bomb

    def change(manifest: dict[str, Any]) -> None:
        manifest["members"][ATTENDEES] = {"sha256": "0" * 64, "size": 10}

    members = resign(members, device_key, change)
    with pytest.raises(TamperedBundle, match=f"member {ATTENDEES} is 209,715,200 bytes"):
        _read_plain(plain_bundle.path, build_zip(members))


def test_members_unpacking_beyond_the_limit_are_refused(plain_bundle: BundleSummary) -> None:
    with pytest.raises(CorruptBundle, match="unpack to more than the limit"):
        read_bundle(
            plain_bundle.path,
            identity=None,
            allow_unencrypted=True,
            max_size=len(plain_bundle.path.read_bytes()),
        )


def test_refusing_a_decrypted_bundle_keeps_its_error_from_the_zip_layer(
    tmp_path: Path, encrypted_bundle: BundleSummary, office: OfficeIdentity
) -> None:
    encrypt_to(encrypted_bundle.path, b"PK\x05\x06" + b"\x00" * 18, office.public().recipient)
    with pytest.raises(NotABundle, match=r"no manifest.json"):
        read_bundle(encrypted_bundle.path, identity=office)
    encrypt_to(encrypted_bundle.path, json.dumps({"a": 1}).encode(), office.public().recipient)
    with pytest.raises(NotABundle, match="does not hold a zip archive"):
        read_bundle(encrypted_bundle.path, identity=office)
