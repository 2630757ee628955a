"""Decides what the desk does: search as you type, check in, prefill, save, autosave drafts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from fieldapp.domain.errors import FieldError, ValidationFailed
from fieldapp.domain.models import Attendee, Origin, Session
from fieldapp.domain.validators import normalise_cin, validate_cin
from fieldapp.questionnaire import Evaluation, Form, evaluate
from fieldapp.services.app import AppServices
from fieldapp.services.attendees import MatchKind, SearchResult
from fieldapp.services.bundles.enrolment import KnownPerson
from fieldapp.services.bundles.errors import NotEnrolled
from fieldapp.services.desk import DeskRefused
from fieldapp.ui.formatting import in_direction, isolated
from fieldapp.ui.views.desk import DeskView

SEARCH_DELAY_MS = 150
DRAFT_DELAY_MS = 500
PREVIEW_DELAY_MS = 60


def complete_cin(text: str) -> str | None:
    """The normalised CIN once it is complete (letters then digits), else None."""
    try:
        return validate_cin(text)
    except ValidationFailed:
        return None


def draft_key(session_id: str) -> str:
    """The draft key of a session's desk."""
    return f"attendee:{session_id}"


class RegistrationController(QObject):
    """The desk's presenter: reads the view, calls the services, updates the view.

    Signals:
        saved(object): an Attendee was saved (registration or edit).
        current_changed(object): the attendee in the editor changed (Attendee or None).
    """

    saved = Signal(object)
    current_changed = Signal(object)

    def __init__(
        self,
        services: AppServices,
        view: DeskView,
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self.language = language
        self.session: Session | None = None
        self.current: Attendee | None = None
        self.origin = Origin.WALK_IN
        self.form: Form | None = None
        self.evaluation: Evaluation | None = None
        self.show_required = False
        # Something was typed since the attendee was opened or saved.
        self.dirty = False
        self.consent_prompt: Callable[[Attendee], bool] = self._ask_consent
        self.search_timer = self._timer(SEARCH_DELAY_MS, self.run_search)
        self.draft_timer = self._timer(DRAFT_DELAY_MS, self.save_draft)
        self.preview_timer = self._timer(PREVIEW_DELAY_MS, self.refresh_preview)
        view.search.textChanged.connect(lambda _t: self.search_timer.start())
        view.result_activated.connect(self.activate_result)
        view.new_button.clicked.connect(self.new_walk_in)
        view.save_button.clicked.connect(lambda _checked=False: self.save())
        view.attendee_form.edited.connect(self._edited)
        view.attendee_form.inputs["cin"].textEdited.connect(self.cin_typed)
        view.attendee_form.submitted.connect(lambda: self.save())
        view.questionnaire.edited.connect(self._answers_edited)
        view.questionnaire.advance_requested.connect(self.advance_from)
        self.discard_prompt: Callable[[], bool] = self._ask_discard
        self._title: Callable[[], str] | None = None
        self._message: Callable[[], str] | None = None

    def _timer(self, delay: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    # -- session and search ---------------------------------------------------------------
    def set_session(self, session: Session) -> None:
        """Work in `session`: empty search, empty form."""
        self.session = session
        self.dirty = False  # a draft left in another session was kept when leaving it
        self.view.search.clear()
        self.view.results_model.set_rows([])
        self.new_walk_in(focus=False)
        self.view.focus_search()

    def run_search(self) -> None:
        """Search now (the timer calls this ~150 ms after the last keystroke)."""
        self.search_timer.stop()
        text = self.view.search.text().strip()
        if self.session is None or not text:
            self.view.results_model.set_rows([])
            self.view.results_hint.setText("")
            return
        results = self.services.attendees.search(text, session_id=self.session.id, limit=30)
        self.view.results_model.set_rows(results)
        if results:
            self.view.results.setCurrentIndex(self.view.results_model.index(0, 0))
            hint = QCoreApplication.translate(
                "RegistrationController",
                "%n found. Down arrow to choose, Enter to open or check in.",
                "",
                len(results),
            )
            self.view.results_hint.setText(hint)
        else:
            self.view.results_hint.setText(
                QCoreApplication.translate(
                    "RegistrationController", "Nobody found: Ctrl+N registers a new walk-in."
                )
            )

    def selected_result(self) -> SearchResult | None:
        """The result selected in the list."""
        row = self.view.current_result_row()
        return None if row is None else self.view.results_model.result(row)

    def activate_result(self, row: int) -> None:
        """Open who is registered here, check in who is expected, prefill who is known."""
        result = self.view.results_model.result(row)
        typed_cin = normalise_cin(self.view.attendee_form.inputs["cin"].text())
        same_person = bool(typed_cin) and result.attendee.cin == typed_cin
        if not same_person and not self.may_leave():
            return
        self.dirty = False
        if result.kind is MatchKind.REGISTERED_HERE:
            self.edit(result.attendee.id)
        elif result.kind is MatchKind.PRE_REGISTERED:
            self.check_in(result.attendee)
        else:
            self.prefill(result.attendee)

    def check_in(self, attendee: Attendee) -> bool:
        """Ask consent, mark present, open for the questions; False if consent was refused."""
        consented = self.consent_prompt(attendee)
        # Without a window manager (a kiosk session, Xvfb) nothing gives the keyboard back to
        # the window when the box closes.
        self.view.window().activateWindow()
        if not consented:
            self.say(
                lambda: QCoreApplication.translate(
                    "RegistrationController", "Not checked in: consent is needed."
                )
            )
            return False
        saved = self.services.attendees.check_in(attendee_id=attendee.id, consent=True)
        self.edit(saved.id)
        self.say(
            lambda: QCoreApplication.translate(
                "RegistrationController", "%1 is checked in."
            ).replace("%1", isolated(saved.display_name))
        )
        self.run_search()
        return True

    def _ask_consent(self, attendee: Attendee) -> bool:
        from PySide6.QtWidgets import QMessageBox

        text = QCoreApplication.translate(
            "RegistrationController",
            "Check in %1?\n\nThe attendee agrees that the chamber keeps these details to follow "
            "up the file (crafts register, health insurance).",
        ).replace("%1", attendee.display_name)
        answer = QMessageBox.question(
            self.view,
            QCoreApplication.translate("RegistrationController", "Check in"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- the editor -----------------------------------------------------------------------
    def _load_form(self, attendee: Attendee | None) -> dict[str, Any]:
        assert self.session is not None
        lang = self.language()
        if attendee is None:
            self.form = self.services.forms.require(self.session.form_id)
            answers: dict[str, Any] = {}
        else:
            loaded = self.services.answers.load(attendee_id=attendee.id, lang=lang)
            self.form, answers = loaded.form, dict(loaded.answers)
        self.view.questionnaire.set_form(self.form, lang)
        self.view.questionnaire.set_answers(answers)
        self.view.chain_tab_order()
        return answers

    def _set_current(self, attendee: Attendee | None, origin: Origin) -> None:
        self.current, self.origin, self.show_required = attendee, origin, False
        self.dirty = False
        self.draft_timer.stop()
        self._title = None  # the attendee's name, or "New walk-in"
        self._set_title()
        self.current_changed.emit(attendee)

    def may_leave(self) -> bool:
        """True when the editor can be replaced: nothing typed since the last save, or the
        agent agreed to drop it."""
        if not self.dirty or self.discard_prompt():
            return True
        self.view.focus_field(self.view.attendee_form.first_field())
        return False

    def _ask_discard(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.view,
            QCoreApplication.translate("RegistrationController", "Not saved"),
            QCoreApplication.translate(
                "RegistrationController",
                "What was typed for this person is not saved. Drop it and go on?",
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        self.view.window().activateWindow()
        return answer == QMessageBox.StandardButton.Discard

    def new_walk_in(self, *, focus: bool = True) -> None:
        """An empty attendee form; what was typed and not saved is dropped only if the agent
        agrees."""
        if self.session is None or not self.may_leave():
            return
        self._discard_draft()
        self._set_current(None, Origin.WALK_IN)
        self.view.attendee_form.set_attendee(None)
        self._load_form(None)
        self.say(None)
        self.refresh_preview()
        if focus:
            self.view.focus_field(self.view.attendee_form.first_field())

    def prefill(self, known: Attendee) -> None:
        """A new registration filled from a person known from an earlier session."""
        self.new_walk_in(focus=False)
        self.view.attendee_form.set_attendee(known, consent=False)
        self._title = lambda: QCoreApplication.translate(
            "RegistrationController", "New registration from an earlier session"
        )
        self._set_title()
        self.view.focus_field(self.view.attendee_form.consent)
        self._edited()

    def edit(self, attendee_id: str) -> None:
        """Open a registered attendee: details and answers."""
        attendee = self.services.attendees.get(attendee_id)
        self._discard_draft()
        self._set_current(attendee, attendee.origin)
        self.view.attendee_form.set_attendee(attendee)
        self._load_form(attendee)
        self.refresh_preview()
        focus = self.view.questionnaire.first_input() or self.view.attendee_form.first_field()
        self.view.focus_field(focus)

    def advance_from(self, question_id: str) -> None:
        """An answer given with a "next" key: skip logic now, then focus the next question
        shown (after the last one, the Print button)."""
        self.refresh_preview()
        target = self.view.questionnaire.input_after(question_id) or self.view.print_button
        self.view.focus_field(target, Qt.FocusReason.TabFocusReason)

    def _edited(self) -> None:
        self.dirty = True
        self.draft_timer.start()

    def _answers_edited(self) -> None:
        self.dirty = True
        self.draft_timer.start()
        self.preview_timer.start()

    def refresh_preview(self) -> None:
        """Evaluate the answers on screen: skip logic, errors, outcomes."""
        self.preview_timer.stop()
        if self.form is None:
            return
        lang = self.language()
        answers = self.view.questionnaire.answers()
        if self.current is not None:
            evaluation = self.services.answers.preview(
                attendee_id=self.current.id, answers=answers, lang=lang
            )
        else:  # a walk-in not saved yet: the session's province picks the form's places
            province = self.session.province if self.session is not None else ""
            evaluation = evaluate(self.form, answers, lang, province=province)
        self.evaluation = evaluation
        self.view.questionnaire.apply(evaluation, show_required=self.show_required)
        labels = {q.id: q.label.get(lang) or q.id for q in self.form.questions}
        self.view.outcomes.show_evaluation(evaluation, labels)

    def reveal_unanswered(self) -> QWidget | None:
        """Mark the required questions still unanswered and focus the first of them (scrolled
        into view); returns it, or None when every shown question is answered."""
        self.show_required = True
        self.refresh_preview()
        first = self.view.questionnaire.first_invalid()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return first

    def retranslate(self) -> None:
        """Re-render the questions and outcomes in the new language."""
        self.view.questionnaire.retranslate(self.language())
        self.refresh_preview()
        self._set_title()
        self.say(self._message)

    def _rtl(self) -> bool:
        return self.view.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _set_title(self) -> None:
        """The editor's title in the interface's direction: an Arabic name in a French window
        stays at the left, as the other titles do."""
        if self._title is not None:
            title = self._title()
        elif self.current is None:
            title = QCoreApplication.translate("RegistrationController", "New walk-in")
        else:
            title = self.current.display_name
        self.view.editor_title.setText(in_direction(title, rtl=self._rtl()))

    def say(self, message: Callable[[], str] | None) -> None:
        """Show the desk's message (None clears it); kept as a function of the language, so
        a language switch says it again in the new one."""
        self._message = message
        text = message() if message is not None else ""
        self.view.message.setText(in_direction(text, rtl=self._rtl()) if text else "")

    # -- saving ---------------------------------------------------------------------------
    def save(self, *, focus_search: bool = True) -> Attendee | None:
        """Save the attendee and their answers in one transaction; None if anything was refused
        (then nothing is saved and every problem is shown).
        Afterwards the search box has focus (unless `focus_search` is False: printing next)."""
        if self.session is None:
            return None
        form_view = self.view.attendee_form
        self.refresh_preview()
        visible = self.evaluation.visible if self.evaluation is not None else None
        try:
            saved = self.services.desk.save(
                session_id=self.session.id,
                attendee_id=self.current.id if self.current is not None else None,
                fields=form_view.raw_values(),
                origin=self.origin,
                consent=form_view.consent.isChecked(),
                answers=self.view.questionnaire.answers(visible),
                lang=self.language(),
            )
        except DeskRefused as refused:
            self._show_failure(refused, refused.answer_problems)
            return None
        attendee = saved.attendee
        form_view.clear_errors()
        self._set_current(attendee, attendee.origin)
        self._discard_draft()
        self.show_required = True
        self.refresh_preview()
        self.say(
            lambda: QCoreApplication.translate("RegistrationController", "Saved: %1").replace(
                "%1", isolated(attendee.display_name)
            )
        )
        self.saved.emit(attendee)
        if focus_search:
            self.view.focus_search()
        return attendee

    def _show_failure(
        self, failure: ValidationFailed, answer_problems: dict[str, str] | None = None
    ) -> None:
        """Every error at once (details, duplicate CIN, refused answers, unanswered
        questions), focus on the first."""
        lang = self.language()
        form_view = self.view.attendee_form
        errors = list(failure.errors)
        duplicate = self.registered_with_cin(form_view.inputs["cin"].text())
        if duplicate is not None and not any(e.field == "cin" for e in errors):
            errors.append(FieldError("cin", "duplicate_cin"))
        first = form_view.show_errors(ValidationFailed(errors), lang)
        if duplicate is not None:
            form_view.add_error(
                "cin",
                QCoreApplication.translate(
                    "RegistrationController", "Registered here as %1: F2 opens them."
                ).replace("%1", isolated(duplicate.attendee.display_name)),
            )
            self.show_known([duplicate])
        self.show_required = True
        self.refresh_preview()
        for key, message in (answer_problems or {}).items():
            row = self.view.questionnaire.rows.get(key.split("[")[0])
            if row is not None:
                row.set_error(message)
        if first is None:
            first = self.view.questionnaire.first_invalid()
        if first is not None:
            self.view.focus_field(first, Qt.FocusReason.OtherFocusReason)
        self.say(
            lambda: QCoreApplication.translate(
                "RegistrationController", "Not saved: correct the fields marked in red."
            )
        )

    # -- search before register -----------------------------------------------------------
    def people_with_cin(self, text: str) -> list[SearchResult]:
        """Who already has this CIN: here, on the list, or in an earlier session."""
        cin = complete_cin(text)
        if self.session is None or cin is None:
            return []
        found = self.services.attendees.search(cin, session_id=self.session.id, limit=5)
        return [
            result
            for result in found
            if result.attendee.cin == cin
            and (self.current is None or result.attendee.id != self.current.id)
        ]

    def registered_with_cin(self, text: str) -> SearchResult | None:
        """The person of this session who already has this CIN, if any."""
        for result in self.people_with_cin(text):
            if result.kind is not MatchKind.KNOWN_ELSEWHERE:
                return result
        return None

    def office_knows(self, text: str) -> KnownPerson | None:
        """What the office registry snapshot says of this CIN (None: nothing, or no
        snapshot on this laptop)."""
        cin = complete_cin(text)
        if cin is None:
            return None
        try:
            return self.services.enrolment.known_person(cin=cin)
        except NotEnrolled:
            return None

    def show_known(self, results: list[SearchResult]) -> None:
        """Put the people found in the results list, the first selected: F2 opens it."""
        self.view.results_model.set_rows(results)
        self.view.results.setCurrentIndex(self.view.results_model.index(0, 0))

    def cin_typed(self, text: str) -> None:
        """While a CIN is typed: show who already has it (F2 opens them), or what the office
        registry knows of it."""
        found = self.people_with_cin(text)
        hint = ""
        if found:
            self.show_known(found)
            hint = QCoreApplication.translate(
                "RegistrationController", "Already known with this CIN: %1. F2 opens them."
            ).replace("%1", isolated(found[0].attendee.display_name))
        else:
            known = self.office_knows(text)
            if known is not None:
                hint = (
                    QCoreApplication.translate(
                        "RegistrationController",
                        "Known to the office: %n session(s), the last in %1 on %2.",
                        "",
                        known.sessions,
                    )
                    .replace("%1", isolated(known.last_place))
                    .replace("%2", known.last_date)
                )
        self.view.results_hint.setText(hint)

    # -- drafts ---------------------------------------------------------------------------
    def draft_payload(self) -> dict[str, Any]:
        """Everything typed in the editor, JSON-ready."""
        return {
            "attendee_id": self.current.id if self.current else None,
            "origin": self.origin.value,
            "fields": self.view.attendee_form.raw_values(),
            "consent": self.view.attendee_form.consent.isChecked(),
            "answers": self.view.questionnaire.answers(),
            "agent": self.services.agent,
        }

    def save_draft(self) -> None:
        """Autosave what is typed (called ~500 ms after the last edit)."""
        self.draft_timer.stop()
        if self.session is None:
            return
        self.services.drafts.save(
            key=draft_key(self.session.id), session_id=self.session.id, payload=self.draft_payload()
        )

    def _discard_draft(self) -> None:
        self.draft_timer.stop()
        if self.session is not None:
            self.services.drafts.discard(key=draft_key(self.session.id))

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Put a draft left by a crash back in the editor (kept until saved or replaced)."""
        attendee_id = payload.get("attendee_id")
        if attendee_id:
            self.edit(str(attendee_id))
        else:
            self.new_walk_in(focus=False)
        self.origin = Origin(payload.get("origin") or Origin.WALK_IN.value)
        fields = {str(k): str(v or "") for k, v in dict(payload.get("fields") or {}).items()}
        self.view.attendee_form.set_raw_values(fields, consent=bool(payload.get("consent")))
        self.view.questionnaire.set_answers(dict(payload.get("answers") or {}))
        self.dirty = True
        self.refresh_preview()
        self.say(
            lambda: QCoreApplication.translate(
                "RegistrationController",
                "Recovered what was being typed before the application stopped. Check and save.",
            )
        )
        self.save_draft()
        self.view.focus_field(self.view.attendee_form.first_field())
