"""A damaged bundle is told "damaged", never "made for another office" (which would send the
clerk to re-enrol a laptop), and no message quotes the library's own text."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.sync import BundleSummary, NotABundle, OfficeIdentity, WrongKey, read_bundle


def _header_end(data: bytes) -> int:
    return data.index(b"\n---") + 1


@pytest.mark.parametrize("where", ["version", "stanza type", "share", "body", "mac line"])
def test_a_damaged_header_is_damaged_not_another_office(
    encrypted_bundle: BundleSummary, office: OfficeIdentity, tmp_path: Path, where: str
) -> None:
    data = bytearray(encrypted_bundle.path.read_bytes())
    offsets = {
        "version": data.index(b"v1"),
        "stanza type": data.index(b"X25519"),
        "share": data.index(b"X25519 ") + 10,
        "body": data.index(b"\n", data.index(b"X25519")) + 5,
        "mac line": _header_end(bytes(data)) + 1,
    }
    data[offsets[where]] = ord("!")
    damaged = tmp_path / "damaged.fieldbundle"
    damaged.write_bytes(bytes(data))
    with pytest.raises(NotABundle) as refused:
        read_bundle(damaged, identity=office)
    message = str(refused.value)
    assert "damaged" in message and "damaged.fieldbundle" in message
    assert "upgrading" not in message.lower() and "age format" not in message.lower()


def test_a_sound_bundle_for_another_office_is_another_office(
    encrypted_bundle: BundleSummary, other_office: OfficeIdentity
) -> None:
    with pytest.raises(WrongKey, match="not encrypted to this office's key"):
        read_bundle(encrypted_bundle.path, identity=other_office)


def test_damaged_ciphertext_is_damaged(
    encrypted_bundle: BundleSummary, office: OfficeIdentity, tmp_path: Path
) -> None:
    data = bytearray(encrypted_bundle.path.read_bytes())
    data[_header_end(bytes(data)) + 120] ^= 0xFF
    damaged = tmp_path / "cut.fieldbundle"
    damaged.write_bytes(bytes(data))
    with pytest.raises(NotABundle, match="damaged"):
        read_bundle(damaged, identity=office)
