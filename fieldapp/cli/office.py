"""`fieldapp office init|profile|people|duplicates|follow-up|export|devices`: the chamber
office's registry, built from imported bundles."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli.common import CliEnv
from fieldapp.cli.guard import guarded
from fieldapp.services.office import FILTERS, FOLLOW_UP_STATUSES
from fieldapp.services.sync_report import duplicate_dict
from fieldapp.store.sync_registry import PersonRow


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `office` command group."""
    group = sub.add_parser("office", help="chamber office: keys, profiles, registry")
    commands = group.add_subparsers(dest="office_command", metavar="ACTION")
    commands.required = True

    init = commands.add_parser("init", help="create the office keys and print the fingerprint")
    init.set_defaults(handler=guarded(_init))

    profile = commands.add_parser("profile", help="write a deployment profile for laptops")
    profile.add_argument("-o", "--output", required=True)
    profile.add_argument("--name", default="", help="office name shown on the laptops")
    profile.add_argument(
        "--no-registry", action="store_true", help="leave the known-people snapshot out"
    )
    profile.set_defaults(handler=guarded(_profile))

    people = commands.add_parser("people", help="people across sessions, latest outcomes")
    people.add_argument("--json", action="store_true")
    people.add_argument("--filter", choices=sorted(FILTERS))
    people.set_defaults(handler=guarded(_people))

    duplicates = commands.add_parser("duplicates", help="possible duplicates to review")
    duplicates.add_argument("--json", action="store_true")
    duplicates.set_defaults(handler=guarded(_duplicates))

    follow = commands.add_parser("follow-up", help="set a person's follow-up status")
    follow.add_argument("person", help="CIN, person key or attendee id")
    follow.add_argument("--status", required=True, choices=FOLLOW_UP_STATUSES)
    follow.add_argument("--note", default="")
    follow.set_defaults(handler=guarded(_follow_up))

    export = commands.add_parser("export", help="write the registry as CSV or XLSX")
    export.add_argument("-o", "--output", required=True, help="FILE.csv or FILE.xlsx")
    export.add_argument("--filter", choices=sorted(FILTERS))
    export.set_defaults(handler=guarded(_export))

    erase = commands.add_parser("erase", help="erase a person's data (law 09-08)")
    erase.add_argument("cin", metavar="CIN")
    erase.set_defaults(handler=guarded(_erase))

    devices = commands.add_parser("devices", help="laptops this office trusts")
    devices.add_argument("--json", action="store_true")
    devices.set_defaults(handler=guarded(_devices))


def person_dict(p: PersonRow) -> dict[str, object]:
    """JSON form of a registry person."""
    return {
        "person_key": p.person_key,
        "attendee_id": p.attendee_id,
        "cin": p.cin,
        "name_ar": p.name_ar,
        "name_lat": p.name_lat,
        "phone": p.phone,
        "birth_year": p.birth_year,
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
    }


def _init(env: CliEnv) -> int:
    info = env.services().office.init_identity()
    env.print(info.fingerprint)
    env.error(f"office keys written to {info.directory}: back this folder up")
    return 0


def _profile(env: CliEnv) -> int:
    services = env.services()
    name = env.args.name.strip() or services.documents.chamber("ar")
    result = services.office.write_profile(
        path=Path(env.args.output), office_name=name, include_registry=not env.args.no_registry
    )
    env.print(str(result.path))
    env.error(
        f"profile for '{result.office_name}', fingerprint {result.fingerprint}; "
        f"forms: {', '.join(result.forms)}; known people: {result.people}"
    )
    return 0


def _people(env: CliEnv) -> int:
    people = env.services().office.people(filter_name=env.args.filter)
    if env.args.json:
        env.print_json([person_dict(p) for p in people])
        return 0
    for p in people:
        env.print(
            f"{p.person_key}  {p.name_ar or p.name_lat}  {p.sessions} session(s) attended"
            f"{f', {p.absent} missed' if p.absent else ''}, last "
            f"{p.last_date or '-'} {p.last_place}  [{' '.join(p.outcomes) or '-'}]  "
            f"{p.follow_up or '-'}"
        )
    env.error(f"{len(people)} person(s)")
    return 0


def _duplicates(env: CliEnv) -> int:
    groups = env.services().office.duplicates()
    if env.args.json:
        env.print_json([duplicate_dict(g) for g in groups])
        return 0
    for g in groups:
        env.print(f"{g.name_key}  {g.birth_year}  {g.phone}: {', '.join(g.person_keys)}")
    env.error(f"{len(groups)} possible duplicate group(s), never merged automatically")
    return 0


def _follow_up(env: CliEnv) -> int:
    person = env.services().office.set_follow_up(
        person=env.args.person, status=env.args.status, note=env.args.note
    )
    env.print(f"{person.person_key}  {person.follow_up}")
    return 0


def _export(env: CliEnv) -> int:
    path, count = env.services().office.export_people(
        path=Path(env.args.output), filter_name=env.args.filter
    )
    env.print(str(path))
    env.error(f"{count} person(s) written")
    return 0


def _erase(env: CliEnv) -> int:
    count = env.services().office.erase_person(cin=env.args.cin)
    env.print(str(count))
    env.error(
        f"{count} registration(s) erased: names, CIN, phone, answers and audit values are gone, "
        "ids and times are kept. Delete the person on the laptops too: a later edit there "
        "would bring the data back (see docs/office.md)"
    )
    return 0


def _devices(env: CliEnv) -> int:
    devices = env.services().imports.trust.devices()
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
        env.print(f"{d.device_id}  {d.fingerprint}  last bundle {d.last_sequence}")
    return 0
