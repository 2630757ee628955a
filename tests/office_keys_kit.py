"""A chamber office whose keys are protected by a passphrase, made once per test session.

scrypt costs about a second (and 512 MB) per protect or unlock, so the suite pays for it
once here and in the few tests about the passphrase itself; every other test makes offices
with unprotected keys (still a supported state: protection is offered). A test copies the
key folder into a fresh data directory, as IT copies it onto a clerk's PC.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from fieldapp.services.office.keys import OFFICE_DIR, OfficeKeys
from fieldapp.sync import BUNDLE_SUFFIX

PASSPHRASE = "Kelmim-2025 bureau"


@dataclass(frozen=True)
class ProtectedOffice:
    """The protected key folder, a profile laptops enrol with, and one laptop's bundle
    (one session, one attendee) encrypted to that office."""

    keys: Path
    profile: Path
    bundle: Path
    fingerprint: str
    passphrase: str = PASSPHRASE

    def install(self, data_dir: Path) -> Path:
        """Copy the key folder into `data_dir` (an office PC set up by IT); returns it."""
        target = Path(data_dir) / OFFICE_DIR
        shutil.copytree(self.keys, target)
        return target

    def bundle_copy(self, folder: Path) -> Path:
        """The bundle copied into `folder` (the import writes its receipt beside it)."""
        target = Path(folder) / f"laptop{BUNDLE_SUFFIX}"
        shutil.copyfile(self.bundle, target)
        return target


def make_protected_office(root: Path) -> ProtectedOffice:
    """Build the office (plain keys), its profile and a laptop's bundle, then protect the
    keys with PASSPHRASE (the one scrypt run)."""
    from tests.unit.services.office.office_kit import make_laptop, make_office, new_session, person

    office = make_office(root)
    laptop = make_laptop(root, "laptop", office)
    try:
        session = new_session(laptop)
        laptop.attendees.register(session_id=session, data=person("فاطمة بنعلي", "JA123456"))
        bundle = laptop.bundle_export.export_bundle(target=root).path
    finally:
        laptop.close()
    keys = OfficeKeys(office.data_dir)
    fingerprint = keys.public().fingerprint
    keys.protect(PASSPHRASE)
    office.close()
    return ProtectedOffice(keys.directory, root / "laptop-profile.json", bundle, fingerprint)
