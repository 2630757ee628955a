"""Office keys: generation, private storage on disk, fingerprints."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldapp.sync import (
    OfficeIdentity,
    OfficeKeyError,
    OfficePublicKeys,
    device_fingerprint,
    fingerprint,
    public_key_bytes,
)
from fieldapp.sync.identity import AGE_KEY_FILE, SIGNING_KEY_FILE

FINGERPRINT = re.compile(r"[0-9a-f]{4}( [0-9a-f]{4}){7}")


def test_public_keys_have_the_standard_text_forms() -> None:
    keys = OfficeIdentity.generate().public()
    assert keys.recipient.startswith("age1")
    assert len(keys.signing_public_key) == 32


def test_save_then_load_gives_the_same_keys_that_still_decrypt_and_sign(tmp_path: Path) -> None:
    office = OfficeIdentity.generate()
    office.save(tmp_path / "keys")
    loaded = OfficeIdentity.load(tmp_path / "keys")
    assert loaded.public() == office.public()
    assert loaded.fingerprint() == office.fingerprint()
    secret = pyrage.encrypt(
        b"CIN JA123456", [pyrage.x25519.Recipient.from_str(office.public().recipient)]
    )
    assert pyrage.decrypt(secret, [loaded.age_identity]) == b"CIN JA123456"
    office.signing_key.public_key().verify(loaded.sign(b"data"), b"data")
    assert (tmp_path / "keys" / AGE_KEY_FILE).read_text().startswith("AGE-SECRET-KEY-1")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_key_files_are_private(tmp_path: Path) -> None:
    directory = tmp_path / "office" / "keys"
    OfficeIdentity.generate().save(directory)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    for name in (AGE_KEY_FILE, SIGNING_KEY_FILE):
        assert stat.S_IMODE((directory / name).stat().st_mode) == 0o600
    assert sorted(p.name for p in directory.iterdir()) == sorted([AGE_KEY_FILE, SIGNING_KEY_FILE])


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_existing_loose_directory_is_made_private(tmp_path: Path) -> None:
    directory = tmp_path / "keys"
    directory.mkdir(mode=0o755)
    directory.chmod(0o755)
    OfficeIdentity.generate().save(directory)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700


def test_save_refuses_to_replace_existing_keys_unless_asked(tmp_path: Path) -> None:
    first, second = OfficeIdentity.generate(), OfficeIdentity.generate()
    first.save(tmp_path)
    with pytest.raises(OfficeKeyError, match="already exist"):
        second.save(tmp_path)
    assert OfficeIdentity.load(tmp_path).public() == first.public()
    second.save(tmp_path, overwrite=True)
    assert OfficeIdentity.load(tmp_path).public() == second.public()


def test_load_names_a_missing_key_file(tmp_path: Path) -> None:
    OfficeIdentity.generate().save(tmp_path)
    (tmp_path / SIGNING_KEY_FILE).unlink()
    with pytest.raises(OfficeKeyError, match=f"{SIGNING_KEY_FILE} is missing"):
        OfficeIdentity.load(tmp_path)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (AGE_KEY_FILE, b"AGE-SECRET-KEY-1NOTAKEY\n"),
        (AGE_KEY_FILE, b"\xff\xfe garbage"),
        (SIGNING_KEY_FILE, b"-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n"),
        (SIGNING_KEY_FILE, b""),
    ],
)
def test_load_refuses_damaged_key_files(tmp_path: Path, name: str, content: bytes) -> None:
    OfficeIdentity.generate().save(tmp_path)
    (tmp_path / name).write_bytes(content)
    with pytest.raises(OfficeKeyError, match=name):
        OfficeIdentity.load(tmp_path)


def test_load_refuses_a_non_ed25519_signing_key(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    OfficeIdentity.generate().save(tmp_path)
    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    (tmp_path / SIGNING_KEY_FILE).write_bytes(pem)
    with pytest.raises(OfficeKeyError, match="Ed25519"):
        OfficeIdentity.load(tmp_path)


def test_fingerprints_are_short_stable_and_distinct() -> None:
    a, b = OfficeIdentity.generate(), OfficeIdentity.generate()
    assert FINGERPRINT.fullmatch(a.fingerprint())
    assert a.fingerprint() == fingerprint(a.public()) == a.public().fingerprint
    assert a.fingerprint() != b.fingerprint()
    # Changing either key changes the fingerprint.
    mixed = OfficePublicKeys(a.public().recipient, b.public().signing_public_key)
    assert fingerprint(mixed) not in (a.fingerprint(), b.fingerprint())


def test_device_fingerprint_of_a_device_key() -> None:
    key = Ed25519PrivateKey.generate()
    raw = public_key_bytes(key)
    assert len(raw) == 32
    assert FINGERPRINT.fullmatch(device_fingerprint(raw))
    assert device_fingerprint(raw) == device_fingerprint(public_key_bytes(key))
    assert device_fingerprint(raw) != device_fingerprint(
        public_key_bytes(Ed25519PrivateKey.generate())
    )
