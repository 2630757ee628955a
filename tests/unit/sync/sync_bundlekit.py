"""Helpers for the sync tests: sample content, and surgery on a bundle's plain zip (replace,
drop or add members, re-sign a changed manifest) as an attacker or a buggy writer would."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldapp.sync import BundleContent, public_key_bytes

ARABIC_NAME = "فاطمة الزهراء بنعلي"
ARABIC_PLACE = "فاس — دار الصانع"


def attendee(index: int) -> dict[str, Any]:
    """A realistic attendee record with Arabic text and personal data."""
    return {
        "id": f"0190f0a0-0000-7000-8000-{index:012d}",
        "session_id": "s-1",
        "name_ar": ARABIC_NAME,
        "name_lat": "Fatima Zahra Benali",
        "cin": f"JA{index:06d}",
        "phone": "+212612345678",
        "birth_year": 1980,
        "consent": True,
        "printed_at": None,
        "notes": "سطر أول\nسطر ثان \u2028 «مقتبس»",
        "updated_at": "2025-08-01T09:30:00.000001Z",
    }


def make_content(
    key: Ed25519PrivateKey,
    *,
    sequence: int = 1,
    records: Mapping[str, list[dict[str, Any]]] | None = None,
) -> BundleContent:
    """Bundle content for the device `key`, by default with a few kinds of records."""
    if records is None:
        records = {
            "attendees": [attendee(i) for i in range(5)],
            "answers": [{"id": f"a{i}", "attendee_id": f"x{i}", "value": "نعم"} for i in range(3)],
            "tombstones": [],
        }
    return BundleContent(
        device_id="laptop-ouarzazate-1",
        device_public_key=public_key_bytes(key),
        sequence=sequence,
        app_version="0.1.0",
        created_at="2025-08-01T18:00:00.000000Z",
        sessions=({"id": "s-1", "place": ARABIC_PLACE, "date": "2025-08-01"},),
        forms=({"id": "outreach-amo-rna", "version": "3", "content_hash": "ab" * 32},),
        records=records,
    )


def read_members(zip_bytes: bytes) -> dict[str, bytes]:
    """Member name → bytes, in zip order."""
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def build_zip(members: Mapping[str, bytes]) -> bytes:
    """A zip holding `members` in the given order (names written as given)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return out.getvalue()


def resign(
    members: dict[str, bytes], key: Ed25519PrivateKey, change: Callable[[dict[str, Any]], None]
) -> dict[str, bytes]:
    """Apply `change` to the parsed manifest, then re-serialise and re-sign it with `key`."""
    manifest = json.loads(members["manifest.json"])
    change(manifest)
    data = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    return {**members, "manifest.json": data, "manifest.sig": key.sign(data)}


def decrypt_file(path: Path, identity: pyrage.x25519.Identity) -> bytes:
    """The plain zip inside an encrypted bundle (what the office sees)."""
    return bytes(pyrage.decrypt(path.read_bytes(), [identity]))


def encrypt_to(path: Path, plain: bytes, recipient: str) -> None:
    """Write `plain` encrypted to `recipient`, as an attacker knowing the public key could."""
    path.write_bytes(pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient)]))
