"""Which laptops the office trusts: a device id bound to its Ed25519 key, accepted by a
person who compared the key's fingerprint with the one the laptop shows."""

from __future__ import annotations

import base64

from fieldapp.services.bundles.errors import UntrustedDevice
from fieldapp.services.context import ServiceContext
from fieldapp.services.events import Change
from fieldapp.store.office.database import OfficeDatabase
from fieldapp.store.office.trusted_devices import TrustedDevice, TrustedDevices
from fieldapp.store.stamp import Stamp
from fieldapp.sync import device_fingerprint


class DeviceTrust:
    """Trust decisions and the record of imported bundles."""

    def __init__(self, context: ServiceContext, database: OfficeDatabase) -> None:
        self._ctx = context
        self._db = database
        self.registry = TrustedDevices(database)

    def trust_device(
        self, *, device_id: str, public_key: bytes, replace: bool = False
    ) -> TrustedDevice:
        """Accept a laptop's key. A device already trusted with another key is refused
        unless `replace` (a reinstalled laptop keeping its id)."""
        known = self.registry.get(device_id)
        fingerprint = device_fingerprint(public_key)
        if known is not None and known.fingerprint != fingerprint and not replace:
            raise UntrustedDevice(
                f"laptop {device_id} is already trusted with key {known.fingerprint}; "
                f"replacing it by {fingerprint} must be asked for explicitly",
                device_id=device_id,
                fingerprint=fingerprint,
            )
        with self._db.transaction(self._ctx.agent or "office") as stamp:
            self.record(device_id, public_key, stamp)
        self._ctx.bus.publish(Change("device", ids=(device_id,)))
        result = self.registry.get(device_id)
        assert result is not None
        return result

    def record(self, device_id: str, public_key: bytes, stamp: Stamp) -> None:
        """Store the trust decision inside the caller's transaction."""
        self.registry.trust(
            device_id=device_id,
            public_key=base64.b64encode(public_key).decode("ascii"),
            fingerprint=device_fingerprint(public_key),
            at=stamp.at,
            agent=stamp.agent,
        )

    def devices(self) -> list[TrustedDevice]:
        """Every trusted laptop with its last imported bundle number."""
        with self._db.reading("trusted_devices"):
            return self.registry.all()
