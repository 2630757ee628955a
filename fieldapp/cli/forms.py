"""`fieldapp forms ...`: validate form definition files and show the installed forms.

Neither command opens the database: forms are plain files (bundled plus the user's).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli.common import CliEnv, CliError
from fieldapp.paths import resolve_data_dir
from fieldapp.questionnaire import Form, FormError, default_catalogue, parse_form_file


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

    table = commands.add_parser(
        "decision-table",
        help="every combination of the answers that drive outcomes, for review (PDF or CSV)",
    )
    table.add_argument("form", metavar="FORM", help="an installed form id, or a form file")
    table.add_argument("-o", "--output", required=True, type=Path, help="table.pdf or table.csv")
    table.add_argument("--version", dest="form_version", metavar="V", help="form version")
    table.add_argument("--province", default="", help="fill the places of this province")
    table.set_defaults(handler=decision_table_command)


def validate_command(env: CliEnv) -> int:
    """Check every file: `FILE: ok (...)` on stdout, one line per problem on stderr, exit 1."""
    refused = 0
    for path in env.args.files:
        try:
            form = parse_form_file(path)
        except FormError as error:
            refused += 1
            for problem in error.problems:
                env.error(str(problem))
            continue
        env.print(env.text("cli.form_ok", file=path, form=form.id, version=form.version))
    if refused:
        raise CliError(env.plural("cli.forms_refused", len(env.args.files), refused=refused))
    return 0


def show_command(env: CliEnv) -> int:
    """Print one installed form (the latest version unless `--version`)."""
    registry = default_catalogue(resolve_data_dir(env.data_dir))
    try:
        form = registry.get(env.args.form_id, env.args.form_version)
    except FormError as error:
        raise CliError(str(error)) from None
    if env.args.json:
        env.print_json(
            {
                "id": form.id,
                "version": form.version,
                "content_hash": form.content_hash,
                "source": form.source,
                "definition": form.to_dict(),
            }
        )
        return 0
    for line in summary_lines(form, env):
        env.print(line)
    return 0


def _form_named(env: CliEnv, name: str, version: str | None) -> Form:
    path = Path(name)
    try:
        if path.suffix.lower() in (".yaml", ".yml", ".json") and path.is_file():
            return parse_form_file(path)
        return default_catalogue(resolve_data_dir(env.data_dir)).get(name, version)
    except FormError as error:
        raise CliError(str(error)) from None


def decision_table_command(env: CliEnv) -> int:
    """Write the form's decision table; refuse (exit 1) if any row breaks `exclusive`."""
    import datetime as dt

    from fieldapp.documents.decision_table import render_decision_table, write_decision_csv
    from fieldapp.questionnaire.decision_table import conflicts, decision_table, merged_rows

    form = _form_named(env, env.args.form, env.args.form_version)
    output: Path = env.args.output
    suffix = output.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise CliError(env.text("cli.table_suffix", file=output))
    if not output.parent.is_dir():
        raise CliError(env.text("cli.no_such_folder", folder=output.parent))
    today = dt.date.today()
    full = decision_table(form, today=today)
    table = merged_rows(full)
    if suffix == ".csv":
        write_decision_csv(output, table, lang=env.lang)
    else:
        render_decision_table(
            output, table, lang=env.lang, province=env.args.province, printed_on=today
        )
    env.print(
        env.text(
            "cli.table_written",
            file=output,
            combinations=env.plural("cli.count_combinations", full.combinations),
            rows=env.plural("cli.count_rows", len(table.rows)),
            form=form.id,
            version=form.version,
        )
    )
    bad = conflicts(full)
    for row, pairs in bad[:20]:
        shown = ", ".join(f"{a} + {b}" for a, b in pairs)
        outcomes = " + ".join(row.outcomes)
        env.error(env.text("cli.exclusive_together", pairs=shown, outcomes=outcomes))
    if bad:
        raise CliError(env.plural("cli.exclusive_combinations", len(bad)))
    return 0


def summary_lines(form: Form, env: CliEnv) -> list[str]:
    """A human summary of `form` in the CLI's language: questions with their types, then
    outcomes. Ids, types and expressions stay as written in the form."""
    lang = env.lang
    lines = [
        f"{form.id} {form.version} — {form.title(lang)}",
        env.text("cli.form_source", path=form.source),
        f"sha-256: {form.content_hash}",
        "",
        env.text("cli.form_questions"),
    ]
    for question in form.all_questions():
        indent = "    " if question.parent else "  "
        flags = []
        if question.required:
            flags.append(env.text("cli.form_required"))
        if question.choices:
            flags.append(env.text("cli.form_choices", choices=question.choices))
        if question.relevant is not None:
            flags.append(env.text("cli.form_relevant", expression=question.relevant.source))
        if question.constraint is not None:
            flags.append(env.text("cli.form_constraint", expression=question.constraint.source))
        if question.calculate is not None:
            flags.append(env.text("cli.form_calculate", expression=question.calculate.source))
        line = env.text(
            "cli.form_question",
            question=question.id,
            kind=question.type,
            flags="".join(f" {flag}" for flag in flags),
            label=question.label.get(lang),
        )
        lines.append(indent + " ".join(line.split()))
    lines += ["", env.text("cli.form_outcomes")]
    for outcome in sorted(form.outcomes, key=lambda o: o.priority):
        lines.append(
            "  "
            + env.text(
                "cli.form_outcome",
                priority=outcome.priority,
                outcome=outcome.id,
                title=outcome.title.get(lang),
            )
        )
    return lines
