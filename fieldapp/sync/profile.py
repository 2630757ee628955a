"""Deployment profiles: what an office hands to its laptops (`fieldapp office profile`) and
a laptop enrols with (`fieldapp enroll`). Self-signed by the office signing key.

The self-signature proves the profile was not altered after the office wrote it; it cannot
prove which office wrote it. That is what the fingerprint is for: the person enrolling a
laptop compares it by eye (or by phone) with the one shown on the office computer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_bytes
from .codec import b64decode, b64encode, dumps, now_timestamp, read_limited
from .errors import BundleError, ProfileError
from .identity import OfficeIdentity, OfficePublicKeys, check_recipient, fingerprint
from .signed import seal, unseal

PROFILE_FORMAT = "fieldapp-profile"
PROFILE_VERSION = 1
MAX_PROFILE_BYTES = 256 << 20


@dataclass(frozen=True)
class Profile:
    """A deployment profile whose self-signature verified."""

    format_version: int
    office_name: str
    keys: OfficePublicKeys
    fingerprint: str
    created_at: str
    payload: Mapping[str, Any]


def write_profile(
    path: Path,
    *,
    identity: OfficeIdentity,
    office_name: str,
    payload: Mapping[str, object],
    created_at: str | None = None,
) -> None:
    """Write a profile for laptops, signed by the office key, atomically. `payload` holds
    opaque JSON-ready entries chosen by the caller (forms, registry snapshot)."""
    if not isinstance(office_name, str) or not office_name.strip():
        raise BundleError("the office name must not be empty")
    try:
        dumps(dict(payload))
    except (TypeError, ValueError) as exc:
        raise BundleError(f"the profile payload is not JSON-ready: {exc}") from None
    keys = identity.public()
    document = {
        "format": PROFILE_FORMAT,
        "format_version": PROFILE_VERSION,
        "office_name": office_name,
        "recipient": keys.recipient,
        "signing_public_key": b64encode(keys.signing_public_key),
        "fingerprint": fingerprint(keys),
        "created_at": created_at or now_timestamp(),
        "payload": dict(payload),
    }
    atomic_write_bytes(Path(path), seal(document, format_name=PROFILE_FORMAT, sign=identity.sign))


def read_profile(path: Path, *, max_size: int = MAX_PROFILE_BYTES) -> Profile:
    """Read a profile and verify its self-signature and fingerprint. Show `fingerprint` to the
    user to compare with the office's before trusting the keys. Raises `ProfileError` (or
    `UnsupportedFormat` for a newer format)."""
    data = read_limited(Path(path), limit=max_size, what="profile", error=ProfileError)
    sealed = unseal(data, format_name=PROFILE_FORMAT, error=ProfileError)
    doc = sealed.document(version=PROFILE_VERSION, error=ProfileError)
    signing_key = b64decode(doc.get("signing_public_key"), what="signing key", error=ProfileError)
    if not sealed.verifies_with(signing_key):
        raise ProfileError("the profile signature does not verify: the profile was altered")
    recipient, name = doc.get("recipient"), doc.get("office_name")
    created_at, payload = doc.get("created_at"), doc.get("payload")
    if not isinstance(recipient, str):
        raise ProfileError("the profile has no office encryption key")
    try:
        check_recipient(recipient)
    except ValueError:
        raise ProfileError("the profile's office encryption key is not an age key") from None
    if not isinstance(name, str) or not isinstance(created_at, str):
        raise ProfileError("the profile has no office name or creation time")
    if not isinstance(payload, dict):
        raise ProfileError("the profile payload is not a JSON object")
    keys = OfficePublicKeys(recipient, signing_key)
    if doc.get("fingerprint") != fingerprint(keys):
        raise ProfileError("the fingerprint written in the profile does not match its keys")
    return Profile(
        format_version=int(doc["format_version"]),
        office_name=name,
        keys=keys,
        fingerprint=fingerprint(keys),
        created_at=created_at,
        payload=payload,
    )
