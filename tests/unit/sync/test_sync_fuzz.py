"""Fuzzing the reader: whatever the bytes, it returns a verified bundle or raises a
`BundleError` subclass, never a raw KeyError, ValueError, BadZipFile, UnicodeDecodeError or
pyrage error."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_bundlekit import build_zip, make_content, read_members, resign

from fieldapp.sync import BundleError, OfficeIdentity, VerifiedBundle, read_bundle, write_bundle

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ATTENDEES = "records/attendees.jsonl"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def samples(
    fuzz_dir: Path, office: OfficeIdentity, device_key: Ed25519PrivateKey
) -> dict[str, bytes]:
    content = make_content(device_key)
    plain = write_bundle(
        fuzz_dir / "plain", content=content, device_key=device_key, recipient=None, encrypt=False
    )
    sealed = write_bundle(
        fuzz_dir / "sealed",
        content=content,
        device_key=device_key,
        recipient=office.public().recipient,
    )
    return {"plain": plain.path.read_bytes(), "encrypted": sealed.path.read_bytes()}


def _read(path: Path, data: bytes, office: OfficeIdentity) -> VerifiedBundle | BundleError:
    path.write_bytes(data)
    try:
        return read_bundle(path, identity=office, allow_unencrypted=True)
    except BundleError as error:
        assert str(error), "every refusal carries a message"
        return error


@FUZZ
@given(
    data=st.binary(max_size=4096),
    prefix=st.sampled_from([b"", b"PK\x03\x04", b"PK\x05\x06", b"age-encryption.org/v1\n"]),
)
def test_random_bytes_only_raise_bundle_errors(
    fuzz_dir: Path, office: OfficeIdentity, data: bytes, prefix: bytes
) -> None:
    assert isinstance(_read(fuzz_dir / "random", prefix + data, office), BundleError)


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
    st.tuples(st.just("cut"), st.integers(min_value=0), st.just(0)),
    st.tuples(st.just("insert"), st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
    st.tuples(st.just("delete"), st.integers(min_value=0), st.integers(min_value=1, max_value=64)),
)


def _mutate(data: bytes, mutations: list[tuple[str, int, int]]) -> bytes:
    buffer = bytearray(data)
    for op, position, value in mutations:
        if not buffer:
            break
        at = position % len(buffer)
        if op == "flip":
            buffer[at] ^= value
        elif op == "cut":
            del buffer[at:]
        elif op == "insert":
            buffer[at:at] = bytes([value])
        else:
            del buffer[at : at + value]
    return bytes(buffer)


@FUZZ
@given(mutations=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_unencrypted_bundles_only_raise_bundle_errors(
    fuzz_dir: Path,
    office: OfficeIdentity,
    samples: dict[str, bytes],
    mutations: list[tuple[str, int, int]],
) -> None:
    """Without encryption the mutations reach the zip, the manifest and the records."""
    mutated = _mutate(samples["plain"], mutations)
    result = _read(fuzz_dir / "mutated-plain", mutated, office)
    if isinstance(result, VerifiedBundle):  # a change in zip slack (e.g. a timestamp) only
        assert result.counts == {"answers": 3, "attendees": 5, "tombstones": 0}


@FUZZ
@given(mutations=st.lists(mutation, min_size=1, max_size=3))
def test_mutated_encrypted_bundles_are_refused(
    fuzz_dir: Path,
    office: OfficeIdentity,
    samples: dict[str, bytes],
    mutations: list[tuple[str, int, int]],
) -> None:
    mutated = _mutate(samples["encrypted"], mutations)
    result = _read(fuzz_dir / "mutated-sealed", mutated, office)
    if mutated != samples["encrypted"]:
        # age authenticates every byte of the payload; only the header's grease lines and
        # encodings leave room for a change that still decrypts to the same zip.
        assert isinstance(result, BundleError) or result.counts["attendees"] == 5


@FUZZ
@given(
    field=st.sampled_from(
        [
            "format_version",
            "device_id",
            "device_public_key",
            "sequence",
            "sessions",
            "forms",
            "counts",
            "members",
            "created_at",
            "app_version",
            "format",
        ]
    ),
    value=json_values,
)
def test_resigned_manifests_with_any_field_value_only_raise_bundle_errors(
    fuzz_dir: Path,
    office: OfficeIdentity,
    device_key: Ed25519PrivateKey,
    samples: dict[str, bytes],
    field: str,
    value: Any,
) -> None:
    """A signed manifest from a buggy or hostile device: every field replaced by any JSON."""
    members = resign(read_members(samples["plain"]), device_key, lambda m: m.update({field: value}))
    _read(fuzz_dir / "manifest", build_zip(members), office)


@FUZZ
@given(manifest=json_values)
def test_any_signed_json_manifest_only_raises_bundle_errors(
    fuzz_dir: Path,
    office: OfficeIdentity,
    device_key: Ed25519PrivateKey,
    samples: dict[str, bytes],
    manifest: Any,
) -> None:
    data = json.dumps(manifest).encode()
    members = {
        **read_members(samples["plain"]),
        "manifest.json": data,
        "manifest.sig": device_key.sign(data),
    }
    assert isinstance(_read(fuzz_dir / "whole-manifest", build_zip(members), office), BundleError)


@FUZZ
@given(
    lines=st.lists(
        st.binary(max_size=40) | json_values.map(lambda v: json.dumps(v).encode()), max_size=6
    )
)
def test_signed_records_of_any_shape_only_raise_bundle_errors(
    fuzz_dir: Path,
    office: OfficeIdentity,
    device_key: Ed25519PrivateKey,
    samples: dict[str, bytes],
    lines: list[bytes],
) -> None:
    """Records correctly hashed and signed but holding anything: JSON or not, objects or not."""
    data = b"".join(line + b"\n" for line in lines)

    def change(manifest: dict[str, Any]) -> None:
        manifest["members"][ATTENDEES] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }
        manifest["counts"]["attendees"] = len(lines)

    members = resign({**read_members(samples["plain"]), ATTENDEES: data}, device_key, change)
    result = _read(fuzz_dir / "records", build_zip(members), office)
    if isinstance(result, VerifiedBundle):
        assert all(isinstance(row, dict) for row in result.records["attendees"])
        assert len(result.records["attendees"]) == len(lines)


kind_keys = st.sampled_from(
    ["attendees", "answers", "tombstones", "records/attendees.jsonl"]
) | st.text(max_size=10)


@FUZZ
@given(
    field=st.sampled_from(["counts", "members"]),
    value=st.dictionaries(
        kind_keys,
        json_values | st.fixed_dictionaries({"sha256": json_values, "size": json_values}),
        max_size=4,
    ),
)
def test_resigned_counts_and_members_of_any_shape_only_raise_bundle_errors(
    fuzz_dir: Path,
    office: OfficeIdentity,
    device_key: Ed25519PrivateKey,
    samples: dict[str, bytes],
    field: str,
    value: dict[str, Any],
) -> None:
    members = resign(read_members(samples["plain"]), device_key, lambda m: m.update({field: value}))
    assert isinstance(_read(fuzz_dir / "maps", build_zip(members), office), BundleError)
