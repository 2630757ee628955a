"""`fieldapp forms ...`: validate form definition files and show the installed forms.

Neither command opens the database: forms are plain files (bundled plus the user's).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli.common import CliEnv, CliError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `forms` command group (`validate`, `show`)."""
    group = sub.add_parser("forms", help="validate and show questionnaire forms")
    commands = group.add_subparsers(dest="forms_command", metavar="SUBCOMMAND")
    commands.required = True

    validate = commands.add_parser("validate", help="check form files (YAML or JSON)")
    validate.add_argument("files", nargs="+", metavar="FILE", type=Path)
    validate.set_defaults(handler=validate_command)

    show = commands.add_parser("show", help="summarise an installed form")
    show.add_argument("form_id", metavar="FORM_ID")
    show.add_argument("--version", dest="form_version", metavar="V", help="form version")
    show.add_argument("--json", action="store_true", help="print the definition as JSON")
    show.set_defaults(handler=show_command)


def validate_command(env: CliEnv) -> int:
    """Check every file; exit 1 if any is refused."""
    from fieldapp.questionnaire import FormError, parse_form_file

    failed = False
    for path in env.args.files:
        try:
            form = parse_form_file(path)
        except FormError as error:
            failed = True
            for problem in error.problems:
                env.error(str(problem))
            continue
        env.print(f"{path}: ok (form {form.id} version {form.version})")
    if failed:
        raise CliError("some forms were refused")
    return 0


def show_command(env: CliEnv) -> int:
    """Print one form (latest version unless `--version`)."""
    raise CliError("forms show is not available yet")
