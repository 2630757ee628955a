"""`fieldapp bundle export|import|status`, `fieldapp enroll`, `fieldapp receipt import` and
`fieldapp known`: sync bundles between the laptops and the chamber office."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli.common import CliEnv, CliError
from fieldapp.cli.guard import guarded
from fieldapp.cli.passphrase import add_passphrase_option, unlock_office
from fieldapp.cli.wording import attendance, record_count, record_counts
from fieldapp.services.bundles.messages import clock_warning
from fieldapp.services.office.bundle_import import ImportStep


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `bundle`, `enroll`, `receipt` and `known` command groups."""
    group = sub.add_parser("bundle", help="export, import and follow sync bundles")
    commands = group.add_subparsers(dest="bundle_command", metavar="ACTION")
    commands.required = True

    export = commands.add_parser("export", help="write a signed, encrypted sync bundle")
    export.add_argument("session_id", nargs="?", help="export all of this session")
    export.add_argument("--all", action="store_true", help="export every record again")
    export.add_argument("-o", "--output", required=True, help="bundle file, or a folder")
    export.add_argument("--json", action="store_true", help="print a JSON summary")
    export.add_argument(
        "--no-encrypt", action="store_true", help="diagnostic only: write an UNENCRYPTED bundle"
    )
    export.set_defaults(handler=guarded(_export))

    imp = commands.add_parser("import", help="office: import bundles into the registry")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.add_argument(
        "--trust-device", action="store_true", help="accept laptops this office does not know yet"
    )
    imp.add_argument("-r", "--receipt", help="receipt file (one bundle only)")
    imp.add_argument(
        "--allow-unencrypted", action="store_true", help="accept diagnostic unencrypted bundles"
    )
    add_passphrase_option(imp)
    imp.set_defaults(handler=guarded(_import))

    status = commands.add_parser("status", help="laptop: what the office has not received")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=guarded(_status))

    enroll = sub.add_parser("enroll", help="install the office's deployment profile")
    enroll.add_argument("file", metavar="FILE")
    enroll.add_argument("--replace", action="store_true", help="switch to another office")
    enroll.add_argument("--json", action="store_true")
    enroll.set_defaults(handler=guarded(_enroll))

    receipt = sub.add_parser("receipt", help="laptop: read the office's import receipts")
    receipt_commands = receipt.add_subparsers(dest="receipt_command", metavar="ACTION")
    receipt_commands.required = True
    rimport = receipt_commands.add_parser("import", help="mark acknowledged records delivered")
    rimport.add_argument("file", metavar="FILE")
    rimport.add_argument("--json", action="store_true")
    rimport.set_defaults(handler=guarded(_receipt))

    known = sub.add_parser("known", help="laptop: is this CIN known to the office registry?")
    known.add_argument("cin")
    known.add_argument("--json", action="store_true")
    known.set_defaults(handler=guarded(_known))


def _export(env: CliEnv) -> int:
    args = env.args
    if args.all and args.session_id:
        raise CliError(env.text("cli.session_or_all"), exit_code=2)
    services = env.services()
    warning = clock_warning(services.store.clock.skew(), env.lang)
    if warning:
        env.error(warning)
    session_id = services.sessions.get(args.session_id).id if args.session_id else None
    if args.no_encrypt:
        env.error(env.text("cli.unencrypted"))
    result = services.bundle_export.export_bundle(
        target=Path(args.output),
        session_id=session_id,
        everything=args.all,
        encrypt=not args.no_encrypt,
    )
    if args.json:
        env.print_json(
            {
                "file": str(result.path),
                "sequence": result.sequence,
                "sha256": result.sha256,
                "size": result.size,
                "encrypted": result.encrypted,
                "counts": result.counts,
                "attendance": result.attendance.to_dict(),
                "sessions": list(result.session_ids),
            }
        )
    else:
        counts = record_counts(env, result.counts)
        env.print(f"{result.path}")
        env.error(env.text("cli.bundle_counts", sequence=result.sequence, counts=counts))
        seen = result.attendance
        if seen.total:
            env.error(attendance(env, seen, absent_always=True))
    return 0


def _import(env: CliEnv) -> int:
    args = env.args

    def progress(step: ImportStep) -> None:
        if not args.json and step.stage == "merging":
            position = f"{step.index + 1}/{step.files}"
            env.error(env.text("cli.merging", position=position, file=step.path.name))

    unlock_office(env)  # before any file: a refusal comes at once, never per file
    report = env.services().bundle_import.import_bundles(
        paths=[Path(f) for f in args.files],
        trust_new_devices=args.trust_device,
        receipt_path=Path(args.receipt) if args.receipt else None,
        allow_unencrypted=args.allow_unencrypted,
        progress=progress,
    )
    if args.receipt and len(args.files) > 1:
        env.error(env.text("cli.receipt_ignored"))
    if args.json:
        env.print_json(report.to_dict())
    for file in report.files:
        if file.status == "rejected":
            env.error(file.message(env.lang))
            continue
        if file.receipt_error:
            env.error(file.receipt_error)
        if args.json:
            continue
        counts = env.text(
            "cli.merge_counts",
            new=env.plural("cli.count_new", file.new),
            updated=env.plural("cli.count_updated", file.updated),
            unchanged=env.plural("cli.count_unchanged", file.unchanged),
            conflicts=env.plural("cli.count_conflicts", len(file.conflicts)),
            duplicates=env.plural("cli.count_possible_duplicates", len(file.duplicates)),
        )
        where = {"file": file.path, "device": file.device_id, "sequence": file.sequence}
        line = (
            env.text("cli.file_imported", counts=counts, **where)
            if file.status == "imported"
            else env.text("cli.file_already_imported", counts=counts, **where)
        )
        env.print(
            line + (env.text("cli.receipt_written", file=file.receipt) if file.receipt else "")
        )
    if not args.json:
        totals = report.totals()
        env.print(env.text("cli.list_separator").join(_total(env, k, v) for k, v in totals.items()))
    return 0 if report.ok else 1


def _status(env: CliEnv) -> int:
    services = env.services()
    warning = clock_warning(services.store.clock.skew(), env.lang)
    if warning:
        env.error(warning)
    status = services.bundle_export.status()
    last = status.last_export
    if env.args.json:
        env.print_json(
            {
                "device_id": status.device_id,
                "device_fingerprint": status.device_fingerprint,
                "office": status.enrolled_office,
                "office_fingerprint": status.office_fingerprint,
                "pending": status.pending,
                "pending_total": status.pending_total,
                "pending_sessions": [
                    {
                        "id": s.session_id,
                        "place": s.place,
                        "date": s.date,
                        "pending_attendees": s.pending_attendees,
                    }
                    for s in status.pending_sessions
                ],
                "last_export": None
                if last is None
                else {
                    "sequence": last.sequence,
                    "created_at": last.created_at,
                    "sha256": last.file_sha256,
                    "counts": last.counts,
                },
            }
        )
        return 0
    env.print(
        env.text(
            "cli.laptop_fingerprint", device=status.device_id, fingerprint=status.device_fingerprint
        )
    )
    env.print(
        env.text(
            "cli.office_enrolled",
            office=status.enrolled_office,
            fingerprint=status.office_fingerprint,
        )
        if status.enrolled_office
        else env.text("cli.office_not_enrolled")
    )
    if not status.pending_total:
        env.print(env.text("cli.all_delivered"))
    else:
        env.print(env.text("cli.not_delivered", counts=record_counts(env, status.pending)))
        for s in status.pending_sessions:
            attendees = record_count(env, "attendees", s.pending_attendees)
            env.print(f"  {s.date}  {s.place}  {attendees}  {s.session_id}")
    if last is not None:
        env.print(env.text("cli.last_bundle", sequence=last.sequence, at=last.created_at))
    return 0


def _enroll(env: CliEnv) -> int:
    result = env.services().enrolment.enrol(path=Path(env.args.file), replace=env.args.replace)
    if env.args.json:
        env.print_json(
            {
                "office": result.office_name,
                "fingerprint": result.fingerprint,
                "forms": list(result.forms),
                "forms_skipped": list(result.forms_skipped),
                "known_people": result.known_people,
            }
        )
        return 0
    env.print(env.text("cli.enrolled", office=result.office_name))
    env.print(env.text("cli.office_fingerprint", fingerprint=result.fingerprint))
    env.error(env.text("cli.compare_fingerprint"))
    forms = ", ".join(result.forms) or env.text("cli.none")
    env.print(env.text("cli.enrolled_forms", forms=forms, people=result.known_people))
    for skipped in result.forms_skipped:
        env.error(env.text("cli.form_not_installed", form=skipped))
    return 0


def _receipt(env: CliEnv) -> int:
    result = env.services().bundle_export.import_receipt(path=Path(env.args.file))
    if env.args.json:
        env.print_json(
            {
                "sequence": result.sequence,
                "acknowledged": result.acknowledged,
                "delivered": result.delivered,
                "changed_since": result.changed_since,
                "already_imported": result.already_imported,
                "pending": result.pending,
            }
        )
        return 0
    line = env.plural("cli.receipt_delivered", result.delivered, sequence=result.sequence)
    if result.changed_since:
        line += env.plural("cli.receipt_changed_since", result.changed_since)
    if result.already_imported:
        line += env.text("cli.receipt_seen_before")
    env.print(line)
    return 0


def _known(env: CliEnv) -> int:
    person = env.services().enrolment.known_person(cin=env.args.cin)
    if env.args.json:
        env.print_json(
            None
            if person is None
            else {
                "sessions": person.sessions,
                "last_date": person.last_date,
                "last_place": person.last_place,
                "outcomes": list(person.outcomes),
                "follow_up": person.follow_up,
            }
        )
    elif person is None:
        env.print(env.text("cli.not_known"))
    else:
        env.print(
            env.plural(
                "cli.known_from",
                person.sessions,
                date=person.last_date,
                place=person.last_place,
                outcomes=", ".join(person.outcomes) or "-",
            )
        )
    return 0


def _total(env: CliEnv, key: str, value: int) -> str:
    """One of the import's totals (`new 3`, `conflicts 0`…), as the lines above count them."""
    if key == "new":
        return env.text("cli.total_new", n=value)
    if key == "updated":
        return env.text("cli.total_updated", n=value)
    if key == "unchanged":
        return env.text("cli.total_unchanged", n=value)
    if key == "conflicts":
        return env.text("cli.total_conflicts", n=value)
    if key == "duplicates":
        return env.text("cli.total_duplicates", n=value)
    if key == "rejected":
        return env.text("cli.total_rejected", n=value)
    return f"{key} {value}"
