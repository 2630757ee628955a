"""The device identity: a stable id and an Ed25519 key pair, private to the user."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.atomic import atomic_write_bytes
from fieldapp.domain.ids import uuid7
from fieldapp.paths import DATABASE_NAME
from fieldapp.store.errors import DataFolderDamaged

if TYPE_CHECKING:  # cryptography is loaded when a bundle is first signed, not at start-up
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

DEVICE_FILE = "device.json"
KEY_FILE = "device_key.pem"


class DeviceIdentity:
    """Who wrote a record: the laptop's id and its signing key for sync bundles.

    The key is read from `key_path` when first used (signing a bundle), not when the data
    directory is opened.
    """

    def __init__(
        self,
        device_id: str,
        private_key: Ed25519PrivateKey | None = None,
        *,
        key_path: Path | None = None,
    ) -> None:
        if private_key is None and key_path is None:
            raise ValueError("a device identity needs its key or the path of its key file")
        self.device_id = device_id
        self._private_key = private_key
        self._key_path = key_path

    @property
    def private_key(self) -> Ed25519PrivateKey:
        """The Ed25519 signing key (raises ValueError if the key file is not one)."""
        if self._private_key is None:
            assert self._key_path is not None
            self._private_key = _read_key(self._key_path)
        return self._private_key

    @property
    def public_key_bytes(self) -> bytes:
        """The raw 32-byte Ed25519 public key."""
        from cryptography.hazmat.primitives import serialization

        return self.private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )


def _read_key(key_path: Path) -> Ed25519PrivateKey:
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError, UnsupportedAlgorithm):
        raise identity_damaged(key_path, missing=not key_path.exists()) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise identity_damaged(key_path, missing=False)
    return key


_PEM_BEGIN, _PEM_END = b"-----BEGIN PRIVATE KEY-----", b"-----END PRIVATE KEY-----"


def identity_damaged(path: Path, *, missing: bool) -> DataFolderDamaged:
    """The laptop's identity file at `path` is missing or damaged: restore it, never remake
    it (the office trusts this laptop by its key; a new one strands every later bundle)."""
    key = "data_folder.identity_missing" if missing else "data_folder.identity_damaged"
    return DataFolderDamaged.told(
        key, path=path, backup=path.parent / "backups" / "identity" / path.name
    )


def _check_identity(info_path: Path, key_path: Path) -> str:
    """The device id of an existing identity; `DataFolderDamaged` if a file is missing or
    does not hold what it should (the key's content is checked in full when first used)."""
    for path in (info_path, key_path):
        if not path.exists():
            raise identity_damaged(path, missing=True)
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise identity_damaged(info_path, missing=False) from None
    device_id = info.get("device_id") if isinstance(info, dict) else None
    if not isinstance(device_id, str) or not device_id:
        raise identity_damaged(info_path, missing=False)
    try:
        pem = key_path.read_bytes()
    except OSError:
        raise identity_damaged(key_path, missing=False) from None
    if not (pem.strip().startswith(_PEM_BEGIN) and pem.strip().endswith(_PEM_END)):
        raise identity_damaged(key_path, missing=False)
    return device_id


def make_private_dir(path: Path) -> None:
    """Create `path` (and parents) and make it readable by its owner only on POSIX."""
    path.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(path, 0o700)


def make_private_file(path: Path) -> None:
    """Make an existing file readable by its owner only on POSIX."""
    if sys.platform != "win32" and path.exists():
        os.chmod(path, 0o600)


def load_or_create_device(data_dir: Path) -> DeviceIdentity:
    """Read the device identity from `data_dir`, creating it on first start only: when any
    of its files or the database already exists, a missing or damaged identity file raises
    `DataFolderDamaged` instead (never a new identity)."""
    info_path = data_dir / DEVICE_FILE
    key_path = data_dir / KEY_FILE
    if info_path.exists() or key_path.exists() or (data_dir / DATABASE_NAME).is_file():
        return DeviceIdentity(_check_identity(info_path, key_path), key_path=key_path)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    identity = DeviceIdentity(device_id=uuid7(), private_key=key)
    atomic_write_bytes(key_path, pem)
    make_private_file(key_path)
    info = {"device_id": identity.device_id, "public_key": identity.public_key_bytes.hex()}
    atomic_write_bytes(info_path, json.dumps(info, indent=2).encode("utf-8"))
    make_private_file(info_path)
    return identity
