"""The device identity: a stable id and an Ed25519 key pair, private to the user."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.atomic import atomic_write_bytes
from fieldapp.domain.ids import uuid7

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
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{key_path} does not hold an Ed25519 key")
    return key


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
    """Read the device identity from `data_dir`, creating it on first start."""
    info_path = data_dir / DEVICE_FILE
    key_path = data_dir / KEY_FILE
    if info_path.exists() and key_path.exists():
        info = json.loads(info_path.read_text(encoding="utf-8"))
        return DeviceIdentity(str(info["device_id"]), key_path=key_path)
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
