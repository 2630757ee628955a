"""`fieldapp office migrate --to postgresql://…`: move the office's registry from its SQLite
file to an empty PostgreSQL database, checked table by table, then use it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from fieldapp.cli.common import CliEnv
from fieldapp.cli.guard import guarded

if TYPE_CHECKING:  # the move (and psycopg) is loaded only when `office migrate` runs
    from fieldapp.services.office.move import MoveReport

_DONE = {
    "en": "{rows} row(s) in {tables} table(s) copied to {target}; every table's row count and "
    "content hash match the office file, which was left untouched. The office now uses "
    "{target} (saved in {setting}).",
    "fr": "{rows} ligne(s) de {tables} table(s) copiées dans {target} ; le nombre de lignes et "
    "l'empreinte de chaque table correspondent au fichier du bureau, laissé intact. Le bureau "
    "utilise désormais {target} (enregistré dans {setting}).",
    "ar": "نُسخ {rows} سطرًا من {tables} جدولًا إلى \u2066{target}\u2069؛ عدد أسطر كل جدول "
    "وبصمة محتواه يطابقان ملف المكتب الذي بقي كما هو. يستعمل المكتب الآن \u2066{target}\u2069 "
    "(محفوظ في \u2066{setting}\u2069).",
}
_OVERRIDDEN = {
    "en": "FIELDAPP_OFFICE_DATABASE is set and overrides this setting: unset it.",
    "fr": "FIELDAPP_OFFICE_DATABASE est défini et remplace ce réglage : retirez-le.",
    "ar": "المتغير FIELDAPP_OFFICE_DATABASE معرَّف ويتقدّم على هذا الإعداد: أزِله.",
}


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
        _DONE.get(env.lang, _DONE["en"]).format(
            rows=report.rows,
            tables=len(report.tables),
            target=report.target,
            setting=report.setting_file,
        )
    )
    if report.overridden_by_env:
        env.error(_OVERRIDDEN.get(env.lang, _OVERRIDDEN["en"]))
    return 0


def _report_dict(report: MoveReport) -> dict[str, object]:
    return {
        "target": report.target,
        "setting_file": str(report.setting_file),
        "tables": [{"table": t.table, "rows": t.rows, "sha256": t.sha256} for t in report.tables],
    }
