"""Reading a sync bundle: decrypt, open the zip defensively, verify the device signature and
every member's hash and size, parse the records. Only `BundleError` subclasses escape.

The checks run in the order given in docs/bundle-format.md ("What an importer checks"): the
manifest and its signature first, then the caller's trust decision, then the records.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature

from ..domain.models import upgrade_attendee_record
from .codec import KIND_PATTERN
from .container import open_container
from .errors import CorruptBundle, NotABundle, TamperedBundle
from .identity import OfficeIdentity, device_fingerprint, load_signing_public_key
from .manifest import (
    MANIFEST_NAME,
    MAX_KINDS,
    SIGNATURE_NAME,
    HeaderFields,
    Manifest,
    member_name,
    parse_manifest,
    validate_members,
)
from .records import iter_records

# The largest real bundle (100,000 attendees with their answers, print events and audit)
# unpacks to about 90 MiB: 256 MiB leaves room for growth and bounds what a forged file costs.
DEFAULT_MAX_SIZE = 256 << 20  # for the file and for the unpacked members together
MAX_MANIFEST_BYTES = 16 << 20
MAX_RECORD_BYTES = 1 << 20  # one JSON Lines record (a whole questionnaire is ~10 KiB)
SIGNATURE_BYTES = 64
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    OverflowError,
    IndexError,
    KeyError,
)


@dataclass(frozen=True)
class BundleHeader(HeaderFields):
    """What the signed manifest says, verified, before any record has been read: the header
    fields, the format version and record counts, and what the file itself showed.

    The signature proves only that the holder of `device_public_key` wrote it: the caller
    decides (in `admit`) whether that device is trusted and whether `sequence` is new for it.
    """

    format_version: int
    counts: Mapping[str, int]
    file_sha256: str
    encrypted: bool = True

    @property
    def device_fingerprint(self) -> str:
        """The fingerprint of the signing device's public key, for display."""
        return device_fingerprint(self.device_public_key)


@dataclass(frozen=True)
class VerifiedBundle(BundleHeader):
    """A bundle whose signature, hashes, sizes and counts all check out, with its records."""

    records: Mapping[str, list[dict[str, Any]]] = field(default_factory=dict)
    warnings: tuple[str, ...] = field(default=())


Admit = Callable[[BundleHeader], None]
"""Called once the manifest is verified, before any record is read; raises to refuse."""
Sink = Callable[[str, int, dict[str, Any]], None]
"""Called with (kind, 1-based line, record) as each record is parsed; raises to stop."""


def read_bundle(
    path: Path,
    *,
    identity: OfficeIdentity | None,
    allow_unencrypted: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
    admit: Admit | None = None,
    sink: Sink | None = None,
    keep_records: bool = True,
) -> VerifiedBundle:
    """Open, decrypt and verify the bundle at `path`.

    Trust before work: `admit` sees the verified header (signature, fields, member list)
    before a single record member is read, so a stranger's file costs the reading of its
    manifest only. Records are then parsed as a stream, one line at a time (each at most
    `MAX_RECORD_BYTES`), each handed to `sink` as it is parsed. With `keep_records=False`
    the records are only handed to `sink` (the result's `records` is empty): memory then
    holds one record at a time, whatever the file claims.

    Raises `NotABundle`, `WrongKey`, `NotEncrypted`, `TamperedBundle`, `CorruptBundle` or
    `UnsupportedFormat` (all `BundleError`), never anything else for any file content, plus
    whatever `admit` and `sink` raise. A plain-zip bundle is read only with
    `allow_unencrypted=True`; the result then has `encrypted=False` and says so in `warnings`.
    """
    path = Path(path)
    plain, file_sha256, encrypted = open_container(
        path, identity=identity, allow_unencrypted=allow_unencrypted, max_size=max_size
    )
    with plain:
        try:
            zf = zipfile.ZipFile(plain)
        except _ZIP_ERRORS:
            raise NotABundle(
                f"{path.name} does not hold a zip archive: not a fieldapp bundle"
            ) from None
        with zf:
            infos = _check_directory(zf)
            manifest = _verify_manifest(zf, infos, max_size=max_size)
            header = BundleHeader(
                **manifest.header_fields(),
                format_version=manifest.format_version,
                counts=dict(manifest.counts),
                file_sha256=file_sha256,
                encrypted=encrypted,
            )
            if admit is not None:
                admit(header)
            records = _read_records(zf, infos, manifest, sink, keep=keep_records)
    warnings = () if encrypted else (f"{path.name} is NOT encrypted: a diagnostic bundle",)
    return VerifiedBundle(
        **{f.name: getattr(header, f.name) for f in fields(BundleHeader)},
        records=records,
        warnings=warnings,
    )


def _verify_manifest(
    zf: zipfile.ZipFile, infos: Mapping[str, zipfile.ZipInfo], *, max_size: int
) -> Manifest:
    """Signature, fields and member list of the manifest; no record member is read."""
    manifest_bytes = _read_member(zf, infos[MANIFEST_NAME], limit=MAX_MANIFEST_BYTES)
    signature = _read_member(zf, infos[SIGNATURE_NAME], limit=SIGNATURE_BYTES)
    manifest = parse_manifest(manifest_bytes)
    try:
        load_signing_public_key(manifest.device_public_key).verify(signature, manifest_bytes)
    except (InvalidSignature, ValueError):
        raise TamperedBundle(
            f"the signature in {SIGNATURE_NAME} does not match {MANIFEST_NAME}: "
            "the manifest was altered after the device signed it"
        ) from None
    validate_members(manifest)
    present = set(infos) - {MANIFEST_NAME, SIGNATURE_NAME}
    for name in sorted(set(manifest.members) - present):
        raise TamperedBundle(f"member {name} listed in the signed manifest is missing")
    for name in sorted(present - set(manifest.members)):
        raise TamperedBundle(f"member {name} is not listed in the signed manifest")
    if sum(d.size for d in manifest.members.values()) > max_size:
        raise CorruptBundle(f"the records unpack to more than the limit of {max_size:,} bytes")
    for kind in manifest.counts:
        name = member_name(kind)
        expected = manifest.members[name]
        if infos[name].file_size != expected.size:
            raise TamperedBundle(
                f"member {name} is {infos[name].file_size:,} bytes, the signed manifest says "
                f"{expected.size:,}: it was altered"
            )
        if manifest.counts[kind] > expected.size // 3:  # the shortest record is `{}\n`
            raise CorruptBundle(
                f"member {name} cannot hold {manifest.counts[kind]:,} records in "
                f"{expected.size:,} bytes"
            )
    return manifest


def _read_records(
    zf: zipfile.ZipFile,
    infos: Mapping[str, zipfile.ZipInfo],
    manifest: Manifest,
    sink: Sink | None,
    *,
    keep: bool,
) -> dict[str, list[dict[str, Any]]]:
    records: dict[str, list[dict[str, Any]]] = {}
    answered: set[str] = set()  # format 1: who has answers (read before the attendees)
    for kind in sorted(manifest.counts):
        name = member_name(kind)
        expected = manifest.members[name]
        rows: list[dict[str, Any]] = []
        digest = hashlib.sha256()
        # Format 1 attendees get a status (docs/bundle-format.md, "Attendance"); the answers,
        # read before them (kinds go in name order), tell who answered.
        upgrade = kind == "attendees" and manifest.format_version < 2
        note_answers = kind == "answers" and manifest.format_version < 2
        try:
            with zf.open(infos[name]) as handle:
                for line, record in iter_records(
                    handle,
                    member=name,
                    count=manifest.counts[kind],
                    digest=digest,
                    limit=MAX_RECORD_BYTES,
                ):
                    if note_answers and isinstance(record.get("attendee_id"), str):
                        answered.add(record["attendee_id"])
                    if upgrade:  # format 1: status by the documented rule
                        record = upgrade_attendee_record(
                            record, answered=record.get("id") in answered
                        )
                    if sink is not None:
                        sink(kind, line, record)
                    if keep:
                        rows.append(record)
        except _ZIP_ERRORS:
            raise CorruptBundle(f"member {name} is damaged and cannot be unpacked") from None
        if digest.hexdigest() != expected.sha256:
            raise TamperedBundle(
                f"member {name} was altered: its sha-256 does not match the signed manifest"
            )
        if keep:
            records[kind] = rows
    return records


def _check_directory(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Every member name is one of ours, once; no zip encryption; stored or deflated only."""
    infos: dict[str, zipfile.ZipInfo] = {}
    entries = zf.infolist()
    if len(entries) > MAX_KINDS + 2:
        raise CorruptBundle(f"the bundle has {len(entries)} members, more than a bundle may hold")
    for info in entries:
        name = info.filename
        if not _allowed_name(name):
            raise TamperedBundle(f"the bundle holds an unexpected member {name!r}: refused")
        if name in infos:
            raise TamperedBundle(f"the bundle holds member {name} twice")
        if info.flag_bits & 0x1:
            raise CorruptBundle(f"member {name} uses zip encryption, which bundles never use")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise CorruptBundle(f"member {name} uses an unsupported zip compression method")
        infos[name] = info
    for required in (MANIFEST_NAME, SIGNATURE_NAME):
        if required not in infos:
            raise NotABundle(f"this zip is not a fieldapp bundle: it has no {required}")
    return infos


def _allowed_name(name: str) -> bool:
    if name in (MANIFEST_NAME, SIGNATURE_NAME):
        return True
    prefix, suffix = "records/", ".jsonl"
    if not (name.startswith(prefix) and name.endswith(suffix)):
        return False
    return KIND_PATTERN.fullmatch(name[len(prefix) : -len(suffix)]) is not None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, *, limit: int) -> bytes:
    """The member's bytes, refusing to decompress more than `limit` whatever it declares."""
    if info.file_size > limit:
        raise CorruptBundle(
            f"member {info.filename} is larger than expected ({info.file_size:,} bytes)"
        )
    try:
        with zf.open(info) as handle:
            data = _read_up_to(handle, limit + 1)
    except _ZIP_ERRORS:
        raise CorruptBundle(f"member {info.filename} is damaged and cannot be unpacked") from None
    if len(data) > limit:
        raise CorruptBundle(f"member {info.filename} unpacks to more than {limit:,} bytes")
    return data


def _read_up_to(handle: IO[bytes], limit: int) -> bytes:
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = handle.read(min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
