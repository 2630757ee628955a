"""Headless commands: the same services the GUI uses.

stdout carries results, stderr messages. Exit codes: 0 ok, 1 input rejected, 2 usage.
Each command group lives in its own module with a `register(subparsers)` function.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from fieldapp import __version__
from fieldapp.cli import (
    answers,
    attendees,
    backup,
    bundle,
    documents,
    forms,
    office,
    selftest,
    sessions,
)
from fieldapp.cli.common import CliEnv, CliError, reconfigure_stdio

_GROUPS = (sessions, attendees, forms, answers, documents, bundle, office, selftest, backup)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command group registered."""
    parser = argparse.ArgumentParser(
        prog="fieldapp",
        description="Outreach-day registration, eligibility checklists and sync bundles.",
    )
    parser.add_argument("--version", action="version", version=f"fieldapp {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data directory (default: $FIELDAPP_DATA_DIR or the user data directory)",
    )
    parser.add_argument(
        "--agent",
        metavar="NAME",
        help="field agent name stamped on records (default: $FIELDAPP_AGENT)",
    )
    parser.add_argument(
        "--lang",
        choices=("ar", "fr", "en"),
        help="language of messages (default: $FIELDAPP_LANG or en)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for group in _GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code; with no command (only `--data-dir` or
    `--lang`), open the window as the frozen build does."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    from fieldapp.front_end import wants_cli

    if not wants_cli("fieldapp", arguments):
        from fieldapp.app import main as gui_main

        return gui_main(["fieldapp", *arguments])
    reconfigure_stdio()
    parser = build_parser()
    args = parser.parse_args(arguments)
    env = CliEnv.from_args(args)
    try:
        code: int = args.handler(env)
        return code
    except CliError as error:
        env.error(error.message)
        return error.exit_code
    except KeyboardInterrupt:
        env.error(env.text("cli.interrupted"))
        return 130
    finally:
        env.close()


if __name__ == "__main__":
    sys.exit(main())
