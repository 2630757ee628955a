"""`fieldapp bundle export|import|status`, `fieldapp enroll`, `fieldapp receipt import` and
`fieldapp known`: sync bundles between the laptops and the chamber office."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli.common import CliEnv, CliError
from fieldapp.cli.guard import guarded
from fieldapp.cli.passphrase import add_passphrase_option, unlock_office
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
        raise CliError("give a session id or --all, not both", exit_code=2)
    services = env.services()
    warning = clock_warning(services.store.clock.skew(), env.lang)
    if warning:
        env.error(warning)
    session_id = services.sessions.get(args.session_id).id if args.session_id else None
    if args.no_encrypt:
        env.error("WARNING: this bundle is NOT encrypted: anyone holding the file can read it")
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
        counts = ", ".join(f"{n} {kind}" for kind, n in result.counts.items() if n)
        env.print(f"{result.path}")
        env.error(f"bundle {result.sequence}: {counts}")
        seen = result.attendance
        if seen.total:
            env.error(
                f"attendees: {seen.present} present ({seen.walk_ins} walk-in(s)), "
                f"{seen.expected} expected, {seen.absent} absent"
            )
    return 0


def _import(env: CliEnv) -> int:
    args = env.args

    def progress(step: ImportStep) -> None:
        if not args.json and step.stage == "merging":
            env.error(f"[{step.index + 1}/{step.files}] merging {step.path.name}…")

    unlock_office(env)  # before any file: a refusal comes at once, never per file
    report = env.services().bundle_import.import_bundles(
        paths=[Path(f) for f in args.files],
        trust_new_devices=args.trust_device,
        receipt_path=Path(args.receipt) if args.receipt else None,
        allow_unencrypted=args.allow_unencrypted,
        progress=progress,
    )
    if args.receipt and len(args.files) > 1:
        env.error("-r is ignored with several files: receipts are written beside each bundle")
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
        word = "imported" if file.status == "imported" else "already imported, nothing changed:"
        env.print(
            f"{word} {file.path} (laptop {file.device_id}, bundle {file.sequence}): "
            f"{file.new} new, {file.updated} updated, {file.unchanged} unchanged, "
            f"{len(file.conflicts)} conflict(s), {len(file.duplicates)} possible duplicate(s)"
            + (f"; receipt {file.receipt}" if file.receipt else "")
        )
    if not args.json:
        totals = report.totals()
        env.print(", ".join(f"{key} {value}" for key, value in totals.items()))
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
    env.print(f"laptop {status.device_id}  key fingerprint {status.device_fingerprint}")
    env.print(
        f"office: {status.enrolled_office} ({status.office_fingerprint})"
        if status.enrolled_office
        else "office: not enrolled (run `fieldapp enroll PROFILE`)"
    )
    if not status.pending_total:
        env.print("everything has been delivered to the office")
    else:
        pending = ", ".join(f"{n} {kind}" for kind, n in status.pending.items() if n)
        env.print(f"not yet delivered: {pending}")
        for s in status.pending_sessions:
            env.print(f"  {s.date}  {s.place}  {s.pending_attendees} attendee(s)  {s.session_id}")
    if last is not None:
        env.print(f"last bundle: {last.sequence} written {last.created_at}")
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
    env.print(f"enrolled with {result.office_name}")
    env.print(f"office fingerprint: {result.fingerprint}")
    env.error("compare this fingerprint with the one shown on the office computer")
    env.print(f"forms: {', '.join(result.forms) or 'none'}; known people: {result.known_people}")
    for skipped in result.forms_skipped:
        env.error(f"form not installed: {skipped}")
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
    env.print(
        f"receipt for bundle {result.sequence}: {result.delivered} record(s) delivered"
        + (
            f", {result.changed_since} changed since the export (still pending)"
            if result.changed_since
            else ""
        )
        + (" (receipt seen before)" if result.already_imported else "")
    )
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
        env.print("not known to the office registry")
    else:
        env.print(
            f"known from {person.sessions} earlier session(s), last {person.last_date} in "
            f"{person.last_place}; outcomes: {', '.join(person.outcomes) or '-'}"
        )
    return 0
