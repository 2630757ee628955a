"""Reading a sync bundle: decrypt, open the zip defensively, verify the device signature and
every member's hash and size, parse the records. Only `BundleError` subclasses escape.

The checks run in the order given in docs/bundle-format.md ("What an importer checks").
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
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
    Manifest,
    member_name,
    parse_manifest,
    validate_members,
)
from .records import parse_records

DEFAULT_MAX_SIZE = 2 << 30  # 2 GiB, for the file and for the unpacked members together
MAX_MANIFEST_BYTES = 16 << 20
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
class VerifiedBundle:
    """A bundle whose signature, hashes, sizes and counts all check out.

    The signature proves only that the holder of `device_public_key` wrote it: the caller
    decides whether that device is trusted and whether `sequence` is new for it.
    """

    format_version: int
    device_id: str
    device_public_key: bytes
    sequence: int
    app_version: str
    created_at: str
    sessions: tuple[dict[str, Any], ...]
    forms: tuple[dict[str, Any], ...]
    counts: Mapping[str, int]
    records: Mapping[str, list[dict[str, Any]]]
    file_sha256: str
    encrypted: bool = True
    warnings: tuple[str, ...] = field(default=())

    @property
    def device_fingerprint(self) -> str:
        """The fingerprint of the signing device's public key, for display."""
        return device_fingerprint(self.device_public_key)


def read_bundle(
    path: Path,
    *,
    identity: OfficeIdentity | None,
    allow_unencrypted: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
) -> VerifiedBundle:
    """Open, decrypt and verify the bundle at `path`.

    Raises `NotABundle`, `WrongKey`, `NotEncrypted`, `TamperedBundle`, `CorruptBundle` or
    `UnsupportedFormat` (all `BundleError`), never anything else for any file content.
    A plain-zip bundle is read only with `allow_unencrypted=True`; the result then has
    `encrypted=False` and says so in `warnings`.
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
            manifest, records = _verify_zip(zf, max_size=max_size)
    if manifest.format_version < 2:
        records = _upgrade_format_1(records)
    warnings = () if encrypted else (f"{path.name} is NOT encrypted: a diagnostic bundle",)
    return VerifiedBundle(
        format_version=manifest.format_version,
        device_id=manifest.device_id,
        device_public_key=manifest.device_public_key,
        sequence=manifest.sequence,
        app_version=manifest.app_version,
        created_at=manifest.created_at,
        sessions=manifest.sessions,
        forms=manifest.forms,
        counts=dict(manifest.counts),
        records=records,
        file_sha256=file_sha256,
        encrypted=encrypted,
        warnings=warnings,
    )


def _upgrade_format_1(
    records: Mapping[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """Format 1 had `checked_in`/`printed_at` on attendees; give them today's attendance
    status by the documented rule (docs/bundle-format.md, "Attendance")."""
    answered = {row.get("attendee_id") for row in records.get("answers", ())}
    upgraded = dict(records)
    if "attendees" in upgraded:
        upgraded["attendees"] = [
            upgrade_attendee_record(row, answered=row.get("id") in answered)
            if isinstance(row, dict)
            else row
            for row in upgraded["attendees"]
        ]
    return upgraded


def _verify_zip(
    zf: zipfile.ZipFile, *, max_size: int
) -> tuple[Manifest, dict[str, list[dict[str, Any]]]]:
    infos = _check_directory(zf)
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
    records: dict[str, list[dict[str, Any]]] = {}
    for kind in sorted(manifest.counts):
        name = member_name(kind)
        expected = manifest.members[name]
        info = infos[name]
        if info.file_size != expected.size:
            raise TamperedBundle(
                f"member {name} is {info.file_size:,} bytes, the signed manifest says "
                f"{expected.size:,}: it was altered"
            )
        data = _read_member(zf, info, limit=expected.size)
        if len(data) != expected.size or hashlib.sha256(data).hexdigest() != expected.sha256:
            raise TamperedBundle(
                f"member {name} was altered: its sha-256 does not match the signed manifest"
            )
        rows = parse_records(data, member=name)
        if len(rows) != manifest.counts[kind]:
            raise CorruptBundle(
                f"member {name} holds {len(rows)} records, the manifest says {manifest.counts[kind]}"
            )
        records[kind] = rows
    return manifest, records


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
    except _ZIP_ERRORS as exc:
        raise CorruptBundle(
            f"member {info.filename} is damaged and cannot be unpacked ({exc})"
        ) from None
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
