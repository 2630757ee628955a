"""The office trust boundary: what a hostile bundle costs the office, and the memory of a
genuine import. Each figure is measured in a fresh child process (peak RSS is per process):

- refusing a ~70 KB bomb (70 MiB of empty records, signed by an unknown key) beside the same
  child doing nothing but open the office (time: beside decrypting the file with pyrage);
- importing a genuine 100,000-attendee bundle beside a child that only parses its records.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from bench.bench_sync import _laptop
from bench.results import Result
from bench.timing import ms, progress
from fieldapp.services.app import open_services

BOMB_BYTES = 70 << 20


def write_bomb(path: Path, recipient: str) -> Path:
    """A bundle from an unknown device whose one member is BOMB_BYTES of `{}` lines."""
    key = Ed25519PrivateKey.generate()
    member = b"{}\n" * (BOMB_BYTES // 3)
    manifest = {
        "format": "fieldapp-bundle",
        "format_version": 1,
        "app_version": "0.1.0",
        "created_at": "2026-01-01T00:00:00.000000Z",
        "device_id": "stranger",
        "device_public_key": base64.b64encode(
            key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        ).decode(),
        "sequence": 1,
        "sessions": [],
        "forms": [],
        "counts": {"attendees": member.count(b"\n")},
        "members": {
            "records/attendees.jsonl": {
                "sha256": hashlib.sha256(member).hexdigest(),
                "size": len(member),
            }
        },
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("records/attendees.jsonl", member)
        zf.writestr("manifest.json", manifest_bytes)
        zf.writestr("manifest.sig", key.sign(manifest_bytes))
    target = pyrage.x25519.Recipient.from_str(recipient)
    path.write_bytes(pyrage.encrypt(plain.getvalue(), [target]))
    return path


def _run_child(mode: str, office: Path, bundle: Path) -> dict[str, float]:
    code = f"from bench.trust_child import child; child({mode!r}, {str(office)!r}, {str(bundle)!r})"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=1800
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def run(*, quick: bool = False) -> list[Result]:
    """The bomb's refusal (time, peak RSS) and a genuine import's peak RSS."""
    attendees = 10_000 if quick else 100_000
    root = Path(tempfile.mkdtemp(prefix="bench_trust_"))
    try:
        keys = open_services(data_dir=root / "keys", agent="bench")
        keys.office.init_identity()
        recipient = keys.office.info().recipient
        bomb = write_bomb(root / "bomb.fieldbundle", recipient)
        progress(f"  bomb: {bomb.stat().st_size:,} bytes, unpacking to {BOMB_BYTES:,}")
        laptop = _laptop(root, keys, attendees)
        genuine = laptop.bundle_export.export_bundle(target=root / "genuine.fieldbundle").path
        laptop.close()

        def office(name: str) -> Path:
            directory = root / name
            shutil.copytree(keys.office.keys.directory, directory / "office")
            return directory

        keys.close()
        refused = _run_child("refuse", office("o1"), bomb)
        decrypted = _run_child("decrypt", office("o2"), bomb)
        imported = _run_child("import", office("o3"), genuine)
        parsed = _run_child("parse", office("o4"), genuine)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    size = f"{attendees // 1000}k"
    return [
        Result(
            "refuse a 70 KB bomb from an unknown laptop",
            "ms",
            ms(refused["seconds"]),
            "decrypt the same file (pyrage)",
            ms(decrypted["seconds"]),
        ),
        Result(
            "  same, peak RSS of the office process",
            "MB",
            refused["rss_mb"],
            "office process that only decrypts it",
            decrypted["rss_mb"],
            target=1.5,
        ),
        Result(
            f"genuine import of {size} attendees, peak RSS",
            "MB",
            imported["rss_mb"],
            "process that only reads and parses its records",
            parsed["rss_mb"],
            target=1.0,  # records stream into the merger's staging: never all in memory
        ),
    ]
