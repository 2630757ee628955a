"""Writing a sync bundle: records as JSON Lines in a deterministic zip, a manifest signed by
the device key, the whole encrypted to the office's age recipient. See docs/bundle-format.md.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .codec import check_kind, dumps
from .container import write_container
from .errors import BundleError
from .identity import check_recipient, public_key_bytes
from .manifest import (
    FORMAT_VERSION,
    MANIFEST_NAME,
    MAX_KINDS,
    SIGNATURE_NAME,
    HeaderFields,
    Manifest,
    MemberDigest,
    check_form,
    check_session,
    member_name,
)
from .records import write_records

ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed member dates: the zip depends on the content only
COMPRESS_LEVEL = 6
PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class BundleContent(HeaderFields):
    """Everything a laptop puts into one bundle: the header fields and the records. `records`
    maps a kind (`[a-z_]+`) to its records, each a JSON-ready mapping; every kind given gets a
    member, even when empty."""

    records: Mapping[str, Sequence[Mapping[str, object]]]


@dataclass(frozen=True)
class BundleSummary:
    """What `write_bundle` produced: the file, its sha-256 and size, and the record counts."""

    path: Path
    sha256: str
    size: int
    counts: Mapping[str, int] = field(default_factory=dict)
    encrypted: bool = True
    sequence: int = 0


def write_bundle(
    path: Path,
    *,
    content: BundleContent,
    device_key: Ed25519PrivateKey,
    recipient: str | None,
    encrypt: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> BundleSummary:
    """Write `content` as a bundle file at `path` (atomically: temp file, fsync, replace).

    Encrypted to the office `recipient` (`age1…`) unless `encrypt=False` is passed explicitly,
    which writes a plain zip for tests and diagnosis. `progress(done, total)` is called as
    records are written. Raises `BundleError` for an unusable office key or content.
    """
    if encrypt and recipient is None:
        raise BundleError("no office key: enrol this laptop first")
    if encrypt and recipient is not None:
        try:
            check_recipient(recipient)
        except ValueError:
            raise BundleError(f"the office key {recipient!r} is not an age recipient") from None
    _check_content(content, device_key)
    kinds = sorted(check_kind(kind) for kind in content.records)
    total = sum(len(content.records[kind]) for kind in kinds)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    members: dict[str, MemberDigest] = {}
    with tempfile.SpooledTemporaryFile(max_size=64 << 20) as plain:
        with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as zf:
            for kind in kinds:
                with zf.open(_zip_info(member_name(kind)), "w") as out:
                    members[member_name(kind)] = write_records(
                        out, kind=kind, records=content.records[kind], on_record=tick
                    )
            manifest = _manifest(content, kinds, members)
            manifest_bytes = manifest.to_bytes()
            zf.writestr(_zip_info(MANIFEST_NAME), manifest_bytes)
            zf.writestr(_zip_info(SIGNATURE_NAME), device_key.sign(manifest_bytes))
        sha256, size = write_container(path, plain, recipient=recipient if encrypt else None)
    if progress is not None and total % PROGRESS_EVERY:
        progress(total, total)
    return BundleSummary(
        path=Path(path),
        sha256=sha256,
        size=size,
        counts=dict(manifest.counts),
        encrypted=encrypt,
        sequence=content.sequence,
    )


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def _manifest(
    content: BundleContent, kinds: list[str], members: dict[str, MemberDigest]
) -> Manifest:
    return Manifest(
        **content.header_fields(),
        format_version=FORMAT_VERSION,
        counts={kind: len(content.records[kind]) for kind in kinds},
        members=members,
    )


def _check_content(content: BundleContent, device_key: Ed25519PrivateKey) -> None:
    """Refuse content the reader would refuse, with the writer's own wording."""
    if content.device_public_key != public_key_bytes(device_key):
        raise BundleError("device_public_key is not the public half of the device key given")
    if isinstance(content.sequence, bool) or not isinstance(content.sequence, int):
        raise BundleError("the bundle sequence number must be an integer")
    if not 1 <= content.sequence < 2**63:
        raise BundleError(f"the bundle sequence number must be 1 or more, not {content.sequence}")
    for name in ("device_id", "app_version", "created_at"):
        value = getattr(content, name)
        if not isinstance(value, str) or not 0 < len(value) <= 1000:
            raise BundleError(f"{name} must be non-empty text of at most 1000 characters")
    if len(content.records) > MAX_KINDS:
        raise BundleError(f"a bundle holds at most {MAX_KINDS} record kinds")
    for item in content.sessions:
        check_session(dict(item), BundleError)
    for item in content.forms:
        check_form(dict(item), BundleError)
    try:
        dumps([dict(s) for s in content.sessions] + [dict(f) for f in content.forms])
    except (TypeError, ValueError) as exc:
        raise BundleError(f"sessions and forms must be JSON-ready: {exc}") from None
