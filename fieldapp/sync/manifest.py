"""The bundle manifest: what it holds, its exact bytes, and the strict parse of a manifest
read from a stick. See docs/bundle-format.md, section "Manifest".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, TypeGuard

from .codec import HEX64, KIND_PATTERN, b64decode, b64encode, dumps_bytes, loads
from .errors import BundleError, CorruptBundle, NotABundle, UnsupportedFormat

FORMAT_NAME = "fieldapp-bundle"
# 2: attendees carry `status` and `arrived_at` instead of `checked_in` and `printed_at`.
FORMAT_VERSION = 2
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
RECORDS_DIR = "records/"
MAX_KINDS = 100


def member_name(kind: str) -> str:
    """The zip member that holds the records of `kind`."""
    return f"{RECORDS_DIR}{kind}.jsonl"


@dataclass(frozen=True, slots=True)
class MemberDigest:
    """Size in bytes and sha-256 (lower-case hex) of one zip member, uncompressed."""

    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class HeaderFields:
    """Who wrote a bundle, when, and for which sessions and forms: the fields that the content
    a laptop writes (`BundleContent`), the signed `Manifest` and the header an importer reads
    back (`BundleHeader`) all carry, declared once here and extended by each of them."""

    device_id: str
    device_public_key: bytes
    sequence: int
    app_version: str
    created_at: str
    sessions: tuple[Mapping[str, Any], ...]
    forms: tuple[Mapping[str, Any], ...]

    def header_fields(self) -> dict[str, Any]:
        """These fields by name, to build another type of the family from this one."""
        return {f.name: getattr(self, f.name) for f in fields(HeaderFields)}


@dataclass(frozen=True, slots=True)
class Manifest(HeaderFields):
    """The signed description of a bundle: the header fields, the format version, the record
    count of each kind and the digest of each member."""

    format_version: int
    counts: Mapping[str, int]
    members: Mapping[str, MemberDigest]

    def to_bytes(self) -> bytes:
        """The manifest as compact, key-sorted UTF-8 JSON: the bytes that are signed."""
        return dumps_bytes(
            {
                "format": FORMAT_NAME,
                "format_version": self.format_version,
                "app_version": self.app_version,
                "created_at": self.created_at,
                "device_id": self.device_id,
                "device_public_key": b64encode(self.device_public_key),
                "sequence": self.sequence,
                "sessions": [dict(s) for s in self.sessions],
                "forms": [dict(f) for f in self.forms],
                "counts": dict(self.counts),
                "members": {
                    name: {"sha256": d.sha256, "size": d.size} for name, d in self.members.items()
                },
            }
        )


def check_session(item: object, err: type[BundleError] = CorruptBundle) -> dict[str, Any]:
    """A session entry: a JSON object with a non-empty text `id`."""
    if not isinstance(item, dict) or not _is_text(item.get("id")):
        raise err("each manifest session must be an object with a text 'id'")
    return item


def check_form(item: object, err: type[BundleError] = CorruptBundle) -> dict[str, Any]:
    """A form entry: `id` (text), `version` (text or integer), `content_hash` (text)."""
    if (
        not isinstance(item, dict)
        or not _is_text(item.get("id"))
        or not (_is_text(item.get("version")) or _is_int(item.get("version")))
        or not _is_text(item.get("content_hash"))
    ):
        raise err("each manifest form must be an object with 'id', 'version' and 'content_hash'")
    return item


def parse_manifest(data: bytes) -> Manifest:
    """Parse and validate manifest bytes read from a bundle.

    Order: JSON, then the format name (`NotABundle`), then the version (`UnsupportedFormat`
    for a newer one), then every field (`CorruptBundle`). Unknown extra fields are ignored.
    """
    doc = loads(data, what=MANIFEST_NAME, error=CorruptBundle)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise NotABundle(
            f"this zip is not a fieldapp bundle: {MANIFEST_NAME} has no '{FORMAT_NAME}' format"
        )
    version = doc.get("format_version")
    if not _is_int(version) or version < 1:
        raise CorruptBundle(f"{MANIFEST_NAME}: format_version must be a positive integer")
    if version > FORMAT_VERSION:
        raise UnsupportedFormat(
            f"this bundle uses format version {version}, but this fieldapp reads versions up to "
            f"{FORMAT_VERSION}: update fieldapp on this computer"
        )
    err = CorruptBundle
    public_key = b64decode(doc.get("device_public_key"), what="device_public_key", error=err)
    if len(public_key) != 32:
        raise err(f"{MANIFEST_NAME}: device_public_key must be a 32-byte Ed25519 key")
    sessions, forms = doc.get("sessions"), doc.get("forms")
    if not isinstance(sessions, list) or not isinstance(forms, list):
        raise err(f"{MANIFEST_NAME}: sessions and forms must be lists")
    return Manifest(
        format_version=version,
        app_version=_text(doc, "app_version", err),
        created_at=_text(doc, "created_at", err),
        device_id=_text(doc, "device_id", err),
        device_public_key=public_key,
        sequence=_sequence(doc, err),
        sessions=tuple(check_session(s) for s in sessions),
        forms=tuple(check_form(f) for f in forms),
        counts=_counts(doc.get("counts")),
        members=_members(doc.get("members")),
    )


def validate_members(manifest: Manifest) -> None:
    """Every kind counted has exactly one member, and every member is a counted kind."""
    expected = {member_name(kind) for kind in manifest.counts}
    if set(manifest.members) != expected:
        raise CorruptBundle(f"{MANIFEST_NAME}: the members listed do not match the record kinds")


def _is_text(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 1000


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(doc: Mapping[str, object], key: str, err: type[BundleError]) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not _is_text(value):
        raise err(f"{key} must be non-empty text of at most 1000 characters")
    return value


def _sequence(doc: Mapping[str, object], err: type[BundleError]) -> int:
    value = doc.get("sequence")
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value < 2**63:
        raise err("sequence must be an integer from 1")
    return value


def _counts(value: object) -> dict[str, int]:
    if not isinstance(value, dict) or len(value) > MAX_KINDS:
        raise CorruptBundle(
            f"{MANIFEST_NAME}: counts must be an object of at most {MAX_KINDS} kinds"
        )
    counts: dict[str, int] = {}
    for kind, count in value.items():
        if not KIND_PATTERN.fullmatch(kind) or not _is_int(count) or count < 0:
            raise CorruptBundle(f"{MANIFEST_NAME}: bad record count {kind!r}: {count!r}")
        counts[kind] = count
    return counts


def _members(value: object) -> dict[str, MemberDigest]:
    if not isinstance(value, dict) or len(value) > MAX_KINDS:
        raise CorruptBundle(f"{MANIFEST_NAME}: members must be an object of at most {MAX_KINDS}")
    members: dict[str, MemberDigest] = {}
    for name, entry in value.items():
        if not isinstance(entry, dict):
            raise CorruptBundle(f"{MANIFEST_NAME}: bad entry for member {name!r}")
        sha, size = entry.get("sha256"), entry.get("size")
        if not isinstance(sha, str) or not HEX64.fullmatch(sha) or not _is_int(size) or size < 0:
            raise CorruptBundle(f"{MANIFEST_NAME}: bad sha256 or size for member {name!r}")
        members[name] = MemberDigest(sha, size)
    return members
