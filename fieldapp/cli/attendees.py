"""`fieldapp attendees import|list|add|check-in|absent|delete` and `fieldapp search`."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli.common import CliEnv, CliError
from fieldapp.cli.guard import guarded
from fieldapp.domain.models import ATTENDEE_FIELDS, Attendance, Attendee, Origin
from fieldapp.services.attendee_input import parse_attendee_fields
from fieldapp.services.preregistration import (
    ImportRefused,
    KnownCrafts,
    import_preregistration,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `attendees` group and the `search` command."""
    group = sub.add_parser("attendees", help="import, list and register attendees")
    commands = group.add_subparsers(dest="attendees_command", metavar="ACTION")
    commands.required = True

    imp = commands.add_parser(
        "import",
        help="import a pre-registration list (CSV)",
        description="Import a pre-registration list. The CSV's header row names its columns, "
        f"in any order: {', '.join(ATTENDEE_FIELDS)} (cin and one of the names are required).",
    )
    imp.add_argument("session_id")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true", help="print the report as one JSON object")
    imp.add_argument(
        "--corrections",
        type=Path,
        metavar="CSV",
        help="write the refused and warned rows there (with a 'problem' column) to correct "
        "and import again",
    )
    imp.set_defaults(handler=guarded(_import))

    listing = commands.add_parser("list", help="list a session's attendees")
    listing.add_argument("session_id")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=guarded(_list))

    add = commands.add_parser("add", help="register a walk-in attendee and print its id")
    add.add_argument("session_id")
    for name in ATTENDEE_FIELDS:
        add.add_argument(f"--{name.replace('_', '-')}", dest=name, default="")
    add.add_argument(
        "--consent", action="store_true", help="the person agreed to the processing of their data"
    )
    add.set_defaults(handler=guarded(_add))

    check_in = commands.add_parser(
        "check-in", help="mark a pre-registered person present (with --undo: expected again)"
    )
    check_in.add_argument("attendee_id", help="the attendee's id (or its first characters)")
    check_in.add_argument("--undo", action="store_true", help="undo a check-in (audited)")
    check_in.set_defaults(handler=guarded(_check_in))

    absent = commands.add_parser(
        "absent", help="mark a pre-registered person who did not come absent (after the day)"
    )
    absent.add_argument("attendee_id", help="the attendee's id (or its first characters)")
    absent.set_defaults(handler=guarded(_absent))

    delete = commands.add_parser("delete", help="delete an attendee (kept as a tombstone)")
    delete.add_argument("attendee_id")
    delete.set_defaults(handler=guarded(_delete))

    search = sub.add_parser("search", help="find people by CIN, phone, Arabic or Latin name")
    search.add_argument("query")
    search.add_argument("--session", dest="session_id", help="rank against this session")
    search.add_argument("--json", action="store_true", help="print a JSON array")
    search.set_defaults(handler=guarded(_search))


def _line(attendee: Attendee) -> str:
    names = " / ".join(n for n in (attendee.name_ar, attendee.name_lat) if n)
    flags = [attendee.status.value.replace("_", "-")]
    if attendee.arrived_at and attendee.status is Attendance.PRESENT:
        flags[0] += f" {attendee.arrived_at[11:16]}"
    if attendee.printed_at:
        flags.append("printed")
    suffix = f"  [{', '.join(flags)}]" if flags else ""
    return f"{attendee.id}  {attendee.cin or '-':<10}  {attendee.phone or '-':<13}  {names}{suffix}"


def _import(env: CliEnv) -> int:
    services = env.services()
    session = services.sessions.get(env.args.session_id)
    try:
        report = import_preregistration(
            services.context,
            session_id=session.id,
            path=env.args.file,
            lang=env.lang,
            crafts=KnownCrafts.of_form(services.forms.require(session.form_id)),
        )
    except ImportRefused as refused:
        raise CliError(str(refused)) from None
    if env.args.json:
        env.print_json(report.to_dict())
    else:
        env.print(env.text("cli.import_imported", n=len(report.imported)))
        env.print(env.text("cli.import_duplicates", n=len(report.duplicates)))
        env.print(env.text("cli.import_rejected", n=report.rejected_lines))
        env.print(env.text("cli.import_warnings", n=len(report.warnings)))
        for dup in report.duplicates:
            env.error(env.text("cli.row_duplicate", line=dup.line, cin=dup.cin, reason=dup.reason))
        for row in report.rejected:
            where = {"line": row.line, "name": row.name or "-", "cin": row.cin or "-"}
            env.error(env.text("cli.row_refused", reason=row.reason, **where))
        for row in report.warnings:
            where = {"line": row.line, "name": row.name or "-", "cin": row.cin}
            env.error(env.text("cli.row_warning", reason=row.reason, **where))
        if report.ignored_columns:
            columns = env.text("cli.list_separator").join(report.ignored_columns)
            env.error(env.text("cli.ignored_columns", columns=columns))
    if env.args.corrections is not None and (report.rejected or report.warnings):
        count = report.write_corrections(env.args.corrections)
        env.error(env.plural("cli.corrections_written", count, path=env.args.corrections))
    return 1 if report.rejected else 0


def _list(env: CliEnv) -> int:
    services = env.services()
    session = services.sessions.get(env.args.session_id)
    attendees = services.attendees.list_in_session(session.id)
    if env.args.json:
        env.print_json([a.to_public_dict() for a in attendees])
    else:
        for attendee in attendees:
            env.print(_line(attendee))
    return 0


def _add(env: CliEnv) -> int:
    args = env.args
    services = env.services()
    session = services.sessions.get(args.session_id)
    raw = {name: getattr(args, name) for name in ATTENDEE_FIELDS}
    data = parse_attendee_fields(
        raw, origin=Origin.WALK_IN, consent=args.consent, require_consent=True
    )
    attendee = services.attendees.register(session_id=session.id, data=data)
    env.print(attendee.id)
    return 0


def _check_in(env: CliEnv) -> int:
    services = env.services()
    attendee = services.attendees.get(env.args.attendee_id)
    if env.args.undo:
        saved = services.attendees.undo_check_in(attendee_id=attendee.id)
    else:
        saved = services.attendees.check_in(attendee_id=attendee.id, consent=True)
    env.print(_line(saved))
    return 0


def _absent(env: CliEnv) -> int:
    services = env.services()
    attendee = services.attendees.get(env.args.attendee_id)
    env.print(_line(services.attendees.mark_absent(attendee_id=attendee.id)))
    return 0


def _delete(env: CliEnv) -> int:
    services = env.services()
    attendee = services.attendees.get(env.args.attendee_id)
    services.attendees.delete(attendee_id=attendee.id)
    env.print(attendee.id)
    return 0


def _search(env: CliEnv) -> int:
    services = env.services()
    session_id = services.sessions.get(env.args.session_id).id if env.args.session_id else None
    results = services.attendees.search(env.args.query, session_id=session_id)
    if env.args.json:
        env.print_json(
            [
                {
                    **r.attendee.to_public_dict(),
                    "match": r.kind.value,
                    "session_place": r.session_place,
                    "session_date": r.session_date,
                }
                for r in results
            ]
        )
        return 0
    if not results:
        env.error(env.text("cli.no_match"))
    for result in results:
        env.print(f"{_line(result.attendee)}  ({result.session_place} {result.session_date})")
    return 0
