"""Sync bundles, office keys, receipts and deployment profiles.

Pure Python: no Qt, no SQLite. The merge into a database is built on top of this API by the
services layer. The format is specified in docs/bundle-format.md.
"""

from __future__ import annotations

from .bundle import BundleContent, BundleSummary, write_bundle
from .errors import (
    BundleError,
    CorruptBundle,
    NotABundle,
    NotEncrypted,
    OfficeKeyError,
    ProfileError,
    ReceiptError,
    TamperedBundle,
    UnsupportedFormat,
    WrongKey,
    WrongOffice,
)
from .identity import (
    OfficeIdentity,
    OfficePublicKeys,
    device_fingerprint,
    fingerprint,
    public_key_bytes,
)
from .manifest import FORMAT_VERSION
from .profile import Profile, read_profile, write_profile
from .protected_keys import WrongPassphrase
from .reader import DEFAULT_MAX_SIZE, BundleHeader, VerifiedBundle, read_bundle
from .receipt import Receipt, read_receipt, write_receipt

BUNDLE_SUFFIX = ".fieldbundle"

__all__ = [
    "BUNDLE_SUFFIX",
    "DEFAULT_MAX_SIZE",
    "FORMAT_VERSION",
    "BundleContent",
    "BundleError",
    "BundleHeader",
    "BundleSummary",
    "CorruptBundle",
    "NotABundle",
    "NotEncrypted",
    "OfficeIdentity",
    "OfficeKeyError",
    "OfficePublicKeys",
    "Profile",
    "ProfileError",
    "Receipt",
    "ReceiptError",
    "TamperedBundle",
    "UnsupportedFormat",
    "VerifiedBundle",
    "WrongKey",
    "WrongOffice",
    "WrongPassphrase",
    "device_fingerprint",
    "fingerprint",
    "public_key_bytes",
    "read_bundle",
    "read_profile",
    "read_receipt",
    "write_bundle",
    "write_profile",
    "write_receipt",
]
