"""`fieldapp office migrate --to postgresql://…`: move the office's registry from its SQLite
file to an empty PostgreSQL database, checked table by table, then use it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from fieldapp.cli.common import CliEnv
from fieldapp.cli.guard import guarded

if TYPE_CHECKING:  # the move (and psycopg) is loaded only when `office migrate` runs
    from fieldapp.services.office.move import MoveReport


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


def _migrate(env: CliEnv) -> int:
    def progress(what: str, done: int, total: int) -> None:
        env.error(f"[{done}/{total}] {what}")

    report = env.services().office_move.move(to=env.args.to, progress=progress)
    if env.args.json:
        env.print_json(_report_dict(report))
    else:
        for table in report.tables:
            env.print(f"{table.table}  {table.rows}  sha256:{table.sha256}")
    env.error(
        env.text(
            "cli.migrate_done",
            rows=env.plural("cli.count_rows", report.rows),
            tables=env.plural("cli.count_tables", len(report.tables)),
            target=report.target,
            setting=report.setting_file,
        )
    )
    if report.overridden_by_env:
        env.error(env.text("cli.migrate_overridden"))
    return 0


def _report_dict(report: MoveReport) -> dict[str, object]:
    return {
        "target": report.target,
        "setting_file": str(report.setting_file),
        "tables": [{"table": t.table, "rows": t.rows, "sha256": t.sha256} for t in report.tables],
    }
