"""Questionnaire use cases: record answers, evaluate eligibility under the right form version."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fieldapp.domain.errors import FieldError
from fieldapp.domain.models import Attendee, Outcome
from fieldapp.domain.text_hygiene import text_error
from fieldapp.questionnaire.errors import AnswerError
from fieldapp.services.context import ServiceContext
from fieldapp.services.events import Change
from fieldapp.services.forms import FormService
from fieldapp.store.stamp import Stamp

# The questionnaire engine (form model, expressions: ~25 ms) is imported inside the methods
# that evaluate answers: the window opens on the session list, which evaluates none.
if TYPE_CHECKING:
    from fieldapp.questionnaire.engine import Evaluation
    from fieldapp.questionnaire.model import Form

# The questionnaire's craft question (and its free text for "other"), counted by the summary.
CRAFT_QUESTION = "craft_sector"
CRAFT_OTHER_QUESTION = "craft_other"


class AnswersRejected(ValueError):
    """Some answers were refused; `problems` maps question key → message in the user's language.
    `errors` holds the refusals of the domain text rule as `FieldError`s (field = question key)."""

    def __init__(self, problems: Mapping[str, str], errors: Sequence[FieldError] = ()) -> None:
        self.problems = dict(problems)
        self.errors = tuple(errors)
        super().__init__("; ".join(f"{key}: {message}" for key, message in self.problems.items()))


def text_errors(values: Mapping[str, Any]) -> list[FieldError]:
    """The answers the domain text rule refuses (control characters, damaged characters),
    one `FieldError` per question; keys inside repeat groups are `group[n].sub` (n from 1),
    as the questionnaire names them. Answers are one-line text, as bundle validation checks
    them at the office."""
    errors: list[FieldError] = []
    for key, value in values.items():
        if isinstance(value, str):
            error = text_error(key, value)
            if error is not None:
                errors.append(error)
        elif isinstance(value, list):
            for index, item in enumerate(value, start=1):
                if isinstance(item, Mapping):
                    errors += text_errors({f"{key}[{index}].{k}": v for k, v in item.items()})
                else:
                    errors += text_errors({key: item})[:1]
        elif isinstance(value, Mapping):
            errors += text_errors({f"{key}.{k}": v for k, v in value.items()})
    return errors


@dataclass(frozen=True)
class AttendeeAnswers:
    """An attendee, the form version their answers belong to, the answers and their evaluation."""

    attendee: Attendee
    form: Form
    answers: dict[str, Any]
    evaluation: Evaluation


@dataclass(frozen=True, slots=True)
class PreparedAnswers:
    """Answers checked and evaluated under `form`, ready to be written."""

    form: Form
    answers: dict[str, Any]
    evaluation: Evaluation


@dataclass(frozen=True, slots=True)
class AnswerStatus:
    """Where an attendee stands in the questionnaire: answered at all, complete, outcome ids."""

    answered: bool
    complete: bool
    outcome_ids: tuple[str, ...]


class AnswerService:
    """Stores answers and evaluates them with the form version they were given under."""

    def __init__(self, context: ServiceContext, forms: FormService) -> None:
        self._ctx = context
        self._forms = forms

    def _form_and_answers(self, attendee: Attendee) -> tuple[Form, dict[str, Any]]:
        stored = self._ctx.store.answers.get(attendee.id)
        if stored is not None:
            return self._forms.version(stored.form_id, stored.form_version), dict(stored.data)
        session = self._ctx.store.sessions.get(attendee.session_id)
        return self._forms.require(session.form_id), {}

    def _province(self, session_id: str) -> str:
        """The session's province: it picks the form's per-province places."""
        return self._ctx.store.sessions.get(session_id).province

    def load(self, *, attendee_id: str, lang: str = "ar") -> AttendeeAnswers:
        """The attendee's answers and their evaluation in `lang` (places of the session's
        province)."""
        from fieldapp.questionnaire.engine import evaluate

        attendee = self._ctx.store.attendees.get(attendee_id)
        form, answers = self._form_and_answers(attendee)
        province = self._province(attendee.session_id)
        evaluation = evaluate(form, answers, lang, province=province)
        return AttendeeAnswers(attendee, form, answers, evaluation)

    def preview(
        self, *, attendee_id: str, answers: Mapping[str, Any], lang: str = "ar"
    ) -> Evaluation:
        """Evaluate unsaved answers (live skip logic and outcomes in the GUI)."""
        from fieldapp.questionnaire.engine import evaluate

        attendee = self._ctx.store.attendees.get(attendee_id)
        form, _ = self._form_and_answers(attendee)
        return evaluate(form, answers, lang, province=self._province(attendee.session_id))

    def parse_texts(self, *, attendee_id: str, pairs: Sequence[str]) -> dict[str, Any]:
        """`KEY=VALUE` strings (as typed at the CLI) → typed answers; AnswersRejected if any is bad."""
        from fieldapp.questionnaire.answers import parse_answer_text

        attendee = self._ctx.store.attendees.get(attendee_id)
        form, _ = self._form_and_answers(attendee)
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for pair in pairs:
            key, sep, text = pair.partition("=")
            key = key.strip()
            if not sep or not key:
                problems[pair] = "expected KEY=VALUE"
                continue
            try:
                values[key] = parse_answer_text(form, key, text)
            except AnswerError as error:
                problems[key] = str(error)
        if problems:
            raise AnswersRejected(problems)
        return values

    def prepare(
        self,
        *,
        session_id: str,
        attendee_id: str | None,
        values: Mapping[str, Any],
        lang: str = "ar",
        replace: bool = False,
    ) -> PreparedAnswers:
        """Check answers for an attendee of `session_id` (None: one not saved yet, answered
        under the session's form) without writing anything.

        Refuses (AnswersRejected, every problem at once) unknown keys, wrong types, constraint
        violations and control characters;
        unanswered required questions are allowed (they stay pending).
        """
        from fieldapp.questionnaire.engine import check_answers, evaluate

        if attendee_id is not None:
            form, current = self._form_and_answers(self._ctx.store.attendees.get(attendee_id))
        else:
            form, current = (
                self._forms.require(self._ctx.store.sessions.get(session_id).form_id),
                {},
            )
        merged = dict(values) if replace else {**current, **values}
        merged = {key: value for key, value in merged.items() if value is not None and value != ""}
        refused = text_errors(merged)
        problems = {e.field: e.message(lang) for e in refused}
        for key, problem in check_answers(form, merged, lang).items():
            problems.setdefault(key, problem.message)
        if problems:
            raise AnswersRejected(problems, refused)
        return PreparedAnswers(form, merged, evaluate(form, merged, lang))

    def write(self, stamp: Stamp, *, attendee_id: str, prepared: PreparedAnswers) -> None:
        """Store checked answers inside the caller's transaction (the caller publishes)."""
        self._ctx.store.answers.put(
            stamp,
            attendee_id=attendee_id,
            form_id=prepared.form.id,
            form_version=prepared.form.version,
            data=prepared.answers,
            outcomes=[outcome.id for outcome in prepared.evaluation.outcomes],
            complete=prepared.evaluation.is_complete,
        )

    def set_answers(
        self,
        *,
        attendee_id: str,
        values: Mapping[str, Any],
        lang: str = "ar",
        replace: bool = False,
    ) -> AttendeeAnswers:
        """Merge `values` into the attendee's answers (or replace them all) and save, in one
        transaction; refused as `prepare` refuses (AnswersRejected, nothing saved)."""
        attendee = self._ctx.store.attendees.get(attendee_id)
        prepared = self.prepare(
            session_id=attendee.session_id,
            attendee_id=attendee.id,
            values=values,
            lang=lang,
            replace=replace,
        )
        store = self._ctx.store
        with store.transaction(self._ctx.agent) as stamp:
            self.write(stamp, attendee_id=attendee.id, prepared=prepared)
        self._ctx.bus.publish(Change("answers", (attendee.id,), attendee.session_id))
        return AttendeeAnswers(attendee, prepared.form, prepared.answers, prepared.evaluation)

    def outcomes(self, *, attendee_id: str, lang: str = "ar") -> tuple[Outcome, ...]:
        """The attendee's outcomes in priority order, in `lang` (empty if nothing answered)."""
        loaded = self.load(attendee_id=attendee_id, lang=lang)
        return loaded.evaluation.outcomes if loaded.answers else ()

    def session_outcomes(
        self, *, session_id: str, lang: str = "ar"
    ) -> dict[str, tuple[Outcome, ...]]:
        """Outcomes of every attendee of a session who has answers, by attendee id."""
        from fieldapp.questionnaire.engine import evaluate

        result: dict[str, tuple[Outcome, ...]] = {}
        forms: dict[tuple[str, str], Form] = {}
        province = self._province(session_id)
        for attendee_id, stored in self._ctx.store.answers.for_session(session_id).items():
            key = (stored.form_id, stored.form_version)
            if key not in forms:
                forms[key] = self._forms.version(*key)
            if stored.data:
                evaluation = evaluate(forms[key], stored.data, lang, province=province)
                result[attendee_id] = evaluation.outcomes
        return result

    def session_crafts(self, *, session_id: str, lang: str = "ar") -> dict[str, str]:
        """The craft each attendee of the session gave in the questionnaire, by attendee id:
        the label in `lang` of the `craft_sector` answer, or the `craft_other` text when that
        answer is "other" (attendees who did not answer it are left out)."""
        result: dict[str, str] = {}
        forms: dict[tuple[str, str], Form] = {}
        for attendee_id, stored in self._ctx.store.answers.for_session(session_id).items():
            value = stored.data.get(CRAFT_QUESTION)
            if not isinstance(value, str) or not value:
                continue
            key = (stored.form_id, stored.form_version)
            if key not in forms:
                forms[key] = self._forms.version(*key)
            form = forms[key]
            other = stored.data.get(CRAFT_OTHER_QUESTION)
            if value == "other" and isinstance(other, str) and other.strip():
                result[attendee_id] = other.strip()
                continue
            list_name = (
                form.question(CRAFT_QUESTION).choices if form.has_question(CRAFT_QUESTION) else None
            )
            result[attendee_id] = (
                dict(form.choices(list_name, lang)).get(value, value) if list_name else value
            )
        return result

    def session_status(self, *, session_id: str) -> dict[str, AnswerStatus]:
        """Questionnaire state of every attendee of a session who has answers, by attendee id."""
        return {
            attendee_id: AnswerStatus(bool(stored.data), stored.complete, stored.outcomes)
            for attendee_id, stored in self._ctx.store.answers.for_session(session_id).items()
        }
