"""Refusals about the office keys' passphrase, in Arabic, French and English, and the notice
shown while the keys are not protected yet. The passphrase itself is never part of a message."""

from __future__ import annotations

from pathlib import Path

from fieldapp.domain.texts import plural, text
from fieldapp.services.bundles.errors import SyncError

MIN_PASSPHRASE = 8

# The texts are in the gettext catalogue, context `office_keys` (fieldapp/locale/*/fieldapp.po);
# `too_short` and `prompt_new` are plurals of MIN_PASSPHRASE.
COUNTED = frozenset({"too_short", "prompt_new"})


def key_text(key: str, lang: str, **params: object) -> str:
    """The `office_keys.<key>` text in `lang` (English when the language is unknown)."""
    if key in COUNTED:
        return plural(f"office_keys.{key}", MIN_PASSPHRASE, lang, **params)
    return text(f"office_keys.{key}", lang, **params)


def unprotected_notice(folder: Path, lang: str) -> str:
    """What to tell a clerk while the office keys have no passphrase."""
    return key_text("notice", lang, folder=folder)


class PassphraseError(SyncError):
    """A refusal about the passphrase; `message(lang)` says what to do."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return key_text(self.key, lang, **self.params)


class KeysLocked(PassphraseError):
    """The keys are protected and no passphrase was given (no terminal, no passphrase file)."""

    def __init__(self) -> None:
        super().__init__("locked")


class WrongPassphrase(PassphraseError):
    """The passphrase does not open the office identity."""

    def __init__(self, folder: Path) -> None:
        super().__init__("wrong", folder=folder)


class PassphraseRefused(PassphraseError):
    """A new passphrase is refused (too short, two entries that differ) or a passphrase file
    cannot be read."""


class KeysAlreadyProtected(PassphraseError):
    """`protect-keys` on keys that have a passphrase already."""

    def __init__(self) -> None:
        super().__init__("already_protected")


class KeysNotProtected(PassphraseError):
    """`change-passphrase` on keys that have none yet."""

    def __init__(self) -> None:
        super().__init__("not_protected")
