"""Deployment profiles: self-signed office keys and payload, with a fingerprint to compare."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from fieldapp.sync import (
    BundleError,
    OfficeIdentity,
    ProfileError,
    UnsupportedFormat,
    read_profile,
    write_profile,
)

PAYLOAD = {
    "forms": [{"id": "outreach-amo-rna", "version": "3", "title": "استمارة التغطية الصحية"}],
    "registry": {"crafts": ["زليج", "نقش على الخشب"]},
}


def test_round_trip_gives_the_keys_payload_and_fingerprint(
    tmp_path: Path, office: OfficeIdentity
) -> None:
    path = tmp_path / "office.fieldprofile"
    write_profile(
        path, identity=office, office_name="غرفة الصناعة التقليدية لجهة فاس مكناس", payload=PAYLOAD
    )
    profile = read_profile(path)
    assert profile.office_name == "غرفة الصناعة التقليدية لجهة فاس مكناس"
    assert profile.keys == office.public()
    assert profile.fingerprint == office.fingerprint()
    assert profile.payload == PAYLOAD
    assert profile.format_version == 1
    assert profile.created_at.endswith("Z")


def _rewrite(
    path: Path, *, signer: OfficeIdentity | None = None, old: str = "", new: str = ""
) -> None:
    envelope = json.loads(path.read_bytes())
    envelope["signed"] = envelope["signed"].replace(old, new)
    if signer is not None:
        envelope["signature"] = base64.b64encode(signer.sign(envelope["signed"].encode())).decode()
    path.write_text(json.dumps(envelope))


def test_an_altered_payload_is_refused(tmp_path: Path, office: OfficeIdentity) -> None:
    path = tmp_path / "p"
    write_profile(path, identity=office, office_name="Fès", payload=PAYLOAD)
    _rewrite(path, old="زليج", new="XXXX")
    with pytest.raises(ProfileError, match="altered"):
        read_profile(path)


def test_a_swapped_encryption_key_is_refused(
    tmp_path: Path, office: OfficeIdentity, other_office: OfficeIdentity
) -> None:
    """Someone swaps in their own age key to read the bundles: the signature breaks."""
    path = tmp_path / "p"
    write_profile(path, identity=office, office_name="Fès", payload={})
    _rewrite(path, old=office.public().recipient, new=other_office.public().recipient)
    with pytest.raises(ProfileError, match="altered"):
        read_profile(path)


def test_a_profile_resigned_by_an_impostor_shows_another_fingerprint(
    tmp_path: Path, office: OfficeIdentity, other_office: OfficeIdentity
) -> None:
    """A self-signature cannot prove who wrote it; the fingerprint compared by eye does."""
    path = tmp_path / "p"
    write_profile(path, identity=other_office, office_name="Fès", payload=PAYLOAD)
    profile = read_profile(path)
    assert profile.fingerprint != office.fingerprint()


def test_a_fingerprint_field_that_does_not_match_the_keys_is_refused(
    tmp_path: Path, office: OfficeIdentity
) -> None:
    path = tmp_path / "p"
    write_profile(path, identity=office, office_name="Fès", payload={})
    _rewrite(
        path,
        signer=office,
        old=office.fingerprint(),
        new="0000 0000 0000 0000 0000 0000 0000 0000",
    )
    with pytest.raises(ProfileError, match="fingerprint"):
        read_profile(path)


def test_a_future_profile_version_is_unsupported(tmp_path: Path, office: OfficeIdentity) -> None:
    path = tmp_path / "p"
    write_profile(path, identity=office, office_name="Fès", payload={})
    _rewrite(path, signer=office, old='"format_version":1', new='"format_version":2')
    with pytest.raises(UnsupportedFormat, match="version 2"):
        read_profile(path)


@pytest.mark.parametrize(
    "data", [b"", b"\x00\x01", b"{}", b'{"format":"fieldapp-receipt"}', b"[1]"]
)
def test_garbage_is_a_profile_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "p"
    path.write_bytes(data)
    with pytest.raises(ProfileError):
        read_profile(path)


def test_the_writer_refuses_a_payload_that_is_not_json(
    tmp_path: Path, office: OfficeIdentity
) -> None:
    with pytest.raises(BundleError, match="payload"):
        write_profile(tmp_path / "p", identity=office, office_name="Fès", payload={"x": {1, 2}})
    with pytest.raises(BundleError, match="office name"):
        write_profile(tmp_path / "p", identity=office, office_name="  ", payload={})
    assert not (tmp_path / "p").exists()
