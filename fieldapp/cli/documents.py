"""`fieldapp checklist`, `fieldapp sheet`, `fieldapp summary`: printed documents and exports."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli.common import CliEnv, CliError
from fieldapp.cli.guard import guarded

LANGS = ("ar", "fr", "en")


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        dest="doc_lang",
        choices=LANGS,
        default="ar",
        help="document language (default ar)",
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the document commands."""
    checklist = sub.add_parser(
        "checklist", help="an attendee's (or a whole session's) checklist PDF"
    )
    target = checklist.add_mutually_exclusive_group(required=True)
    target.add_argument("attendee_id", nargs="?", help="one attendee")
    target.add_argument(
        "--session", dest="session_id", help="every attendee of a session, a page each"
    )
    checklist.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf")
    checklist.add_argument("--page-size", choices=("A4", "A5"), default="A4")
    checklist.add_argument(
        "--unprinted", action="store_true", help="with --session: only those not yet printed"
    )
    _lang_option(checklist)
    checklist.set_defaults(handler=guarded(_checklist))

    sheet = sub.add_parser(
        "sheet", help="the session attendance sheet: PDF, CSV or XLSX by file name"
    )
    sheet.add_argument("session_id")
    sheet.add_argument(
        "-o", "--output", required=True, type=Path, help="FILE.pdf | FILE.csv | FILE.xlsx"
    )
    _lang_option(sheet)
    sheet.set_defaults(handler=guarded(_sheet))

    summary = sub.add_parser("summary", help="the session summary with charts (PDF)")
    summary.add_argument("session_id")
    summary.add_argument("-o", "--output", required=True, type=Path, help="FILE.pdf")
    _lang_option(summary)
    summary.set_defaults(handler=guarded(_summary))


def _require_pdf(env: CliEnv, path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise CliError(env.text("cli.must_be_pdf", file=path.name))


def _checklist(env: CliEnv) -> int:
    args = env.args
    _require_pdf(env, args.output)
    services = env.services()
    if args.session_id:
        session = services.sessions.get(args.session_id)
        result = services.documents.session_checklists(
            session_id=session.id,
            path=args.output,
            lang=args.doc_lang,
            page_size=args.page_size,
            only_unprinted=args.unprinted,
        )
    else:
        attendee = services.attendees.get(args.attendee_id)
        result = services.documents.checklists(
            attendee_ids=[attendee.id],
            path=args.output,
            lang=args.doc_lang,
            page_size=args.page_size,
        )
    env.print(str(result.path))
    checklists = env.plural("cli.count_checklists", len(result.attendee_ids))
    pages = env.plural("cli.count_pages", result.pages)
    env.error(env.text("cli.checklists_pages", checklists=checklists, pages=pages))
    if result.incomplete:
        names = env.text("cli.list_separator").join(result.incomplete)
        env.error(env.text("cli.left_out", n=len(result.incomplete), names=names))
    return 0


def _sheet(env: CliEnv) -> int:
    services = env.services()
    session = services.sessions.get(env.args.session_id)
    result = services.documents.attendance_sheet(
        session_id=session.id, path=env.args.output, lang=env.args.doc_lang
    )
    env.print(str(result.path))
    return 0


def _summary(env: CliEnv) -> int:
    _require_pdf(env, env.args.output)
    services = env.services()
    session = services.sessions.get(env.args.session_id)
    result = services.documents.summary(
        session_id=session.id, path=env.args.output, lang=env.args.doc_lang
    )
    env.print(str(result.path))
    return 0
