"""Which front end a command line asks for: the window or the command-line interface.

Shared by the frozen build's launcher and `fieldapp` run without a command, so neither
imports the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PureWindowsPath

# PureWindowsPath splits on both separators. Options both front ends accept, each followed by a value.
_VALUE_OPTIONS = frozenset({"--data-dir", "--lang", "--agent"})
_CLI_ONLY_FLAGS = frozenset({"--version", "-h", "--help"})


def wants_cli(program: str, arguments: Sequence[str]) -> bool:
    """True when the command line asks for a CLI command rather than the window."""
    if PureWindowsPath(program).stem.lower() == "fieldapp-cli":
        return True
    skip_value = False
    for argument in arguments:
        if skip_value:
            skip_value = False
            continue
        if argument in _VALUE_OPTIONS:
            skip_value = True
        elif argument in _CLI_ONLY_FLAGS or not argument.startswith("-"):
            return True
    return False
