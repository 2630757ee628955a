"""The office's keys: an age X25519 identity that bundles are encrypted to, and an Ed25519
key that signs receipts and deployment profiles. Also the fingerprints people compare by eye.

On disk (`OfficeIdentity.save`), a private directory holds two files, each written
atomically with mode 0600 in a 0700 directory on POSIX (Windows ignores the modes; the
directory lives in the user's profile there):

- `office-age.key`: the age identity, one line `AGE-SECRET-KEY-1…`;
- `office-signing.key`: the Ed25519 private key, PKCS#8 PEM without a passphrase.

These are the unprotected keys. `protected_keys` replaces them with passphrase-protected
files (`office-identity.age`, `office-signing.age`) and a public file beside them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..atomic import atomic_write_bytes
from .errors import OfficeKeyError

AGE_KEY_FILE = "office-age.key"
SIGNING_KEY_FILE = "office-signing.key"
_MAX_KEY_FILE = 64 * 1024


def _group(digest: bytes) -> str:
    """First 16 bytes of a digest as 8 groups of 4 hex characters."""
    text = digest[:16].hex()
    return " ".join(text[i : i + 4] for i in range(0, 32, 4))


def public_key_bytes(private: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of the public half of an Ed25519 key."""
    return private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def device_fingerprint(public: bytes) -> str:
    """A short fingerprint of a raw Ed25519 public key (a device's or an office's signing key),
    e.g. `3f2a 9c01 …` (8 groups of 4 hex characters)."""
    return _group(hashlib.sha256(b"fieldapp-key-v1\0" + public).digest())


@dataclass(frozen=True, slots=True)
class OfficePublicKeys:
    """What laptops need to know about an office: where to encrypt and whom to trust."""

    recipient: str
    signing_public_key: bytes

    @property
    def fingerprint(self) -> str:
        """The office fingerprint (see `fingerprint`)."""
        return fingerprint(self)


def fingerprint(keys: OfficePublicKeys) -> str:
    """A short fingerprint of both office public keys, 8 groups of 4 hex characters:
    sha-256 over a fixed label, the age recipient and the raw signing key."""
    data = b"fieldapp-office-v1\0" + keys.recipient.encode("ascii") + b"\0"
    return _group(hashlib.sha256(data + keys.signing_public_key).digest())


def load_signing_public_key(raw: bytes) -> Ed25519PublicKey:
    """A raw 32-byte Ed25519 public key; raises `ValueError` when it is not one."""
    if len(raw) != 32:
        raise ValueError(f"an Ed25519 public key has 32 bytes, not {len(raw)}")
    return Ed25519PublicKey.from_public_bytes(raw)


def check_recipient(text: str) -> str:
    """Return `text` if it parses as an age X25519 recipient (`age1…`); else `ValueError`."""
    try:
        pyrage.x25519.Recipient.from_str(text)
    except pyrage.RecipientError as exc:
        raise ValueError(f"not an age recipient: {exc}") from None
    return text


class OfficeIdentity:
    """The office's private keys. Create with `generate()` or `load(directory)`."""

    __slots__ = ("_age", "_signing")

    def __init__(self, age_identity: pyrage.x25519.Identity, signing_key: Ed25519PrivateKey):
        self._age = age_identity
        self._signing = signing_key

    @classmethod
    def generate(cls) -> OfficeIdentity:
        """Fresh random keys."""
        return cls(pyrage.x25519.Identity.generate(), Ed25519PrivateKey.generate())

    @property
    def age_identity(self) -> pyrage.x25519.Identity:
        """The pyrage identity that decrypts bundles."""
        return self._age

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        """The Ed25519 key that signs receipts and profiles."""
        return self._signing

    def public(self) -> OfficePublicKeys:
        """The public halves, to put in deployment profiles."""
        return OfficePublicKeys(str(self._age.to_public()), public_key_bytes(self._signing))

    def fingerprint(self) -> str:
        """The fingerprint of the public keys."""
        return fingerprint(self.public())

    def sign(self, data: bytes) -> bytes:
        """An Ed25519 signature over `data` with the office signing key."""
        return self._signing.sign(data)

    def save(self, directory: Path, *, overwrite: bool = False) -> None:
        """Write both keys into `directory` (created 0700), each file 0600, atomically.

        Refuses to replace existing key files unless `overwrite` is true: losing the office
        key makes every bundle still on a stick unreadable.
        """
        directory = Path(directory)
        age_path, signing_path = directory / AGE_KEY_FILE, directory / SIGNING_KEY_FILE
        if not overwrite and (age_path.exists() or signing_path.exists()):
            raise OfficeKeyError(f"office keys already exist in {directory}; not replacing them")
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            make_private(directory, 0o700)
            pem = self._signing.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            for path, data in ((age_path, f"{self._age}\n".encode("ascii")), (signing_path, pem)):
                atomic_write_bytes(path, data)  # mkstemp creates the file 0600 already
                make_private(path, 0o600)
        except OSError as exc:
            raise OfficeKeyError(f"cannot write the office keys to {directory}: {exc}") from None

    @classmethod
    def load(cls, directory: Path) -> OfficeIdentity:
        """Read the keys written by `save`; `OfficeKeyError` names the file at fault."""
        directory = Path(directory)
        age_text = read_key_file(directory / AGE_KEY_FILE)
        signing_pem = read_key_file(directory / SIGNING_KEY_FILE)
        try:
            age_identity = pyrage.x25519.Identity.from_str(age_text.decode("ascii").strip())
        except (pyrage.IdentityError, UnicodeDecodeError):
            raise OfficeKeyError(
                f"{directory / AGE_KEY_FILE} does not hold an age identity (AGE-SECRET-KEY-1…)"
            ) from None
        try:
            signing = serialization.load_pem_private_key(signing_pem, password=None)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            signing = None
        if not isinstance(signing, Ed25519PrivateKey):
            raise OfficeKeyError(
                f"{directory / SIGNING_KEY_FILE} does not hold an Ed25519 private key (PEM)"
            )
        return cls(age_identity, signing)

    def __repr__(self) -> str:
        return f"OfficeIdentity(fingerprint={self.fingerprint()!r})"


def make_private(path: Path, mode: int) -> None:
    """Set a POSIX file mode (0600 for a key, 0700 for its folder); no effect on Windows."""
    if os.name == "posix":
        with contextlib.suppress(NotImplementedError):
            path.chmod(mode)


def read_key_file(path: Path) -> bytes:
    """The bytes of a small key file; OfficeKeyError names the file when it is missing,
    unreadable or too large to be a key."""
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_KEY_FILE + 1)
    except FileNotFoundError:
        raise OfficeKeyError(f"office key file {path} is missing") from None
    except OSError as exc:
        raise OfficeKeyError(f"cannot read office key file {path}: {exc}") from None
    if len(data) > _MAX_KEY_FILE:
        raise OfficeKeyError(f"office key file {path} is too large to be a key")
    return data
