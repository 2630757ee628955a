"""`fieldapp office protect-keys|change-passphrase`: the passphrase on the office's keys."""

from __future__ import annotations

import argparse

from fieldapp.cli.common import CliEnv
from fieldapp.cli.guard import guarded
from fieldapp.cli.passphrase import (
    add_passphrase_option,
    current_passphrase,
    new_passphrase,
    office_keys,
    passphrase_file,
)
from fieldapp.services.office.key_errors import KeysAlreadyProtected, KeysNotProtected, key_text


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the key subcommands to the `office` group."""
    protect = commands.add_parser(
        "protect-keys", help="protect the office's private keys with a passphrase"
    )
    add_passphrase_option(
        protect,
        help_text="file whose first line is the new passphrase (default: "
        "$FIELDAPP_OFFICE_PASSPHRASE_FILE; else typed twice)",
    )
    protect.set_defaults(handler=guarded(_protect))

    change = commands.add_parser("change-passphrase", help="change the office keys' passphrase")
    add_passphrase_option(change)
    change.add_argument(
        "--new-passphrase-file", metavar="FILE", help="file whose first line is the new one"
    )
    change.set_defaults(handler=guarded(_change))


def _protect(env: CliEnv) -> int:
    keys = office_keys(env)
    keys.public()  # NotAnOffice before a passphrase is asked for
    if keys.protected():
        raise KeysAlreadyProtected()
    source = passphrase_file(env)
    passphrase = new_passphrase(
        env, file=str(source) if source else None, option="--passphrase-file"
    )
    keys.protect(passphrase)
    env.error(key_text("protected", env.lang, folder=keys.directory))
    return 0


def _change(env: CliEnv) -> int:
    keys = office_keys(env)
    keys.public()  # NotAnOffice before a passphrase is asked for
    if not keys.protected():
        raise KeysNotProtected()
    old = current_passphrase(env)
    new = new_passphrase(env, file=env.args.new_passphrase_file, option="--new-passphrase-file")
    keys.change_passphrase(old=old, new=new)
    env.error(key_text("changed", env.lang))
    return 0
