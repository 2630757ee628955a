"""The import report: per file what was merged, refused, in conflict or possibly duplicated,
and the totals the CLI prints as JSON and the GUI shows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldapp.domain.people import AttendeeSummary, DuplicateGroup
from fieldapp.domain.text_hygiene import scrub
from fieldapp.services.bundles.errors import SyncError
from fieldapp.services.bundles.messages import refusal_headline
from fieldapp.store.office.merge import MergeOutcome
from fieldapp.sync import VerifiedBundle

IMPORTED, ALREADY_IMPORTED, REJECTED = "imported", "already_imported", "rejected"


@dataclass
class FileReport:
    """One bundle file: its status, counts and what to review."""

    path: Path
    status: str
    device_id: str = ""
    device_fingerprint: str = ""
    sequence: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    kinds: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    error_type: str | None = None
    # The refusal itself, to tell its details in the reader's language (None once imported).
    refusal: Exception | None = field(default=None, repr=False, compare=False)
    receipt: Path | None = None
    receipt_error: str | None = None

    def message(self, lang: str = "en") -> str:
        """Why the file was refused, in `lang`: a headline naming the file and what to do,
        then the details the checks found (empty for a file that was imported)."""
        if self.status != REJECTED:
            return ""
        params = {
            "file": self.path.name,
            "device": self.device_id or "?",
            "fingerprint": self.device_fingerprint or "?",
        }
        headline = refusal_headline(self.error_type or "", lang, params)
        error = self.error
        if isinstance(self.refusal, SyncError):
            error = scrub(self.refusal.message(lang))
        return f"{headline}\n  {error}" if error else headline

    @classmethod
    def refused(cls, path: Path, error: Exception) -> FileReport:
        """A file that was refused; the database was not changed."""
        # A forged file's text (a device id, a field name) may hold control characters or
        # lone surrogates: they are shown replaced, never passed on to a console or a widget.
        report = cls(path, REJECTED, error=scrub(str(error)), error_type=type(error).__name__)
        report.refusal = error
        for name in ("device_id", "fingerprint"):
            value = getattr(error, name, None)
            if isinstance(value, str):
                field = "device_fingerprint" if name == "fingerprint" else name
                setattr(report, field, scrub(value))
        return report

    @classmethod
    def repeated(cls, path: Path, bundle: VerifiedBundle) -> FileReport:
        """A file imported before: nothing changes (its receipt is written again)."""
        report = cls(path, ALREADY_IMPORTED, bundle.device_id, bundle.device_fingerprint)
        report.sequence = bundle.sequence
        report.unchanged = sum(bundle.counts.values())
        return report

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "file": str(self.path),
            "status": self.status,
            "device_id": self.device_id,
            "device_fingerprint": self.device_fingerprint,
            "sequence": self.sequence,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "kinds": self.kinds,
            "conflicts": self.conflicts,
            "duplicates": self.duplicates,
            "error": self.error,
            "error_type": self.error_type,
            "message": self.message("en") or None,
            "receipt": str(self.receipt) if self.receipt else None,
            "receipt_error": self.receipt_error,
        }


@dataclass
class ImportReport:
    """Every file of one import run."""

    files: list[FileReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no file was refused."""
        return all(f.status != REJECTED for f in self.files)

    def totals(self) -> dict[str, int]:
        """Records new / updated / unchanged, conflicts and duplicate groups to review, and
        refused files."""
        return {
            "new": sum(f.new for f in self.files),
            "updated": sum(f.updated for f in self.files),
            "unchanged": sum(f.unchanged for f in self.files),
            "conflicts": sum(len(f.conflicts) for f in self.files),
            "duplicates": sum(len(f.duplicates) for f in self.files),
            "rejected": sum(f.status == REJECTED for f in self.files),
        }

    def to_dict(self) -> dict[str, Any]:
        """The `--json` report: totals at the top level, then the files."""
        return {**self.totals(), "files": [f.to_dict() for f in self.files]}


def describe_merge(
    path: Path,
    bundle: VerifiedBundle,
    outcome: MergeOutcome,
    *,
    duplicates: Sequence[DuplicateGroup],
    cin_variants: Mapping[str, Sequence[AttendeeSummary]],
) -> FileReport:
    """The report of a merged bundle."""
    report = FileReport(path, IMPORTED, bundle.device_id, bundle.device_fingerprint)
    report.sequence = bundle.sequence
    for kind, counts in outcome.counts.items():
        report.kinds[kind] = {
            "new": counts.new,
            "updated": counts.updated,
            "unchanged": counts.unchanged,
        }
        report.new += counts.new
        report.updated += counts.updated
        report.unchanged += counts.unchanged
    report.conflicts = [
        {
            "type": "record",
            "kind": c.kind,
            "id": c.record_id,
            "kept": c.kept,
            "kept_device": c.kept_device,
            "lost": c.lost,
            "lost_device": c.lost_device,
        }
        for c in outcome.conflicts
    ]
    report.conflicts += [
        {"type": "cin", "cin": cin, "registrations": [registration_dict(r) for r in regs]}
        for cin, regs in sorted(cin_variants.items())
    ]
    report.duplicates = [duplicate_dict(group) for group in duplicates]
    return report


def registration_dict(registration: AttendeeSummary) -> dict[str, Any]:
    """JSON form of a registration in a duplicate group or CIN conflict."""
    return {
        "person_key": registration.person_key,
        "attendee_id": registration.attendee_id,
        "cin": registration.cin,
        "name_ar": registration.name_ar,
        "name_lat": registration.name_lat,
        "phone": registration.phone,
        "birth_year": registration.birth_year,
        "session_date": registration.session_date,
        "session_place": registration.session_place,
        "device_id": registration.device_id,
    }


def duplicate_dict(group: DuplicateGroup) -> dict[str, Any]:
    """JSON form of a possible-duplicate group."""
    return {
        "name_key": group.name_key,
        "birth_year": group.birth_year,
        "phone": group.phone,
        "person_keys": list(group.person_keys),
        "score": group.score,
        "registrations": [registration_dict(r) for r in group.registrations],
    }
