"""The protected key folder on disk: standard age files, a public file read without a
passphrase, no plain secret left behind. (The scrypt run itself is paid once, by the session
fixture `protected_office`.)"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pyrage
import pytest

from fieldapp.sync import OfficeIdentity, OfficeKeyError
from fieldapp.sync.identity import AGE_KEY_FILE, SIGNING_KEY_FILE
from fieldapp.sync.protected_keys import (
    PROTECTED_IDENTITY_FILE,
    PROTECTED_SIGNING_FILE,
    PUBLIC_FILE,
    WrongPassphrase,
    is_protected,
    load_protected,
    read_public,
    write_public,
)
from tests.office_keys_kit import ProtectedOffice


def test_the_folder_holds_the_public_file_and_two_age_files_and_no_plain_key(
    protected_office: ProtectedOffice,
) -> None:
    folder = protected_office.keys
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [PUBLIC_FILE, PROTECTED_IDENTITY_FILE, PROTECTED_SIGNING_FILE]
    )
    assert not (folder / AGE_KEY_FILE).exists() and not (folder / SIGNING_KEY_FILE).exists()
    assert is_protected(folder)
    # age's own passphrase mode (one scrypt stanza), so `age -d` opens it; the signing key is
    # sealed to the office's X25519 recipient (no second passphrase).
    identity_header = (folder / PROTECTED_IDENTITY_FILE).read_bytes().split(b"\n")[:2]
    assert identity_header[0] == b"age-encryption.org/v1"
    assert identity_header[1].startswith(b"-> scrypt ")
    assert (folder / PROTECTED_SIGNING_FILE).read_bytes().split(b"\n")[1].startswith(b"-> X25519 ")
    for secret in (PROTECTED_IDENTITY_FILE, PROTECTED_SIGNING_FILE):
        text = (folder / secret).read_bytes()
        assert b"AGE-SECRET-KEY" not in text and b"PRIVATE KEY" not in text
        if os.name == "posix":
            assert stat.S_IMODE((folder / secret).stat().st_mode) == 0o600


def test_the_public_file_gives_the_fingerprint_without_a_passphrase(
    protected_office: ProtectedOffice,
) -> None:
    keys = read_public(protected_office.keys)
    assert keys.fingerprint == protected_office.fingerprint
    document = json.loads((protected_office.keys / PUBLIC_FILE).read_text("ascii"))
    assert document["recipient"] == keys.recipient and document["fingerprint"] == keys.fingerprint
    # what laptops encrypt to is a working age recipient
    pyrage.encrypt(b"x", [pyrage.x25519.Recipient.from_str(keys.recipient)])


def test_a_public_file_edited_by_hand_is_refused(tmp_path: Path) -> None:
    write_public(tmp_path, OfficeIdentity.generate().public())
    other = OfficeIdentity.generate().public()
    document = json.loads((tmp_path / PUBLIC_FILE).read_text("ascii"))
    document["recipient"] = other.recipient  # another office's key, the old fingerprint
    (tmp_path / PUBLIC_FILE).write_text(json.dumps(document), "ascii")
    with pytest.raises(OfficeKeyError, match="fingerprint does not match"):
        read_public(tmp_path)
    (tmp_path / PUBLIC_FILE).write_text("{not json", "ascii")
    with pytest.raises(OfficeKeyError, match="does not hold the office's public keys"):
        read_public(tmp_path)


@pytest.mark.parametrize(
    "damage",
    [
        lambda sealed: b"",
        lambda sealed: b"not an age file at all\n",
        lambda sealed: pyrage.encrypt(b"x", [OfficeIdentity.generate().age_identity.to_public()]),
    ],
    ids=["emptied", "overwritten", "sealed to a key instead of a passphrase"],
)
def test_a_damaged_identity_file_is_named_as_damaged_not_as_a_wrong_passphrase(
    protected_office: ProtectedOffice, tmp_path: Path, damage
) -> None:
    folder = protected_office.install(tmp_path)
    identity = folder / PROTECTED_IDENTITY_FILE
    identity.write_bytes(damage(identity.read_bytes()))
    with pytest.raises(OfficeKeyError, match="is not an age passphrase-protected file") as refused:
        load_protected(folder, protected_office.passphrase)
    assert not isinstance(refused.value, WrongPassphrase)
