"""The office's record of trusted laptops and of every bundle imported from them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.store.office.database import OfficeDatabase


@dataclass(frozen=True, slots=True)
class TrustedDevice:
    """A laptop whose bundles the office accepts, with the last bundle imported from it."""

    device_id: str
    public_key: str  # standard base64 of the raw Ed25519 key
    fingerprint: str
    trusted_at: str
    agent: str
    last_sequence: int
    bundles: int


@dataclass(frozen=True, slots=True)
class ImportedBundle:
    """One bundle merged into the office database."""

    device_id: str
    sequence: int
    file_sha256: str
    imported_at: str
    counts: dict[str, Any]


class TrustedDevices:
    """`sync_devices` (trusted keys) and `sync_imports` (what was merged, for replay checks)."""

    def __init__(self, db: OfficeDatabase) -> None:
        self._db = db

    def get(self, device_id: str) -> TrustedDevice | None:
        """The trusted device with that id, if any."""
        rows = list(
            self._db.query(
                "SELECT d.*, COALESCE(MAX(i.sequence), 0) AS last_sequence, "
                "COUNT(i.sequence) AS bundles FROM sync_devices d "
                "LEFT JOIN sync_imports i ON i.device_id = d.device_id "
                "WHERE d.device_id = ? GROUP BY d.device_id",
                [device_id],
            )
        )
        return _device(rows[0]) if rows else None

    def all(self) -> list[TrustedDevice]:
        """Every trusted device, by trust date."""
        rows = self._db.query(
            "SELECT d.*, COALESCE(MAX(i.sequence), 0) AS last_sequence, "
            "COUNT(i.sequence) AS bundles FROM sync_devices d "
            "LEFT JOIN sync_imports i ON i.device_id = d.device_id "
            "GROUP BY d.device_id ORDER BY d.trusted_at, d.device_id"
        )
        return [_device(row) for row in rows]

    def trust(
        self, *, device_id: str, public_key: str, fingerprint: str, at: str, agent: str
    ) -> None:
        """Register (or re-key) a device (inside the caller's transaction)."""
        self._db.execute(
            "INSERT INTO sync_devices (device_id, public_key, fingerprint, trusted_at, agent) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET "
            "public_key = excluded.public_key, fingerprint = excluded.fingerprint, "
            "trusted_at = excluded.trusted_at, agent = excluded.agent",
            [device_id, public_key, fingerprint, at, agent],
        )

    def imported(self, file_sha256: str) -> ImportedBundle | None:
        """The import of the file with that hash, if it was imported before."""
        rows = list(
            self._db.query("SELECT * FROM sync_imports WHERE file_sha256 = ?", [file_sha256])
        )
        return _imported(rows[0]) if rows else None

    def imported_sequence(self, device_id: str, sequence: int) -> ImportedBundle | None:
        """The import of that device's bundle number, if any."""
        rows = list(
            self._db.query(
                "SELECT * FROM sync_imports WHERE device_id = ? AND sequence = ?",
                [device_id, sequence],
            )
        )
        return _imported(rows[0]) if rows else None

    def record_import(
        self,
        *,
        device_id: str,
        sequence: int,
        file_sha256: str,
        at: str,
        counts: Mapping[str, Any],
    ) -> None:
        """Log a merged bundle (inside the merge transaction)."""
        self._db.execute(
            "INSERT INTO sync_imports (device_id, sequence, file_sha256, imported_at, counts) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                device_id,
                sequence,
                file_sha256,
                at,
                json.dumps(dict(counts), sort_keys=True),
            ],
        )


def _device(row: Mapping[str, Any]) -> TrustedDevice:
    return TrustedDevice(
        device_id=row["device_id"],
        public_key=row["public_key"],
        fingerprint=row["fingerprint"],
        trusted_at=row["trusted_at"],
        agent=row["agent"],
        last_sequence=int(row["last_sequence"]),
        bundles=int(row["bundles"]),
    )


def _imported(row: Mapping[str, Any]) -> ImportedBundle:
    return ImportedBundle(
        device_id=row["device_id"],
        sequence=int(row["sequence"]),
        file_sha256=row["file_sha256"],
        imported_at=row["imported_at"],
        counts=json.loads(row["counts"]),
    )
