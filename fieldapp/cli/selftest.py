"""`fieldapp self-test`: check this installation on a temporary folder, one line per check."""

from __future__ import annotations

import argparse

from fieldapp import __version__
from fieldapp.cli.common import CliEnv
from fieldapp.services.self_test import describe_installation, run_self_test


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `self-test` command."""
    command = sub.add_parser(
        "self-test",
        help="check this installation (fonts, translations, form, database, Arabic PDF)",
        description=(
            "Check that this installation works: bundled fonts and translations, the default "
            "form, a database, an Arabic checklist PDF with its font embedded, the print "
            "preview. Runs in a new temporary folder that is deleted afterwards; your data "
            "directory (and --data-dir) is never opened. Exit 0 when every check passes."
        ),
    )
    command.set_defaults(handler=self_test_command)


def self_test_command(env: CliEnv) -> int:
    """Print `ok  <check>` or `FAIL <check>: <reason>` per check; exit 0 only if all pass."""
    env.error(env.text("cli.self_test", version=__version__, installation=describe_installation()))
    report = run_self_test(lang=env.lang)
    for check in report.checks:
        env.print(check.line())
    total = len(report.checks)
    if report.passed:
        env.error(env.plural("cli.checks_passed", total))
        return 0
    env.error(env.plural("cli.checks_failed", total, failed=len(report.failed)))
    return 1
