"""`fieldapp office migrate --to postgresql://…`: move the office's registry from its SQLite
file to an empty PostgreSQL database, checked table by table, then use it."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from fieldapp.cli.common import CliEnv
from fieldapp.cli.guard import guarded
from fieldapp.domain.texts import MissingText
from fieldapp.services.office.database_setting import ENV_VAR

if TYPE_CHECKING:  # the move (and psycopg) is loaded only when `office migrate` runs
    from fieldapp.services.office.move import MoveReport

_log = logging.getLogger(__name__)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `office migrate`."""
    move = commands.add_parser(
        "migrate", help="move the office registry from its SQLite file to PostgreSQL"
    )
    move.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="an empty PostgreSQL database: postgresql://clerk@server/fieldapp "
        "(password in PGPASSFILE or .pgpass)",
    )
    move.add_argument("--json", action="store_true", help="each table's rows and hash as JSON")
    move.set_defaults(handler=guarded(_migrate))


# The words of each step of the move (services/office/move.STEPS).
_STEP_TEXTS = {
    "copy": "cli.migrate_step_copy",
    "rebuild": "cli.migrate_step_rebuild",
    "check": "cli.migrate_step_check",
    "done": "cli.migrate_step_done",
}


def _migrate(env: CliEnv) -> int:
    def progress(step: str, table: str, done: int, total: int) -> None:
        # Runs inside the move's transaction: a missing text must not roll the copy back.
        said = _said(env, lambda: env.text(_STEP_TEXTS[step], table=table), f"{step} {table}")
        env.error(f"[{done}/{total}] {said}")

    report = env.services().office_move.move(to=env.args.to, progress=progress)
    # The move is committed and the setting saved: from here on, report it whatever happens.
    if env.args.json:
        env.print_json(_report_dict(report))
    else:
        for table in report.tables:
            env.print(f"{table.table}  {table.rows}  sha256:{table.sha256}")
    facts = f"{report.target}  {report.rows}  {report.setting_file}"
    env.error(
        _said(
            env,
            lambda: env.text(
                "cli.migrate_done",
                rows=env.plural("cli.count_rows", report.rows),
                tables=env.plural("cli.count_tables", len(report.tables)),
                target=report.target,
                setting=report.setting_file,
            ),
            facts,
        )
    )
    if report.overridden_by_env:
        env.error(_said(env, lambda: env.text("cli.migrate_overridden"), ENV_VAR))
    return 0


def _said(env: CliEnv, words: Callable[[], str], facts: str) -> str:
    """The line `words` makes in the CLI's language; if no catalogue has one of its texts (a
    bug: each is in the .po, and a stale .mo falls back to it), the language-neutral `facts`,
    and the missing key in the log, rather than a traceback about work that is done."""
    try:
        return words()
    except MissingText as missing:
        _log.error("office migrate: no catalogue has the text %s", missing)
        return facts


def _report_dict(report: MoveReport) -> dict[str, object]:
    return {
        "target": report.target,
        "setting_file": str(report.setting_file),
        "tables": [{"table": t.table, "rows": t.rows, "sha256": t.sha256} for t in report.tables],
    }
