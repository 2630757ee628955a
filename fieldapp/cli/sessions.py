"""`fieldapp session new|list|close`."""

from __future__ import annotations

import argparse

from fieldapp.cli.common import CliEnv, CliError
from fieldapp.cli.guard import guarded
from fieldapp.cli.wording import attendance
from fieldapp.domain.models import DEFAULT_FORM_ID, AttendanceCounts, Session, SessionStatus
from fieldapp.domain.validators import parse_date


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `session` command group."""
    group = sub.add_parser("session", help="create and list outreach sessions")
    commands = group.add_subparsers(dest="session_command", metavar="ACTION")
    commands.required = True

    new = commands.add_parser("new", help="create a session and print its id")
    new.add_argument("--place", required=True, help="town or place of the outreach day")
    new.add_argument("--date", required=True, help="YYYY-MM-DD")
    new.add_argument("--venue", default="", help="hall or building")
    new.add_argument(
        "--province", default="", help="province (Guelmim, Tan-Tan, Sidi Ifni, Assa-Zag…)"
    )
    new.add_argument(
        "--partner", action="append", default=[], dest="partners", help="partner (repeatable)"
    )
    new.add_argument(
        "--topic", action="append", default=[], dest="topics", help="topic (repeatable)"
    )
    new.add_argument(
        "--form", default=DEFAULT_FORM_ID, dest="form_id", help="questionnaire form id"
    )
    new.set_defaults(handler=guarded(_new))

    listing = commands.add_parser("list", help="list the sessions on this device")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=guarded(_list))

    close = commands.add_parser("close", help="mark a session closed")
    close.add_argument("session_id")
    close.set_defaults(handler=guarded(_close))


def session_dict(session: Session, counts: AttendanceCounts | None = None) -> dict[str, object]:
    """JSON form of a session; with counts, `attendees` (the total) and `present`, `expected`,
    `walk_ins` and `absent` beside it."""
    data: dict[str, object] = {
        "id": session.id,
        "place": session.place,
        "date": session.date.isoformat(),
        "venue": session.venue,
        "province": session.province,
        "partners": list(session.partners),
        "topics": list(session.topics),
        "form_id": session.form_id,
        "status": session.status.value,
        "created_at": session.created_at,
        "updated_at": session.updated_at,
    }
    if counts is not None:
        data["attendees"] = counts.total
        data.update({k: v for k, v in counts.to_dict().items() if k != "total"})
    return data


def _new(env: CliEnv) -> int:
    args = env.args
    date = parse_date(args.date)
    services = env.services()
    services.forms.require(args.form_id)
    session = services.sessions.create_session(
        place=args.place,
        date=date,
        venue=args.venue,
        province=args.province,
        partners=args.partners,
        topics=args.topics,
        form_id=args.form_id,
    )
    env.print(session.id)
    return 0


def _list(env: CliEnv) -> int:
    summaries = env.services().sessions.list_sessions()
    if env.args.json:
        env.print_json([session_dict(s.session, s.counts) for s in summaries])
        return 0
    if not summaries:
        env.error(env.text("cli.no_sessions"))
        return 0
    for summary in summaries:
        s, c = summary.session, summary.counts
        env.print(
            f"{s.id}  {s.date.isoformat()}  {s.place}"
            f"{'  ' + s.venue if s.venue else ''}  [{s.status.value}]  {attendance(env, c)}"
        )
    return 0


def _close(env: CliEnv) -> int:
    services = env.services()
    session = services.sessions.get(env.args.session_id)
    if session.status is SessionStatus.CLOSED:
        raise CliError(env.text("cli.session_already_closed", id=session.id))
    services.sessions.set_status(session_id=session.id, status=SessionStatus.CLOSED)
    env.print(session.id)
    return 0
