"""Office side of sync: import bundles from many laptops into one registry.

For each file: read and verify it (`read_bundle`: decrypt, signature, hashes), then the
importer's own checks (docs/bundle-format.md §7, 10–12 and docs/office.md): the laptop is
trusted, the bundle is newer than the last one from that laptop, every form version is known,
every record is valid. Then everything of the bundle is merged in one transaction and
`(device_id, sequence, file_sha256)` recorded; a signed receipt is written for the laptop.
Any refusal leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from fieldapp.questionnaire.errors import UnknownForm
from fieldapp.services.bundles.errors import (
    ClockSkewed,
    InvalidRecords,
    MergeFailed,
    OwnershipRefused,
    ReplayedBundle,
    SyncError,
    UnknownForms,
    UntrustedDevice,
)
from fieldapp.services.bundles.messages import Detail
from fieldapp.services.context import ServiceContext
from fieldapp.services.events import Change
from fieldapp.services.forms import FormService
from fieldapp.services.office.import_report import FileReport, ImportReport, describe_merge
from fieldapp.services.office.key_errors import KeysLocked
from fieldapp.services.office.keys import OfficeKeys
from fieldapp.services.office.record_checks import RecordChecker, TooManyProblems
from fieldapp.services.office.trusted_devices import DeviceTrust
from fieldapp.store.answers import FormVersionRepository
from fieldapp.store.errors import StoreError
from fieldapp.store.office.database import OfficeDatabase
from fieldapp.store.office.merge import BundleMerger, ForeignRecords, MergeOutcome, MergeRefused
from fieldapp.store.office.people import People
from fieldapp.store.office.people_registry import PeopleRegistry
from fieldapp.store.office.trusted_devices import ImportedBundle
from fieldapp.store.stamp import Stamp
from fieldapp.sync import (
    BundleError,
    BundleHeader,
    OfficeIdentity,
    VerifiedBundle,
    read_bundle,
    write_receipt,
)

RECEIPT_SUFFIX = ".receipt.json"
STAGE_BATCH = 2000  # records held in memory before they go to the merger's staging


@dataclass(frozen=True, slots=True)
class ImportStep:
    """Progress of an import, for a progress bar: file `index` of `files`, and its stage
    (`reading`, `checking`, `merging`, `receipt`, `done`)."""

    index: int
    files: int
    path: Path
    stage: str


Progress = Callable[[ImportStep], None]


@dataclass
class _Prepared:
    bundle: VerifiedBundle
    trust_new: bool
    forms_to_pin: list[dict[str, Any]] = field(default_factory=list)


class BundleImportService:
    """Imports bundles into this (office) data directory."""

    def __init__(
        self,
        context: ServiceContext,
        forms: FormService,
        keys: OfficeKeys,
        database: OfficeDatabase,
    ) -> None:
        self._ctx = context
        self._forms = forms
        self._keys = keys
        self._db = database
        self._versions = FormVersionRepository(database)
        self.trust = DeviceTrust(context, database)
        self._merger = BundleMerger(database)
        self._registry = PeopleRegistry(database)

    def import_bundles(
        self,
        *,
        paths: Sequence[Path],
        trust_new_devices: bool = False,
        receipt_path: Path | None = None,
        allow_unencrypted: bool = False,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Import each file in turn (each in its own transaction); refusals are reported per
        file, never raised. `receipt_path` is only used when one file is given. Keys that
        still need their passphrase refuse the whole run at once (KeysLocked)."""
        if self._keys.locked():
            raise KeysLocked()
        report = ImportReport()
        for index, path in enumerate(paths):
            target = receipt_path if receipt_path is not None and len(paths) == 1 else None

            def step(stage: str, index: int = index, path: Path = Path(path)) -> None:
                if progress is not None:
                    progress(ImportStep(index, len(paths), path, stage))

            try:
                report.files.append(
                    self.import_bundle(
                        path=Path(path),
                        trust_new_devices=trust_new_devices,
                        receipt_path=target,
                        allow_unencrypted=allow_unencrypted,
                        step=step,
                    )
                )
            except (BundleError, SyncError, StoreError) as error:
                report.files.append(FileReport.refused(Path(path), error))
            step("done")
        return report

    def import_bundle(
        self,
        *,
        path: Path,
        trust_new_devices: bool = False,
        receipt_path: Path | None = None,
        allow_unencrypted: bool = False,
        step: Callable[[str], None] | None = None,
    ) -> FileReport:
        """Import one file; raises BundleError or SyncError when it is refused.

        Trust before work: the device and the bundle number are checked on the signed
        manifest, before a single record is read; records are then checked as they are read.
        """
        tick = step or (lambda stage: None)
        identity = self._keys.identity()
        tick("reading")
        self._merger.open_staging()
        try:
            return self._import_staged(
                Path(path), identity, trust_new_devices, receipt_path, allow_unencrypted, tick
            )
        finally:
            self._merger.drop_staging()

    def _import_staged(
        self,
        path: Path,
        identity: OfficeIdentity,
        trust_new_devices: bool,
        receipt_path: Path | None,
        allow_unencrypted: bool,
        tick: Callable[[str], None],
    ) -> FileReport:
        """Read the file, streaming its records into the merger's staging as they are
        checked (memory holds one batch), then merge them in one transaction."""
        gate = _Gate(self, trust_new_devices, self._merger)
        try:
            bundle = read_bundle(
                path,
                identity=identity,
                allow_unencrypted=allow_unencrypted,
                admit=gate.admit,
                sink=gate.sink,
                keep_records=False,
            )
        except TooManyProblems:
            gate.refuse()
        gate.flush()
        receipt = receipt_path or Path(f"{path}{RECEIPT_SUFFIX}")
        tick("checking")
        if gate.already is not None:
            report = FileReport.repeated(Path(path), bundle)
            tick("receipt")
            report.receipt, report.receipt_error = self._receipt(
                receipt, bundle, gate.already.imported_at
            )
            return report
        gate.raise_problems()
        prepared = _Prepared(bundle, trust_new=gate.trust_new)
        prepared.forms_to_pin = self._check_forms(bundle)
        if gate.checker is not None and gate.checker.latest:
            self._db.clock.observe(gate.checker.latest)  # bounded: at most a day ahead
        tick("merging")

        def merge(stamp: Stamp) -> tuple[MergeOutcome, Stamp]:
            # Run again from the start if the engine aborts it for a concurrent transaction
            # (`OfficeDatabase.write`): it reads only the staged records and the database.
            if prepared.trust_new:
                self.trust.record(bundle.device_id, bundle.device_public_key, stamp)
            self._merger.check_references()
            self._merger.check_ownership(bundle.device_id)
            outcome = self._merger.apply()
            People(self._db).link_new(stamp.at)  # new registrations join their person
            for form in prepared.forms_to_pin:
                self._forms.pin(
                    self._forms.registry.get(form["id"], str(form["version"])),
                    versions=self._versions,
                )
            self.trust.registry.record_import(
                device_id=bundle.device_id,
                sequence=bundle.sequence,
                file_sha256=bundle.file_sha256,
                at=stamp.at,
                counts=dict(bundle.counts),
            )
            return outcome, stamp

        try:
            outcome, stamp = self._db.write(self._ctx.agent or "import", merge)
        except MergeRefused as refused:
            raise MergeFailed(str(refused)) from None
        except ForeignRecords as foreign:
            records = [Detail(code, params) for code, params in foreign.records]
            raise OwnershipRefused(bundle.device_id, records) from None
        report = describe_merge(
            Path(path),
            bundle,
            outcome,
            duplicates=self._registry.duplicates(attendee_ids=outcome.changed_attendees),
            cin_variants=self._registry.cin_variants(outcome.changed_attendees),
        )
        tick("receipt")
        report.receipt, report.receipt_error = self._receipt(receipt, bundle, stamp.at)
        self._ctx.bus.publish(Change("attendee", ids=tuple(outcome.changed_attendees)))
        return report

    def check_device(self, header: BundleHeader, trust_new: bool) -> bool:
        """The importer's checks on the signed manifest (§7, 10–11), before any record is
        read. Returns whether the device is new (to be trusted in the import's transaction)."""
        known = self.trust.registry.get(header.device_id)
        fingerprint = header.device_fingerprint
        if known is None and not trust_new:
            raise UntrustedDevice(
                f"bundle from a laptop this office does not know yet: device {header.device_id}, "
                f"key fingerprint {fingerprint}. Compare the fingerprint with the one "
                "`fieldapp bundle status` shows on that laptop, then import again with "
                "--trust-device",
                device_id=header.device_id,
                fingerprint=fingerprint,
            )
        if known is not None and known.fingerprint != fingerprint:
            raise UntrustedDevice(
                f"bundle claims to come from laptop {header.device_id}, but it is signed with "
                f"key {fingerprint}, not the key this office trusts for it ({known.fingerprint}); "
                "refused",
                device_id=header.device_id,
                fingerprint=fingerprint,
            )
        if known is not None:
            same = self.trust.registry.imported_sequence(header.device_id, header.sequence)
            if same is not None:
                raise ReplayedBundle(
                    f"bundle number {header.sequence} from laptop {header.device_id} was already "
                    f"imported on {same.imported_at} from a different file; this one is refused"
                )
            if header.sequence < known.last_sequence:
                raise ReplayedBundle(
                    f"bundle number {header.sequence} from laptop {header.device_id} is older "
                    f"than bundle {known.last_sequence}, already imported; it is refused. If "
                    "records are missing, export again on the laptop "
                    "(`fieldapp bundle export --all`)"
                )
        return known is None

    def _check_forms(self, bundle: VerifiedBundle) -> list[dict[str, Any]]:
        """Refuse unknown form versions; return the ones to pin at the office."""
        declared = {(str(f["id"]), str(f["version"])): str(f["content_hash"]) for f in bundle.forms}
        used = self._merger.staged_forms()
        missing = sorted(used - set(declared))
        if missing:
            raise UnknownForms(
                "answers use form versions the bundle does not declare: "
                + ", ".join(f"{f} {v}" for f, v in missing)
            )
        to_pin, unknown = [], []
        for (form_id, version), digest in sorted(declared.items()):
            stored = self._versions.get(form_id, version)
            if stored is not None and stored.content_hash == digest:
                continue
            try:
                form = self._forms.registry.get(form_id, version)
            except UnknownForm:
                form = None
            if stored is None and form is not None and form.content_hash == digest:
                to_pin.append({"id": form_id, "version": version})
            else:
                unknown.append(f"'{form_id}' version {version} (content {digest[:12]}…)")
        if unknown:
            raise UnknownForms(
                "the bundle uses form versions this office does not know: "
                + ", ".join(unknown)
                + ". Install the same form files in the office's forms folder, then import again"
            )
        return to_pin

    def _receipt(
        self, path: Path, bundle: VerifiedBundle, imported_at: str
    ) -> tuple[Path | None, str | None]:
        """Write the signed receipt; a failure is reported, the import stands."""
        acknowledged = self._merger.staged_versions()
        try:
            write_receipt(
                path,
                identity=self._keys.identity(),
                device_id=bundle.device_id,
                sequence=bundle.sequence,
                bundle_sha256=bundle.file_sha256,
                acknowledged=acknowledged,
                imported_at=imported_at,
            )
        except (OSError, BundleError) as error:
            return None, f"the receipt could not be written to {path}: {error}"
        return path, None


class _Gate:
    """The import's checks hooked into the reader: `admit` on the verified manifest (already
    imported? trusted device? new bundle number? known record kinds?), `sink` on each record."""

    def __init__(
        self, service: BundleImportService, trust_new_devices: bool, merger: BundleMerger
    ) -> None:
        self._service = service
        self._trust_new_devices = trust_new_devices
        self._merger = merger
        self._batch: list[dict[str, Any]] = []
        self._batch_kind = ""
        self.already: ImportedBundle | None = None
        self.trust_new = False
        self.checker: RecordChecker | None = None
        self.device_id = ""

    def admit(self, header: BundleHeader) -> None:
        self.device_id = header.device_id
        self.already = self._service.trust.registry.imported(header.file_sha256)
        if self.already is not None:
            return  # the same file again: nothing will change, its records make the receipt
        self.trust_new = self._service.check_device(header, self._trust_new_devices)
        self.checker = RecordChecker(device_id=header.device_id, office_now=_office_now())
        unknown = self.checker.unknown_kinds(list(header.counts))
        if unknown:
            raise InvalidRecords(unknown)

    def sink(self, kind: str, line: int, record: dict[str, Any]) -> None:
        checker = self.checker
        if checker is not None:
            checker(kind, line, record)
            if checker.problems or checker.clock_problems:
                return  # refused once read: nothing more to stage
        if kind != self._batch_kind or len(self._batch) >= STAGE_BATCH:
            self.flush()
            self._batch_kind = kind
        self._batch.append(record)

    def flush(self) -> None:
        """Stage the records gathered so far."""
        if self._batch:
            self._merger.stage_rows(self._batch_kind, self._batch)
            self._batch = []

    def raise_problems(self) -> None:
        """Refuse the bundle if its records were found unsound."""
        if self.checker is not None and (self.checker.clock_problems or self.checker.problems):
            self.refuse()

    def refuse(self) -> NoReturn:
        """Raise the refusal for what the checker found (the clock first: it says what to do
        on the laptop)."""
        checker = self.checker
        assert checker is not None  # records are checked only once admitted
        if checker.clock_problems:
            raise ClockSkewed(self.device_id, checker.clock_problems)
        raise InvalidRecords(checker.problems)


def _office_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
