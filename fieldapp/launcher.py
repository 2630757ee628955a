"""One entry point for the frozen build: the GUI by default, the CLI when a command is given.

`fieldapp` alone (or with only `--data-dir`/`--lang`) opens the window; `fieldapp --version`,
`fieldapp self-test` or any other command runs the command-line interface. An executable named
`fieldapp-cli` (the console build on Windows) always runs the CLI.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from fieldapp.front_end import wants_cli


def _attach_parent_console() -> None:
    """A windowed Windows executable has no stdout: borrow the console it was started from."""
    if os.name != "nt" or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # type: ignore[attr-defined]
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the process)
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        sys.stdin = open("CONIN$", encoding="utf-8")  # noqa: SIM115


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the CLI or the GUI and return the exit code."""
    arguments = list(sys.argv if argv is None else argv)
    if wants_cli(arguments[0], arguments[1:]):
        _attach_parent_console()
        from fieldapp.cli import main as cli_main

        return cli_main(arguments[1:])
    from fieldapp.app import main as gui_main

    return gui_main(arguments)


if __name__ == "__main__":
    sys.exit(main())
