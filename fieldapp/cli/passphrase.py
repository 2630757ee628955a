"""The office keys' passphrase on the command line: from `--passphrase-file` or
`FIELDAPP_OFFICE_PASSPHRASE_FILE`, else typed at a terminal prompt (getpass). With neither a
file nor a terminal, a command that needs the keys refuses at once: it never waits on a
prompt nobody can answer. The passphrase is never printed, logged or stored."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from fieldapp.cli.common import CliEnv
from fieldapp.services.office.key_errors import (
    KeysLocked,
    PassphraseRefused,
    WrongPassphrase,
    key_text,
    unprotected_notice,
)
from fieldapp.services.office.keys import (
    PASSPHRASE_FILE_ENV,
    OfficeKeys,
    check_new_passphrase,
    read_passphrase_file,
)

PROMPT_ATTEMPTS = 3


def add_passphrase_option(parser: argparse.ArgumentParser, *, help_text: str = "") -> None:
    """`--passphrase-file FILE` on a command that needs the office's private keys."""
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=help_text
        or f"file whose first line is the office keys' passphrase (default: ${PASSPHRASE_FILE_ENV})",
    )


def can_prompt() -> bool:
    """Whether someone can answer a prompt: stdin is a terminal."""
    return sys.stdin is not None and sys.stdin.isatty()


def passphrase_file(env: CliEnv) -> Path | None:
    """`--passphrase-file`, else `$FIELDAPP_OFFICE_PASSPHRASE_FILE`, else None."""
    named = getattr(env.args, "passphrase_file", None) or os.environ.get(PASSPHRASE_FILE_ENV)
    return Path(named) if named else None


def office_keys(env: CliEnv) -> OfficeKeys:
    """The office keys of the data directory (the services opened)."""
    return env.services().office_keys


def unlock_office(env: CliEnv) -> None:
    """Make the office's private keys usable before any work: a notice while they are not
    protected; else the passphrase from the file, or typed (three tries), or KeysLocked."""
    keys = office_keys(env)
    if not keys.exists():
        return  # the service itself says this is not an office
    if not keys.protected():
        env.error(unprotected_notice(keys.directory, env.lang))
        return
    if not keys.locked():
        return
    source = passphrase_file(env)
    if source is not None:
        keys.unlock(read_passphrase_file(source))
        return
    if not can_prompt():
        raise KeysLocked()
    for attempt in range(PROMPT_ATTEMPTS):
        try:
            keys.unlock(getpass.getpass(key_text("prompt", env.lang)))
            return
        except WrongPassphrase as wrong:
            if attempt == PROMPT_ATTEMPTS - 1:
                raise
            env.error(wrong.message(env.lang))


def current_passphrase(env: CliEnv) -> str:
    """The passphrase the keys have now (file, else prompt, else KeysLocked)."""
    source = passphrase_file(env)
    if source is not None:
        return read_passphrase_file(source)
    if not can_prompt():
        raise KeysLocked()
    return getpass.getpass(key_text("prompt", env.lang))


def new_passphrase(env: CliEnv, *, file: str | None, option: str) -> str:
    """A new passphrase: the first line of `file`, else typed twice at the prompt."""
    if file:
        return check_new_passphrase(read_passphrase_file(Path(file)))
    if not can_prompt():
        raise PassphraseRefused("no_terminal_new", option=option)
    first = getpass.getpass(key_text("prompt_new", env.lang))
    check_new_passphrase(first)
    return check_new_passphrase(first, getpass.getpass(key_text("prompt_repeat", env.lang)))
