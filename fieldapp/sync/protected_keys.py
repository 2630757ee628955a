"""The office keys protected by a passphrase, and the public file beside them.

A protected key folder holds three files (`office/` in the office's data directory):

- `office-public.json` (public): the age recipient, the raw Ed25519 signing public key
  (base64) and the office fingerprint. Read without a passphrase: showing the fingerprint or
  writing where laptops encrypt to never costs an unlock.
- `office-identity.age` (secret): an age identity file (comment lines, then
  `AGE-SECRET-KEY-1…`) encrypted with age's own passphrase (scrypt) mode. Standard age opens
  it: `age -d office-identity.age` prints the key, `age -d -i office-identity.age FILE`
  decrypts a bundle after asking for the passphrase.
- `office-signing.age` (secret): the Ed25519 private key (PKCS#8 PEM) encrypted to the
  office's own age recipient (X25519), so that the one scrypt unlock opens both keys.

An unprotected folder (before `fieldapp office protect-keys`) holds `office-age.key` and
`office-signing.key` in plain text instead (see `identity`). scrypt costs about a second and
512 MB per unlock: callers unlock once per process and keep the `OfficeIdentity`.
"""

from __future__ import annotations

import base64
import contextlib
import json
from pathlib import Path

import pyrage
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..atomic import atomic_write_bytes
from .errors import OfficeKeyError
from .identity import (
    AGE_KEY_FILE,
    SIGNING_KEY_FILE,
    OfficeIdentity,
    OfficePublicKeys,
    check_recipient,
    make_private,
    read_key_file,
)

PUBLIC_FILE = "office-public.json"
# How an age file sealed with a passphrase begins: its one scrypt stanza.
_PASSPHRASE_HEADER = b"age-encryption.org/v1\n-> scrypt "
PROTECTED_IDENTITY_FILE = "office-identity.age"
PROTECTED_SIGNING_FILE = "office-signing.age"
_SECRET_PREFIX = "AGE-SECRET-KEY-1"


class WrongPassphrase(OfficeKeyError):
    """The passphrase does not open `office-identity.age`."""


def is_protected(directory: Path) -> bool:
    """Whether the key folder holds the passphrase-protected identity."""
    return (Path(directory) / PROTECTED_IDENTITY_FILE).is_file()


def write_public(directory: Path, keys: OfficePublicKeys) -> None:
    """Write `office-public.json` (atomically; it is public, no special mode)."""
    document = {
        "recipient": keys.recipient,
        "signing_public_key": base64.b64encode(keys.signing_public_key).decode("ascii"),
        "fingerprint": keys.fingerprint,
    }
    text = json.dumps(document, indent=2, sort_keys=True) + "\n"
    try:
        atomic_write_bytes(Path(directory) / PUBLIC_FILE, text.encode("ascii"))
    except OSError as exc:
        raise OfficeKeyError(f"cannot write {Path(directory) / PUBLIC_FILE}: {exc}") from None


def read_public(directory: Path) -> OfficePublicKeys:
    """The public keys from `office-public.json`; OfficeKeyError names the file at fault
    (missing, malformed, or a fingerprint that does not match the keys)."""
    path = Path(directory) / PUBLIC_FILE
    raw = read_key_file(path)
    try:
        document = json.loads(raw.decode("utf-8"))
        keys = OfficePublicKeys(
            check_recipient(str(document["recipient"])),
            base64.b64decode(str(document["signing_public_key"]), validate=True),
        )
    except (ValueError, KeyError, TypeError):
        raise OfficeKeyError(f"{path} does not hold the office's public keys") from None
    if len(keys.signing_public_key) != 32 or document.get("fingerprint") != keys.fingerprint:
        raise OfficeKeyError(f"{path} is damaged: its fingerprint does not match its keys")
    return keys


def save_protected(identity: OfficeIdentity, directory: Path, passphrase: str) -> None:
    """Write the protected files and the public file, then delete the plain key files.

    The protected files are complete on disk (fsynced, renamed) before a plain file goes.
    """
    directory = Path(directory)
    signing_pem = identity.signing_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    sealed_signing = pyrage.encrypt(signing_pem, [identity.age_identity.to_public()])
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private(directory, 0o700)
        for name, data in (
            (PROTECTED_IDENTITY_FILE, _seal_identity(identity, passphrase)),
            (PROTECTED_SIGNING_FILE, sealed_signing),
        ):
            atomic_write_bytes(directory / name, data)
            make_private(directory / name, 0o600)
        write_public(directory, identity.public())
        for name in (AGE_KEY_FILE, SIGNING_KEY_FILE):
            with contextlib.suppress(FileNotFoundError):
                (directory / name).unlink()
    except OSError as exc:
        raise OfficeKeyError(f"cannot write the office keys to {directory}: {exc}") from None


def load_protected(directory: Path, passphrase: str) -> OfficeIdentity:
    """Open both secrets with `passphrase` (one scrypt run); WrongPassphrase if it does not
    open the identity, OfficeKeyError if a file is missing, damaged or from another office."""
    directory = Path(directory)
    identity_path = directory / PROTECTED_IDENTITY_FILE
    sealed = read_key_file(identity_path)
    # pyrage has one error for a wrong passphrase and a damaged file: tell them apart by the
    # file's own header (an age file sealed with a passphrase has one scrypt stanza).
    if not sealed.startswith(_PASSPHRASE_HEADER):
        raise OfficeKeyError(f"{identity_path} is not an age passphrase-protected file")
    try:
        text = pyrage.passphrase.decrypt(sealed, passphrase)
    except pyrage.DecryptError:
        raise WrongPassphrase(f"the passphrase does not open {identity_path}") from None
    age_identity = _parse_identity(text, identity_path)
    signing_path = directory / PROTECTED_SIGNING_FILE
    sealed_signing = read_key_file(signing_path)
    try:
        pem = pyrage.decrypt(sealed_signing, [age_identity])
        signing = serialization.load_pem_private_key(pem, password=None)
    except (pyrage.DecryptError, ValueError, TypeError, UnsupportedAlgorithm):
        signing = None
    if not isinstance(signing, Ed25519PrivateKey):
        raise OfficeKeyError(
            f"{signing_path} does not hold this office's signing key (copy the whole "
            "office folder again)"
        )
    identity = OfficeIdentity(age_identity, signing)
    if (directory / PUBLIC_FILE).exists() and read_public(directory) != identity.public():
        raise OfficeKeyError(
            f"{directory / PUBLIC_FILE} belongs to another office than {identity_path} "
            "(copy the whole office folder again)"
        )
    return identity


def change_passphrase(directory: Path, old: str, new: str) -> OfficeIdentity:
    """Re-encrypt `office-identity.age` with `new` (the signing file is sealed to the age
    key, which does not change). Returns the unlocked identity."""
    identity = load_protected(directory, old)
    path = Path(directory) / PROTECTED_IDENTITY_FILE
    try:
        atomic_write_bytes(path, _seal_identity(identity, new))
        make_private(path, 0o600)
    except OSError as exc:
        raise OfficeKeyError(f"cannot write {path}: {exc}") from None
    return identity


def _seal_identity(identity: OfficeIdentity, passphrase: str) -> bytes:
    """The age identity file, encrypted with `passphrase` (age's scrypt recipient)."""
    text = (
        "# fieldapp chamber office identity: decrypts the laptops' bundles\n"
        f"# public key: {identity.public().recipient}\n"
        f"{identity.age_identity}\n"
    )
    sealed: bytes = pyrage.passphrase.encrypt(text.encode("ascii"), passphrase)
    return sealed


def _parse_identity(text: bytes, path: Path) -> pyrage.x25519.Identity:
    """The `AGE-SECRET-KEY-1…` line of an age identity file (comments skipped)."""
    lines = [line.strip() for line in text.decode("ascii", errors="replace").splitlines()]
    secrets = [line for line in lines if line.startswith(_SECRET_PREFIX)]
    try:
        if len(secrets) != 1:
            raise ValueError(len(secrets))
        return pyrage.x25519.Identity.from_str(secrets[0])
    except (ValueError, pyrage.IdentityError):
        raise OfficeKeyError(f"{path} does not hold one age identity (AGE-SECRET-KEY-1…)") from None
