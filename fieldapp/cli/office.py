"""`fieldapp office init|profile|people|duplicates|follow-up|merge|split|dismiss|decisions|
export|devices|protect-keys|change-passphrase`: the chamber office's registry, built from imported bundles, and the clerks'
decisions on people."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli import office_keys, office_move
from fieldapp.cli.common import CliEnv, CliError
from fieldapp.cli.guard import guarded
from fieldapp.cli.passphrase import (
    add_passphrase_option,
    new_passphrase,
    passphrase_file,
    unlock_office,
)
from fieldapp.domain.attendee_fields import stored_details
from fieldapp.services.office.database_setting import checked_setting
from fieldapp.services.office.decisions import ChangedMeanwhile, DecisionResult
from fieldapp.services.office.import_report import duplicate_dict
from fieldapp.services.office.key_errors import key_text, unprotected_notice
from fieldapp.services.office.keys import PASSPHRASE_FILE_ENV
from fieldapp.services.office.registry import FILTERS, FOLLOW_UP_STATUSES
from fieldapp.store.office.people_registry import PersonRow


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `office` command group."""
    group = sub.add_parser("office", help="chamber office: keys, profiles, registry")
    commands = group.add_subparsers(dest="office_command", metavar="ACTION")
    commands.required = True

    init = commands.add_parser("init", help="create the office keys and print the fingerprint")
    init.add_argument(
        "--database",
        default=None,
        metavar="URL",
        help="keep the registry in this PostgreSQL database (postgresql://user@server/db; "
        "the password goes in PGPASSFILE or .pgpass); default: this folder's own file",
    )
    protection = init.add_mutually_exclusive_group()
    protection.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="file whose first line is the new keys' passphrase (default: "
        "$FIELDAPP_OFFICE_PASSPHRASE_FILE; else typed twice)",
    )
    protection.add_argument(
        "--unprotected",
        action="store_true",
        help="keys without a passphrase, for a test rig only (never for a real office)",
    )
    init.set_defaults(handler=guarded(_init))

    profile = commands.add_parser("profile", help="write a deployment profile for laptops")
    profile.add_argument("-o", "--output", required=True)
    profile.add_argument("--name", default="", help="office name shown on the laptops")
    profile.add_argument(
        "--no-registry", action="store_true", help="leave the known-people snapshot out"
    )
    add_passphrase_option(profile)
    profile.set_defaults(handler=guarded(_profile))

    people = commands.add_parser("people", help="people across sessions, latest outcomes")
    people.add_argument("--json", action="store_true")
    people.add_argument("--filter", choices=sorted(FILTERS))
    people.add_argument("--limit", type=int, help="one page of this many people, newest first")
    people.add_argument("--after", help="with --limit: the page after this person id")
    people.set_defaults(handler=guarded(_people))

    duplicates = commands.add_parser("duplicates", help="possible duplicates to review")
    duplicates.add_argument("--json", action="store_true")
    duplicates.set_defaults(handler=guarded(_duplicates))

    follow = commands.add_parser("follow-up", help="set a person's follow-up status")
    follow.add_argument("person", help="CIN, person key or attendee id")
    follow.add_argument("--status", required=True, choices=FOLLOW_UP_STATUSES)
    follow.add_argument("--note", default="")
    follow.add_argument(
        "--version", type=int, help="the follow-up version you read: refused if changed since"
    )
    follow.set_defaults(handler=guarded(_follow_up))

    merge = commands.add_parser("merge", help="record that several people are one person")
    merge.add_argument("people", nargs="+", help="person ids (or CINs); the first keeps its id")
    merge.add_argument("--why", required=True, help="the reason, kept with your name")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(handler=guarded(_merge))

    split = commands.add_parser("split", help="move registrations of a person to a new person")
    split.add_argument("person", help="person id (or CIN)")
    split.add_argument("attendees", nargs="+", metavar="ATTENDEE_ID")
    split.add_argument("--why", required=True, help="the reason, kept with your name")
    split.add_argument("--json", action="store_true")
    split.set_defaults(handler=guarded(_split))

    dismiss = commands.add_parser("dismiss", help="a possible-duplicate group is not one person")
    dismiss.add_argument("attendees", nargs="+", metavar="ATTENDEE_ID", help="the group's")
    dismiss.add_argument("--why", required=True, help="the reason, kept with your name")
    dismiss.set_defaults(handler=guarded(_dismiss))

    decisions = commands.add_parser("decisions", help="the clerks' decisions on people")
    decisions.add_argument("person", nargs="?", help="only those naming this person")
    decisions.add_argument("--json", action="store_true")
    decisions.set_defaults(handler=guarded(_decisions))

    export = commands.add_parser(
        "export",
        help="write the registry as CSV or XLSX for people to read, in the language of --lang "
        "(scripts: `office people --json`)",
    )
    export.add_argument("-o", "--output", required=True, help="FILE.csv or FILE.xlsx")
    export.add_argument("--filter", choices=sorted(FILTERS))
    export.set_defaults(handler=guarded(_export))

    erase = commands.add_parser("erase", help="erase a person's data (law 09-08)")
    erase.add_argument("cin", metavar="CIN")
    erase.set_defaults(handler=guarded(_erase))

    devices = commands.add_parser("devices", help="laptops this office trusts")
    devices.add_argument("--json", action="store_true")
    devices.set_defaults(handler=guarded(_devices))

    office_keys.register(commands)
    office_move.register(commands)


def person_dict(p: PersonRow) -> dict[str, object]:
    """JSON form of a registry person."""
    return {
        "person_key": p.person_key,
        "attendee_id": p.attendee_id,
        **stored_details(p),  # the declared fields, as stored
        "sessions": p.sessions,
        "attended": p.sessions,  # sessions present (walk-ins included)
        "absent": p.absent,  # sessions pre-registered for and not attended
        "first_date": p.first_date,
        "last_date": p.last_date,
        "last_place": p.last_place,
        "outcomes": list(p.outcomes),
        "answers_complete": p.answers_complete,
        "follow_up": p.follow_up,
        "follow_up_note": p.follow_up_note,
        "follow_up_by": p.follow_up_by,
        "follow_up_at": p.follow_up_at,
        "follow_up_version": p.follow_up_version,
    }


def _init(env: CliEnv) -> int:
    services = env.services()
    services.office_keys.check_absent()  # these refusals before a passphrase is asked for
    if env.args.database:
        checked_setting(env.args.database)
    passphrase = None
    if not env.args.unprotected:  # the passphrase first: no terminal and no file stops here
        source = passphrase_file(env)
        passphrase = new_passphrase(
            env,
            file=str(source) if source else None,
            option=f"--passphrase-file (or {PASSPHRASE_FILE_ENV})",
        )
    info = services.init_office(database_url=env.args.database, passphrase=passphrase)
    env.print(info.fingerprint)
    if passphrase is None:
        env.error(env.text("cli.office_keys_written", folder=info.directory))
        env.error(unprotected_notice(info.directory, env.lang))
    else:
        env.error(key_text("created_protected", env.lang, folder=info.directory))
    return 0


def _profile(env: CliEnv) -> int:
    services = env.services()
    unlock_office(env)  # the profile is signed with the office key
    name = env.args.name.strip() or services.documents.chamber("ar")
    result = services.office.write_profile(
        path=Path(env.args.output), office_name=name, include_registry=not env.args.no_registry
    )
    env.print(str(result.path))
    env.error(
        env.text(
            "cli.profile_written",
            office=result.office_name,
            fingerprint=result.fingerprint,
            forms=", ".join(result.forms),
            people=result.people,
        )
    )
    return 0


def _people(env: CliEnv) -> int:
    office = env.services().office
    if env.args.limit is not None:
        if env.args.filter:
            raise CliError(env.text("cli.limit_without_filter"))
        people = office.people_page(limit=max(1, env.args.limit), after=env.args.after)
    else:
        people = office.people(filter_name=env.args.filter)
    if env.args.json:
        env.print_json([person_dict(p) for p in people])
        return 0
    for p in people:
        attended = env.plural("cli.sessions_attended", p.sessions)
        if p.absent:
            attended = env.text(
                "cli.and_missed", attended=attended, missed=env.plural("cli.missed", p.absent)
            )
        seen = env.text("cli.last_seen", attended=attended, date=p.last_date or "-")
        env.print(
            f"{p.person_key}  {p.name_ar or p.name_lat}  {seen} {p.last_place}  "
            f"[{' '.join(p.outcomes) or '-'}]  {p.follow_up or '-'}"
        )
    env.error(env.plural("cli.count_people", len(people)))
    return 0


def _duplicates(env: CliEnv) -> int:
    groups = env.services().office.duplicates()
    if env.args.json:
        env.print_json([duplicate_dict(g) for g in groups])
        return 0
    for g in groups:
        env.print(
            f"{env.text('cli.score', score=g.score)}  {g.birth_year or '-'}  {g.phone or '-'}:"
        )
        for r in g.registrations:
            env.print(
                f"  {r.person_key}  {r.attendee_id}  {r.name_ar or r.name_lat}  "
                f"{r.cin or '-'}  {r.session_date} {r.session_place}"
            )
    env.error(env.plural("cli.duplicate_groups", len(groups)))
    return 0


def _follow_up(env: CliEnv) -> int:
    try:
        person = env.services().office.set_follow_up(
            person=env.args.person,
            status=env.args.status,
            note=env.args.note,
            expected_version=env.args.version,
        )
    except ChangedMeanwhile as changed:
        raise CliError(changed.describe(env.lang)) from None
    version = env.text("cli.version", version=person.follow_up_version)
    env.print(f"{person.person_key}  {person.follow_up}  {version}")
    return 0


def _merge(env: CliEnv) -> int:
    result = env.services().office.decisions.merge(people=env.args.people, why=env.args.why)
    return _decided(env, result)


def _split(env: CliEnv) -> int:
    result = env.services().office.decisions.split(
        person=env.args.person, attendee_ids=env.args.attendees, why=env.args.why
    )
    return _decided(env, result)


def _dismiss(env: CliEnv) -> int:
    result = env.services().office.decisions.dismiss(
        attendee_ids=env.args.attendees, why=env.args.why
    )
    env.error(env.text("cli.dismissed"))
    return _decided(env, result)


def _decided(env: CliEnv, result: DecisionResult) -> int:
    if getattr(env.args, "json", False):
        env.print_json([person_dict(p) for p in result.people])
        return 0
    for p in result.people:
        env.print(f"{p.person_key}  {p.name_ar or p.name_lat}  {p.cin or '-'}")
    return 0


def _decisions(env: CliEnv) -> int:
    found = env.services().office.decisions.decisions(env.args.person)
    if env.args.json:
        env.print_json(
            [
                {
                    "id": d.id,
                    "kind": d.kind,
                    "person_ids": list(d.person_ids),
                    "why": d.why,
                    "at": d.at,
                    "agent": d.agent,
                    "details": d.details,
                }
                for d in found
            ]
        )
        return 0
    for d in found:
        env.print(f"{d.at}  {d.agent}  {d.kind} {' '.join(d.person_ids)}: {d.why}")
    return 0


def _export(env: CliEnv) -> int:
    path, count = env.services().office.export_people(
        path=Path(env.args.output), filter_name=env.args.filter, lang=env.lang
    )
    env.print(str(path))
    env.error(env.plural("cli.people_written", count))
    return 0


def _erase(env: CliEnv) -> int:
    count = env.services().office.erase_person(cin=env.args.cin)
    env.print(str(count))
    env.error(env.plural("cli.erased", count))
    return 0


def _devices(env: CliEnv) -> int:
    devices = env.services().bundle_import.trust.devices()
    if env.args.json:
        env.print_json(
            [
                {
                    "device_id": d.device_id,
                    "fingerprint": d.fingerprint,
                    "trusted_at": d.trusted_at,
                    "last_sequence": d.last_sequence,
                    "bundles": d.bundles,
                }
                for d in devices
            ]
        )
        return 0
    for d in devices:
        last = env.text("cli.device_last_bundle", sequence=d.last_sequence)
        env.print(f"{d.device_id}  {d.fingerprint}  {last}")
    return 0
