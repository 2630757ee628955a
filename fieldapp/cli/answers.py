"""`fieldapp answers set|show` and `fieldapp eligibility`."""

from __future__ import annotations

import argparse

from fieldapp.cli.common import CliEnv
from fieldapp.cli.guard import guarded
from fieldapp.domain.models import Outcome
from fieldapp.questionnaire import answer_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `answers` group and the `eligibility` command."""
    group = sub.add_parser("answers", help="record an attendee's questionnaire answers")
    commands = group.add_subparsers(dest="answers_command", metavar="ACTION")
    commands.required = True

    put = commands.add_parser("set", help="set answers: KEY=VALUE … (validated like the GUI)")
    put.add_argument("attendee_id")
    put.add_argument("pairs", nargs="+", metavar="KEY=VALUE")
    put.add_argument("--json", action="store_true", help="print the evaluation as JSON")
    put.set_defaults(handler=guarded(_set))

    show = commands.add_parser("show", help="show an attendee's answers and what is still missing")
    show.add_argument("attendee_id")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=guarded(_show))

    eligibility = sub.add_parser("eligibility", help="an attendee's outcomes and checklist items")
    eligibility.add_argument("attendee_id")
    eligibility.add_argument("--json", action="store_true", help="print JSON")
    eligibility.set_defaults(handler=guarded(_eligibility))


def outcome_dict(outcome: Outcome) -> dict[str, object]:
    """JSON form of one outcome with its items."""
    return {
        "id": outcome.id,
        "title": outcome.title,
        "explanation": outcome.explanation,
        "priority": outcome.priority,
        "items": [{"id": i.id, "kind": i.kind.value, "text": i.text} for i in outcome.items],
    }


def _print_outcomes(env: CliEnv, outcomes: tuple[Outcome, ...]) -> None:
    for outcome in outcomes:
        env.print(f"* {outcome.title}")
        for item in outcome.items:
            env.print(f"  [ ] {item.text}")


def _set(env: CliEnv) -> int:
    services = env.services()
    attendee = services.attendees.get(env.args.attendee_id)
    values = services.answers.parse_texts(attendee_id=attendee.id, pairs=env.args.pairs)
    result = services.answers.set_answers(attendee_id=attendee.id, values=values, lang=env.lang)
    pending = sorted(k for k, e in result.evaluation.errors.items() if e.code == "required")
    if env.args.json:
        env.print_json(
            {
                "attendee_id": attendee.id,
                "form": {"id": result.form.id, "version": result.form.version},
                "answers": result.answers,
                "pending": pending,
                "outcomes": [outcome_dict(o) for o in result.evaluation.outcomes],
            }
        )
    else:
        env.print(env.plural("cli.answers_saved", len(values), id=attendee.id))
        if pending:
            env.error(env.text("cli.still_to_answer", keys=", ".join(pending)))
    return 0


def _show(env: CliEnv) -> int:
    services = env.services()
    attendee = services.attendees.get(env.args.attendee_id)
    loaded = services.answers.load(attendee_id=attendee.id, lang=env.lang)
    errors = {k: e.message for k, e in loaded.evaluation.errors.items()}
    if env.args.json:
        env.print_json(
            {
                "attendee_id": attendee.id,
                "form": {"id": loaded.form.id, "version": loaded.form.version},
                "answers": loaded.answers,
                "visible": list(loaded.evaluation.visible),
                "errors": errors,
                "complete": loaded.evaluation.is_complete,
            }
        )
        return 0
    env.print(env.text("cli.form_header", form=loaded.form.id, version=loaded.form.version))
    for key, value in loaded.answers.items():
        # As `answers set` reads it (yes/no, names separated by commas), when the form has it.
        known = loaded.form.has_question(key)
        env.print(f"{key} = {answer_text(loaded.form.question(key), value) if known else value}")
    for key, message in errors.items():
        env.error(f"{key}: {message}")
    return 0


def _eligibility(env: CliEnv) -> int:
    services = env.services()
    attendee = services.attendees.get(env.args.attendee_id)
    outcomes = services.answers.outcomes(attendee_id=attendee.id, lang=env.lang)
    if env.args.json:
        env.print_json(
            {"attendee_id": attendee.id, "outcomes": [outcome_dict(o) for o in outcomes]}
        )
        return 0
    if not outcomes:
        env.error(env.text("cli.no_answers"))
    _print_outcomes(env, outcomes)
    return 0
