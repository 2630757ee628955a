"""Refusals of the sync services, each with a message a coordinator or clerk can act on.

They sit beside the sync layer's `BundleError`s (bad files); these are about the state of
this laptop or office: not enrolled, an untrusted laptop, a replayed bundle, unknown forms,
invalid records. The CLI turns every one into exit code 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fieldapp.atomic import write_error_message
from fieldapp.services.bundles.messages import Detail, details_text, refusal_detail


class SyncError(Exception):
    """Root of the sync service refusals."""

    def message(self, lang: str = "en") -> str:
        """The refusal in `lang`; the English text where a refusal has no other."""
        return str(self)


class NotEnrolled(SyncError):
    """The laptop has no office key yet (run `fieldapp enroll PROFILE`)."""


class AlreadyEnrolled(SyncError):
    """The laptop is enrolled with another office; re-enrolling must be asked for."""


class NotAnOffice(SyncError):
    """This data directory has no office identity (run `fieldapp office init`)."""


class NothingToExport(SyncError):
    """Every record has been delivered already."""


class ExportFailed(SyncError):
    """The bundle file could not be written (a full stick, a read-only folder); the message
    names the file and what to free."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(write_error_message(path, error))
        self.path = path
        self.error = error

    def message(self, lang: str = "en") -> str:
        return write_error_message(self.path, self.error, lang)


class UntrustedDevice(SyncError):
    """The bundle's laptop is unknown to this office, or signed with another key."""

    def __init__(self, message: str, *, device_id: str, fingerprint: str) -> None:
        super().__init__(message)
        self.device_id = device_id
        self.fingerprint = fingerprint


class ReplayedBundle(SyncError):
    """A bundle number from that laptop that is not newer than one already imported."""


class UnknownForms(SyncError):
    """The bundle uses form versions the office does not have."""


class ListedRefusal(SyncError):
    """A refusal whose text leads with its cause (looked up by the class name), then lists the
    records or problems behind it, one per line. Nothing of the bundle was merged."""

    def __init__(self, details: Sequence[Detail], **params: str) -> None:
        self.details = tuple(details)
        self._params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        lead = refusal_detail(type(self).__name__, lang, self._params)
        return lead + "\n  " + details_text(self.details, lang)


class InvalidRecords(ListedRefusal):
    """Records in a signed bundle are malformed; nothing of the bundle was merged."""


class ClockSkewed(ListedRefusal):
    """Timestamps in the bundle lie before 2020 or more than a day ahead of the office clock:
    the laptop's clock is wrong. Nothing of the bundle was merged."""

    def __init__(self, device_id: str, problems: Sequence[Detail]) -> None:
        self.device_id = device_id
        super().__init__(problems, device=device_id)


class OwnershipRefused(ListedRefusal):
    """The bundle writes records another device (or the office) owns: a laptop writes only
    its own records, into its own sessions. Nothing of the bundle was merged."""

    def __init__(self, device_id: str, records: Sequence[Detail]) -> None:
        self.device_id = device_id
        super().__init__(records, device=device_id)


class MergeFailed(SyncError):
    """The records could not be merged (a missing parent record, a broken uniqueness rule)."""


class ForeignReceipt(SyncError):
    """A receipt for another laptop, or for a bundle this laptop did not export."""


class UnknownPerson(SyncError):
    """No person in the registry matches what was typed (or several do)."""
