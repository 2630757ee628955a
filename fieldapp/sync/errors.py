"""The errors of the sync layer: one hierarchy, rooted at `BundleError`, with messages a
coordinator can act on.

Everything that reads a file from a USB stick (bundles, receipts, profiles, office keys)
raises only these, whatever bytes it is given, so callers catch `BundleError` and show
`str(error)`.
"""

from __future__ import annotations


class BundleError(Exception):
    """Root of every sync error; also raised for misuse (no office key, bad record kind)."""


class NotABundle(BundleError):
    """The file is not a fieldapp bundle: random bytes, truncated, damaged, not age, not zip."""


class WrongKey(BundleError):
    """The bundle is encrypted, but not to this office's key (or no key was given)."""


class NotEncrypted(BundleError):
    """The bundle is a plain zip and the caller did not allow unencrypted bundles."""


class TamperedBundle(BundleError):
    """A signature or a hash does not match: the bundle was altered after it was written."""


class CorruptBundle(BundleError):
    """The bundle is authentic-looking but malformed: bad JSON, wrong counts, bad fields."""


class UnsupportedFormat(BundleError):
    """The bundle, receipt or profile was written in a format version newer than this app's."""


class ReceiptError(BundleError):
    """A receipt is malformed or its signature does not verify."""


class WrongOffice(ReceiptError):
    """A receipt is signed by another office key than the one this laptop is enrolled with."""


class ProfileError(BundleError):
    """A deployment profile is malformed or its self-signature does not verify."""


class OfficeKeyError(BundleError):
    """The office key files are missing, unreadable or malformed, or would be overwritten."""
