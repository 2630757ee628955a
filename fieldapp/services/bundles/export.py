"""Laptop side of sync: export a bundle, read a receipt back, show what is not yet delivered.

Nothing is ever deleted from the laptop: an export only records its sequence number and the
file's hash; a receipt marks record versions as delivered.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp import version
from fieldapp.domain.models import Attendance, AttendanceCounts
from fieldapp.services.bundles.errors import (
    ExportFailed,
    ForeignReceipt,
    NotEnrolled,
    NothingToExport,
)
from fieldapp.services.context import ServiceContext
from fieldapp.services.events import Change
from fieldapp.store.errors import StoreError
from fieldapp.store.outbox import BundleOutbox, ExportRecord, PendingSession
from fieldapp.sync import (
    BUNDLE_SUFFIX,
    BundleContent,
    device_fingerprint,
    read_receipt,
    write_bundle,
)

ENROLMENT_KEYS = {
    "name": "office_name",
    "recipient": "office_recipient",
    "signing_key": "office_signing_key",
    "fingerprint": "office_fingerprint",
    "enrolled_at": "office_enrolled_at",
}
_SLUG_DROP = re.compile(r"[^\w]+", re.UNICODE)
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A written bundle."""

    path: Path
    sequence: int
    sha256: str
    size: int
    counts: dict[str, int]
    encrypted: bool
    session_ids: tuple[str, ...]
    clock_skew: str | None = None  # `HybridClock.skew()` when the bundle was written
    # The live attendee records in the bundle by status (present, expected, walk-ins…).
    attendance: AttendanceCounts = field(default_factory=AttendanceCounts)


@dataclass(frozen=True, slots=True)
class ReceiptResult:
    """What a receipt changed: acknowledged versions, and those edited since the export."""

    sequence: int
    acknowledged: int
    delivered: int
    changed_since: int
    already_imported: bool
    pending: dict[str, int]


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What this laptop has not yet delivered to the office."""

    device_id: str
    device_fingerprint: str
    enrolled_office: str | None
    office_fingerprint: str | None
    pending: dict[str, int]
    pending_sessions: tuple[PendingSession, ...]
    last_export: ExportRecord | None

    @property
    def pending_total(self) -> int:
        """All pending records, audit entries included."""
        return sum(self.pending.values())


def slug(text: str) -> str:
    """A file-name-safe form: letters (Arabic kept) and digits, other runs → '-'."""
    return _SLUG_DROP.sub("-", text).strip("-_")[:40] or "bundle"


class BundleExportService:
    """Exports bundles, imports receipts and reports the delivery status of this laptop."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._outbox = BundleOutbox(context.store.db)

    def enrolled_key(self, name: str) -> str | None:
        """One enrolment setting (`recipient`, `signing_key`, `fingerprint`, `name`)."""
        return self._ctx.store.settings.get(ENROLMENT_KEYS[name])

    def export_bundle(
        self,
        *,
        target: Path,
        session_id: str | None = None,
        everything: bool = False,
        encrypt: bool = True,
        progress: Callable[[int, int], None] | None = None,
    ) -> ExportResult:
        """Write a bundle of the records not yet delivered (or all of `session_id`, or all
        records with `everything`). `target` is a file, or a directory to name one in.

        Raises NotEnrolled (encrypting without an office key), NothingToExport, BundleError.
        """
        store = self._ctx.store
        recipient = self.enrolled_key("recipient")
        if encrypt and recipient is None:
            raise NotEnrolled(
                "this laptop is not enrolled with a chamber office, so the bundle cannot be "
                "encrypted: run `fieldapp enroll PROFILE` with the office's profile first"
            )
        skew = store.clock.skew()  # before the export's own stamp is taken
        if session_id is not None:
            store.sessions.get(session_id)  # RecordNotFound for a typo
        with store.reading("records_to_export"):
            records = self._outbox.select(
                session_id=session_id, pending_only=not (everything or session_id)
            )
        if not any(records.values()):
            raise NothingToExport(
                "nothing to export: the office has acknowledged every record; "
                "use --all to export everything again"
            )
        session_ids = sorted(
            {r["id"] for r in records["sessions"]} | {r["session_id"] for r in records["attendees"]}
        )
        with store.transaction(self._ctx.agent or "sync") as stamp:
            sequence = self._outbox.reserve_sequence()
        sessions = self._outbox.sessions_by_id(session_ids)
        path = Path(target)
        if path.is_dir():
            path = path / self.default_file_name(sessions=sessions, sequence=sequence)
        content = BundleContent(
            device_id=store.device.device_id,
            device_public_key=store.device.public_key_bytes,
            sequence=sequence,
            app_version=version(),
            created_at=stamp.at,
            sessions=tuple(sessions),
            forms=tuple(
                self._outbox.forms_used(
                    [(r["form_id"], r["form_version"]) for r in records["answers"]]
                )
            ),
            records=records,
        )
        try:
            summary = write_bundle(
                path,
                content=content,
                device_key=store.device.private_key,
                recipient=recipient,
                encrypt=encrypt,
                progress=progress,
            )
        except OSError as error:
            raise ExportFailed(path, error) from None
        counts = {kind: len(rows) for kind, rows in records.items()}
        with store.transaction(self._ctx.agent or "sync"):
            self._outbox.record_export(
                sequence=sequence,
                file_sha256=summary.sha256,
                created_at=stamp.at,
                counts=counts,
                encrypted=encrypt,
            )
        try:
            store.backup("export")
        except StoreError as error:  # the bundle stands; the failure is told in the log
            log.warning("no backup after export: %s", error)
        self._ctx.bus.publish(Change("sync"))
        return ExportResult(
            summary.path,
            sequence,
            summary.sha256,
            summary.size,
            counts,
            encrypt,
            tuple(session_ids),
            skew,
            AttendanceCounts.of_statuses(
                Attendance(r["status"]) for r in records["attendees"] if not r["deleted"]
            ),
        )

    def default_file_name(self, *, sessions: list[dict[str, object]], sequence: int) -> str:
        """`<place>_<date>_<device>-<sequence>.fieldbundle` from the latest session covered."""
        latest = max(sessions, key=lambda s: str(s["date"]), default=None)
        place = slug(str(latest["place"])) if latest else "fieldapp"
        date = str(latest["date"]) if latest else dt.date.today().isoformat()
        device = self._ctx.store.device.device_id[-8:]
        return f"{place}_{date}_{device}-{sequence:04d}{BUNDLE_SUFFIX}"

    def import_receipt(self, *, path: Path) -> ReceiptResult:
        """Verify a receipt against the enrolled office key and mark the acknowledged record
        versions delivered. Raises NotEnrolled, ForeignReceipt, BundleError (ReceiptError,
        WrongOffice, UnsupportedFormat)."""
        store = self._ctx.store
        signing = self.enrolled_key("signing_key")
        if signing is None:
            raise NotEnrolled("this laptop is not enrolled, so it cannot check a receipt")
        receipt = read_receipt(Path(path), office_signing_key=base64.b64decode(signing))
        if receipt.device_id != store.device.device_id:
            raise ForeignReceipt(
                f"this receipt is for laptop {receipt.device_id}, not this one "
                f"({store.device.device_id}); nothing was marked delivered"
            )
        if self._outbox.export_for(receipt.bundle_sha256) is None:
            raise ForeignReceipt(
                f"this receipt is for bundle {receipt.sequence} ({receipt.bundle_sha256[:12]}…), "
                "which this laptop did not export; nothing was marked delivered"
            )
        acknowledged = {kind: list(pairs) for kind, pairs in receipt.acknowledged.items()}
        with store.transaction(self._ctx.agent or "sync") as stamp:
            self._outbox.mark_delivered(acknowledged)
            first = self._outbox.record_receipt(
                bundle_sha256=receipt.bundle_sha256,
                sequence=receipt.sequence,
                imported_at=receipt.imported_at,
                received_at=stamp.at,
            )
        total = sum(len(pairs) for pairs in acknowledged.values())
        delivered = self._outbox.count_delivered(acknowledged)
        self._ctx.bus.publish(Change("sync"))
        return ReceiptResult(
            sequence=receipt.sequence,
            acknowledged=total,
            delivered=delivered,
            changed_since=total - delivered,
            already_imported=not first,
            pending=self._outbox.pending_counts(),
        )

    def status(self) -> SyncStatus:
        """What is not yet delivered, per kind and per session, and the last export."""
        store = self._ctx.store
        with store.reading("sync_status"):
            return SyncStatus(
                device_id=store.device.device_id,
                device_fingerprint=device_fingerprint(store.device.public_key_bytes),
                enrolled_office=self.enrolled_key("name"),
                office_fingerprint=self.enrolled_key("fingerprint"),
                pending=self._outbox.pending_counts(),
                pending_sessions=tuple(self._outbox.pending_sessions()),
                last_export=self._outbox.last_export(),
            )
