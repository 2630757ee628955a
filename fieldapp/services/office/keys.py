"""The office identity of a data directory: created once, kept in `<data dir>/office/`,
protected by a passphrase once the clerk chose one (`protect`).

The public keys are read from the plain public file, so showing the fingerprint or the
recipient never asks for the passphrase. The private keys are unlocked only for what needs
them (decrypting a bundle, signing a receipt or a profile), once per process: unlocking costs
a second of scrypt work and half a gigabyte of memory.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fieldapp.services.bundles.errors import NotAnOffice
from fieldapp.services.office.key_errors import (
    MIN_PASSPHRASE,
    KeysAlreadyProtected,
    KeysLocked,
    KeysNotProtected,
    PassphraseRefused,
    WrongPassphrase,
)
from fieldapp.sync import OfficeIdentity, OfficeKeyError, OfficePublicKeys
from fieldapp.sync import protected_keys as sealed

OFFICE_DIR = "office"
PASSPHRASE_FILE_ENV = "FIELDAPP_OFFICE_PASSPHRASE_FILE"
_MAX_PASSPHRASE_FILE = 4096

log = logging.getLogger(__name__)


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> str:
    """Return `passphrase` if it may protect the keys; PassphraseRefused says why not (too
    short; `repeated`, when given, differs)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise PassphraseRefused("too_short")
    if repeated is not None and repeated != passphrase:
        raise PassphraseRefused("mismatch")
    return passphrase


def read_passphrase_file(path: Path) -> str:
    """The passphrase in the first line of `path` (its line ending dropped, nothing else)."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(_MAX_PASSPHRASE_FILE)
        text = data.decode("utf-8")
    except OSError as error:
        raise PassphraseRefused(
            "unreadable_file", file=path, reason=error.strerror or type(error).__name__
        ) from None
    except UnicodeDecodeError:
        raise PassphraseRefused("unreadable_file", file=path, reason="not UTF-8 text") from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise PassphraseRefused("empty_file", file=path)
    return lines[0]


class OfficeKeys:
    """The office key folder. `public()` never unlocks; `identity()` gives the private keys
    when they are plain or already unlocked, and refuses at once (KeysLocked) otherwise;
    `unlock(passphrase)` opens protected keys and keeps them for this process."""

    def __init__(self, data_dir: Path) -> None:
        self.directory = Path(data_dir) / OFFICE_DIR
        self._identity: OfficeIdentity | None = None
        self._public: OfficePublicKeys | None = None

    def exists(self) -> bool:
        """Whether this data directory holds office keys."""
        return self.directory.is_dir() and any(self.directory.iterdir())

    def protected(self) -> bool:
        """Whether the private keys are protected by a passphrase."""
        return sealed.is_protected(self.directory)

    def locked(self) -> bool:
        """Whether a private key is needed and a passphrase must be given first."""
        return self._identity is None and self.protected()

    def create(self) -> OfficeIdentity:
        """Generate and save a new office identity (unprotected, with its public file);
        OfficeKeyError if one exists."""
        if self.protected():
            raise OfficeKeyError(f"office keys already exist in {self.directory}; not replacing")
        identity = OfficeIdentity.generate()
        identity.save(self.directory)
        sealed.write_public(self.directory, identity.public())
        self._identity = identity
        return identity

    def public(self) -> OfficePublicKeys:
        """The office's public keys, without a passphrase; NotAnOffice when there are none."""
        if self._public is None:
            self._require()
            try:
                if (self.directory / sealed.PUBLIC_FILE).exists():
                    self._public = sealed.read_public(self.directory)
                elif self.protected():
                    raise OfficeKeyError(
                        f"{self.directory / sealed.PUBLIC_FILE} is missing: copy the whole "
                        "office folder again"
                    )
                else:  # keys made before the public file existed
                    self._public = self.identity().public()
            except OfficeKeyError as error:
                raise NotAnOffice(str(error)) from None
        return self._public

    def identity(self) -> OfficeIdentity:
        """The office's private keys; KeysLocked at once when a passphrase is needed first,
        NotAnOffice when this data directory has none."""
        if self._identity is None:
            self._require()
            if self.protected():
                raise KeysLocked()
            try:
                self._identity = OfficeIdentity.load(self.directory)
            except OfficeKeyError as error:
                raise NotAnOffice(str(error)) from None
        return self._identity

    def unlock(self, passphrase: str) -> OfficeIdentity:
        """Open protected keys with `passphrase` (kept unlocked for this process);
        WrongPassphrase when it does not open them. Plain keys need no passphrase."""
        if self._identity is not None or not self.protected():
            return self.identity()
        try:
            identity = sealed.load_protected(self.directory, passphrase)
        except sealed.WrongPassphrase:
            log.info("office keys: a passphrase was refused")
            raise WrongPassphrase(self.directory) from None
        except OfficeKeyError as error:
            raise NotAnOffice(str(error)) from None
        self._identity = identity
        log.info("office keys unlocked")
        return identity

    def protect(self, passphrase: str) -> None:
        """Protect plain keys with a new passphrase (the plain key files are deleted once the
        protected ones are written); KeysAlreadyProtected if they have one."""
        check_new_passphrase(passphrase)
        if self.protected():
            raise KeysAlreadyProtected()
        identity = self.identity()
        try:
            sealed.save_protected(identity, self.directory, passphrase)
        except OfficeKeyError as error:
            raise NotAnOffice(str(error)) from None
        self._public = identity.public()
        log.info("office keys protected by a passphrase")

    def change_passphrase(self, *, old: str, new: str) -> None:
        """Replace the passphrase (`old` must open the keys); the keys stay the same, so
        laptops and bundles on sticks are not affected."""
        check_new_passphrase(new)
        if not self.protected():
            raise KeysNotProtected()
        try:
            self._identity = sealed.change_passphrase(self.directory, old, new)
        except sealed.WrongPassphrase:
            raise WrongPassphrase(self.directory) from None
        except OfficeKeyError as error:
            raise NotAnOffice(str(error)) from None
        log.info("office keys: passphrase changed")

    def _require(self) -> None:
        if not self.exists():
            raise NotAnOffice(
                f"this data directory is not a chamber office (no keys in {self.directory}): "
                "run `fieldapp office init` on the office computer"
            )
