"""The office keys in the services: public parts without a passphrase, refusals at once
while the keys are locked, passphrase rules. No test here runs scrypt (the session fixture
`protected_office` did, once); unlocking is tested through the CLI and the real window."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.services.app import open_services
from fieldapp.services.office.key_errors import (
    KeysAlreadyProtected,
    KeysLocked,
    KeysNotProtected,
    PassphraseRefused,
    key_text,
    unprotected_notice,
)
from fieldapp.services.office.keys import OfficeKeys, check_new_passphrase, read_passphrase_file
from fieldapp.sync import OfficeKeyError
from tests.office_keys_kit import ProtectedOffice

from .office_kit import full_dump, make_office


def test_an_office_made_by_init_is_unprotected_and_needs_no_passphrase(tmp_path: Path) -> None:
    office = make_office(tmp_path)
    keys = office.office_keys
    assert keys.exists() and not keys.protected() and not keys.locked()
    assert office.office.info().fingerprint == keys.identity().fingerprint()
    notice = unprotected_notice(keys.directory, "fr")
    assert "protect-keys" in notice and str(keys.directory) in notice
    office.close()


def test_keys_made_before_the_public_file_still_show_their_fingerprint(tmp_path: Path) -> None:
    office = make_office(tmp_path)
    expected = office.office.info().fingerprint
    (office.office_keys.directory / "office-public.json").unlink()  # an office from before
    office.close()
    assert OfficeKeys(tmp_path / "office").public().fingerprint == expected


def test_locked_keys_show_the_fingerprint_but_refuse_private_work_at_once(
    tmp_path: Path, protected_office: ProtectedOffice
) -> None:
    office = open_services(data_dir=tmp_path / "clerk-pc", agent="clerk")
    protected_office.install(office.data_dir)
    keys = office.office_keys
    assert keys.protected() and keys.locked()
    assert office.office.info().fingerprint == protected_office.fingerprint  # no passphrase
    with pytest.raises(KeysLocked) as locked:
        keys.identity()
    assert "--passphrase-file" in locked.value.message("ar")
    before = full_dump(office)
    bundle = protected_office.bundle_copy(tmp_path)
    with pytest.raises(KeysLocked):  # the whole import, before a file is opened
        office.bundle_import.import_bundles(paths=[bundle], trust_new_devices=True)
    with pytest.raises(KeysLocked):  # a profile is signed
        office.office.write_profile(path=tmp_path / "p.json", office_name="x")
    assert full_dump(office) == before
    assert not Path(f"{bundle}.receipt.json").exists() and not (tmp_path / "p.json").exists()
    office.close()


def test_protecting_twice_changing_unprotected_keys_and_a_second_init_are_refused(
    tmp_path: Path, protected_office: ProtectedOffice
) -> None:
    plain = OfficeKeys(tmp_path / "plain")
    plain.create()
    with pytest.raises(KeysNotProtected):
        plain.change_passphrase(old="whatever1", new="whatever2")
    locked = OfficeKeys(tmp_path / "clerk")
    protected_office.install(tmp_path / "clerk")
    with pytest.raises(KeysAlreadyProtected):
        locked.protect("a new passphrase")
    with pytest.raises(OfficeKeyError, match="already exist"):
        locked.create()  # never replaces protected keys with new ones


@pytest.mark.parametrize(
    ("passphrase", "repeated", "key"),
    [("Xq7#z", None, "too_short"), ("Xq7#zWv9 mo", "Xq7#zWv9 mp", "mismatch")],
)
def test_a_new_passphrase_is_checked_before_any_work(
    passphrase: str, repeated: str | None, key: str
) -> None:
    with pytest.raises(PassphraseRefused) as refused:
        check_new_passphrase(passphrase, repeated)
    assert refused.value.key == key
    messages = {refused.value.message(lang) for lang in ("ar", "fr", "en")}
    assert len(messages) == 3 and passphrase not in "".join(messages)


def test_a_passphrase_file_gives_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "pass"
    path.write_bytes("كلمة سر طويلة \r\nsecond line\n".encode())
    assert read_passphrase_file(path) == "كلمة سر طويلة "  # only the line ending is dropped
    path.write_bytes(b"\n")
    with pytest.raises(PassphraseRefused, match="holds no passphrase"):
        read_passphrase_file(path)
    with pytest.raises(PassphraseRefused, match="Cannot read the passphrase"):
        read_passphrase_file(tmp_path / "missing")


KEY_TEXTS = (
    "locked", "wrong", "too_short", "mismatch", "unreadable_file", "empty_file",
    "already_protected", "not_protected", "no_terminal_new", "prompt", "prompt_new",
    "prompt_repeat", "protected", "changed", "notice",
)  # fmt: skip


def test_every_passphrase_text_is_translated_and_counts_the_minimum_length() -> None:
    params = {"folder": "F", "file": "X", "reason": "r", "option": "--o"}
    for key in KEY_TEXTS:
        said = {lang: key_text(key, lang, **params) for lang in ("ar", "fr", "en")}
        assert len(set(said.values())) == 3, key  # no language falls back to English
    assert "8 أحرف" in key_text("too_short", "ar") and "8 caractères" in key_text(
        "prompt_new", "fr"
    )
