"""The office identity of a data directory: created once, kept in `<data dir>/office/`."""

from __future__ import annotations

from pathlib import Path

from fieldapp.services.bundles.errors import NotAnOffice
from fieldapp.sync import OfficeIdentity, OfficeKeyError

OFFICE_DIR = "office"


class OfficeKeys:
    """Loads the office identity on first use; `create()` makes it (never overwriting)."""

    def __init__(self, data_dir: Path) -> None:
        self.directory = Path(data_dir) / OFFICE_DIR
        self._identity: OfficeIdentity | None = None

    def exists(self) -> bool:
        """Whether this data directory holds office keys."""
        return self.directory.is_dir() and any(self.directory.iterdir())

    def create(self) -> OfficeIdentity:
        """Generate and save a new office identity; OfficeKeyError if one exists."""
        identity = OfficeIdentity.generate()
        identity.save(self.directory)
        self._identity = identity
        return identity

    def identity(self) -> OfficeIdentity:
        """The office identity; NotAnOffice when this data directory has none."""
        if self._identity is None:
            if not self.exists():
                raise NotAnOffice(
                    f"this data directory is not a chamber office (no keys in {self.directory}): "
                    "run `fieldapp office init` on the office computer"
                )
            try:
                self._identity = OfficeIdentity.load(self.directory)
            except OfficeKeyError as error:
                raise NotAnOffice(str(error)) from None
        return self._identity
