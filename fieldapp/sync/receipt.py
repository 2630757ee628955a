"""Import receipts: the office's signed acknowledgement of the records of one bundle, carried
back to the laptop so it knows what reached the registry. See docs/bundle-format.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_bytes
from .codec import HEX64, b64decode, b64encode, check_kind, loads, read_limited
from .errors import BundleError, ReceiptError, WrongOffice
from .identity import OfficeIdentity, device_fingerprint
from .signed import seal, unseal

RECEIPT_FORMAT = "fieldapp-receipt"
RECEIPT_VERSION = 1
MAX_RECEIPT_BYTES = 256 << 20


@dataclass(frozen=True)
class Receipt:
    """A verified receipt: which records of which bundle the office imported, and when."""

    format_version: int
    office_signing_public_key: bytes
    device_id: str
    sequence: int
    bundle_sha256: str
    acknowledged: Mapping[str, tuple[tuple[str, str], ...]]
    imported_at: str

    def acknowledged_ids(self, kind: str) -> frozenset[str]:
        """The record ids of `kind` the office acknowledged."""
        return frozenset(record_id for record_id, _ in self.acknowledged.get(kind, ()))


def write_receipt(
    path: Path,
    *,
    identity: OfficeIdentity,
    device_id: str,
    sequence: int,
    bundle_sha256: str,
    acknowledged: Mapping[str, Sequence[tuple[str, str]]],
    imported_at: str,
) -> None:
    """Write a receipt signed by the office key, atomically. `acknowledged` maps each record
    kind to the `(id, updated_at)` pairs the office imported from the bundle."""
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
        raise BundleError("the receipt sequence number must be an integer from 1")
    if not HEX64.fullmatch(bundle_sha256):
        raise BundleError("bundle_sha256 must be 64 lower-case hex characters")
    pairs: dict[str, list[list[str]]] = {}
    for kind, items in acknowledged.items():
        pairs[check_kind(kind)] = [[str(record_id), str(updated)] for record_id, updated in items]
    document = {
        "format": RECEIPT_FORMAT,
        "format_version": RECEIPT_VERSION,
        "office_signing_public_key": b64encode(identity.public().signing_public_key),
        "device_id": device_id,
        "sequence": sequence,
        "bundle_sha256": bundle_sha256,
        "acknowledged": pairs,
        "imported_at": imported_at,
    }
    atomic_write_bytes(Path(path), seal(document, format_name=RECEIPT_FORMAT, sign=identity.sign))


def read_receipt(
    path: Path, *, office_signing_key: bytes, max_size: int = MAX_RECEIPT_BYTES
) -> Receipt:
    """Read a receipt and verify it against the office signing key this laptop was enrolled
    with. Raises `WrongOffice` when another office signed it, `ReceiptError` when it is
    damaged or altered (and `UnsupportedFormat` for a newer format)."""
    data = read_limited(Path(path), limit=max_size, what="receipt", error=ReceiptError)
    sealed = unseal(data, format_name=RECEIPT_FORMAT, error=ReceiptError)
    if not sealed.verifies_with(office_signing_key):
        claimed = _claimed_key(sealed.body)
        if claimed is not None and claimed != office_signing_key and sealed.verifies_with(claimed):
            raise WrongOffice(
                f"this receipt was signed by another office (key {device_fingerprint(claimed)}), "
                f"not the one this laptop is enrolled with ({device_fingerprint(office_signing_key)})"
            )
        raise ReceiptError("the receipt signature does not verify: the receipt was altered")
    doc = sealed.document(version=RECEIPT_VERSION, error=ReceiptError)
    return _parse(doc, office_signing_key)


def _claimed_key(body: bytes) -> bytes | None:
    """The signing key an unverified receipt names, if any (used for the error message only)."""
    try:
        doc = loads(body, what="receipt", error=ReceiptError)
        if not isinstance(doc, dict):
            return None
        return b64decode(doc.get("office_signing_public_key"), what="key", error=ReceiptError)
    except BundleError:
        return None


def _parse(doc: Mapping[str, Any], office_signing_key: bytes) -> Receipt:
    key = b64decode(doc.get("office_signing_public_key"), what="office key", error=ReceiptError)
    if key != office_signing_key:
        raise WrongOffice("the receipt names another office key than the one that signed it")
    device_id, sequence = doc.get("device_id"), doc.get("sequence")
    bundle_sha256, imported_at = doc.get("bundle_sha256"), doc.get("imported_at")
    if not isinstance(device_id, str) or not isinstance(imported_at, str):
        raise ReceiptError("the receipt has no device_id or imported_at")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
        raise ReceiptError("the receipt has no valid sequence number")
    if not isinstance(bundle_sha256, str) or not HEX64.fullmatch(bundle_sha256):
        raise ReceiptError("the receipt has no valid bundle_sha256")
    raw = doc.get("acknowledged")
    if not isinstance(raw, dict):
        raise ReceiptError("the receipt has no acknowledged records")
    acknowledged: dict[str, tuple[tuple[str, str], ...]] = {}
    for kind, items in raw.items():
        if not isinstance(items, list) or not all(_is_pair(item) for item in items):
            raise ReceiptError(f"the receipt's acknowledged {kind!r} are not (id, updated_at)")
        acknowledged[kind] = tuple((item[0], item[1]) for item in items)
    return Receipt(
        format_version=int(doc["format_version"]),
        office_signing_public_key=key,
        device_id=device_id,
        sequence=sequence,
        bundle_sha256=bundle_sha256,
        acknowledged=acknowledged,
        imported_at=imported_at,
    )


def _is_pair(item: object) -> bool:
    return (
        isinstance(item, list)
        and len(item) == 2
        and isinstance(item[0], str)
        and isinstance(item[1], str)
    )
