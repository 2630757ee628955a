"""The desk's save: an attendee's details and their answers, checked together, written in one
transaction (both or neither)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldapp.domain.errors import FieldError, ValidationFailed
from fieldapp.domain.models import Attendee, AttendeeInput, Origin
from fieldapp.services.answers import AnswerService, AnswersRejected, AttendeeAnswers
from fieldapp.services.attendee_input import parse_attendee_fields
from fieldapp.services.attendees import AttendeeService
from fieldapp.services.context import ServiceContext
from fieldapp.services.events import Change


class DeskRefused(ValidationFailed):
    """Nothing was saved. `errors` are the details' field errors (duplicate CIN included);
    `answer_problems` maps question key → message in the user's language."""

    def __init__(
        self, errors: list[FieldError] | tuple[FieldError, ...], answer_problems: Mapping[str, str]
    ) -> None:
        super().__init__(errors)
        self.answer_problems = dict(answer_problems)


@dataclass(frozen=True, slots=True)
class DeskSaved:
    """What one desk save wrote: the attendee and their answers."""

    attendee: Attendee
    answers: AttendeeAnswers
    created: bool


class DeskService:
    """Saves what the desk shows for one person as one user action."""

    def __init__(
        self, context: ServiceContext, attendees: AttendeeService, answers: AnswerService
    ) -> None:
        self._ctx = context
        self._attendees = attendees
        self._answers = answers

    def save(
        self,
        *,
        session_id: str,
        attendee_id: str | None,
        fields: Mapping[str, str],
        origin: Origin,
        consent: bool,
        answers: Mapping[str, Any],
        lang: str = "ar",
    ) -> DeskSaved:
        """Register (`attendee_id` None) or edit an attendee of `session_id` from the desk's
        text `fields`, and replace their answers, in one transaction.

        Raises DeskRefused with every problem at once (the details' fields, a CIN already
        registered here, the refused answers) and saves nothing.
        """
        store = self._ctx.store
        store.sessions.get(session_id)
        errors: list[FieldError] = []
        data: AttendeeInput | None = None
        try:
            data = parse_attendee_fields(
                fields, origin=origin, consent=consent, require_consent=True
            )
        except ValidationFailed as failure:
            errors += failure.errors
        if data is not None:
            duplicate = self._attendees.duplicate_cin(
                session_id=session_id, data=data, other_than=attendee_id or ""
            )
            if duplicate is not None:
                errors.append(duplicate)
        problems: dict[str, str] = {}
        try:
            prepared = self._answers.prepare(
                session_id=session_id,
                attendee_id=attendee_id,
                values=answers,
                lang=lang,
                replace=True,
            )
        except AnswersRejected as rejected:
            problems = rejected.problems
        if data is None or errors or problems:
            raise DeskRefused(errors, problems)
        with store.transaction(self._ctx.agent) as stamp:
            attendee = self._attendees.write(
                stamp, session_id=session_id, attendee_id=attendee_id, data=data
            )
            self._answers.write(stamp, attendee_id=attendee.id, prepared=prepared)
        self._ctx.bus.publish(Change("attendee", (attendee.id,), session_id))
        self._ctx.bus.publish(Change("answers", (attendee.id,), session_id))
        saved = AttendeeAnswers(attendee, prepared.form, prepared.answers, prepared.evaluation)
        return DeskSaved(attendee, saved, created=attendee_id is None)
