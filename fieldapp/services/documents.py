"""Printing and exporting: gathers the data for a document and asks `fieldapp.documents` to draw it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.domain.models import Attendee
from fieldapp.domain.texts import LANGUAGES, text
from fieldapp.services.answers import AnswerService
from fieldapp.services.context import ServiceContext
from fieldapp.services.events import Change

if TYPE_CHECKING:
    from fieldapp.documents import ChecklistEntry

# fieldapp.documents (ReportLab, openpyxl) is imported when a document is made, not at start-up.

CHAMBER_SETTING = "chamber_name_{lang}"
SHEET_FORMATS = (".pdf", ".csv", ".xlsx")


class UnsupportedFormat(ValueError):
    """The output file name does not end with a supported extension."""


class QuestionnaireIncomplete(ValueError):
    """A checklist was asked for while required questions are unanswered or refused: its advice
    would rest on missing answers, so it is not printed. `missing` holds, per attendee, the
    display name and the questions' labels by language."""

    def __init__(self, missing: Sequence[tuple[str, Mapping[str, tuple[str, ...]]]]) -> None:
        self.missing = tuple(missing)
        super().__init__(self.describe("en"))

    def describe(self, lang: str = "en") -> str:
        """One line per attendee, in `lang`, naming the questions to answer."""
        return "\n".join(
            "\n".join(
                [
                    text("checklist.incomplete", lang, name=name),
                    *(f"– {q}" for q in labels.get(lang, ())),
                ]
            )
            for name, labels in self.missing
        )


@dataclass(frozen=True, slots=True)
class PrintResult:
    """What was written: the file, its page count, the attendees it covers."""

    path: Path
    pages: int
    attendee_ids: tuple[str, ...]
    incomplete: tuple[str, ...] = ()  # attendees left out: questionnaire not complete


class DocumentService:
    """Checklists, attendance sheets, summaries and exports for sessions and attendees."""

    def __init__(self, context: ServiceContext, answers: AnswerService) -> None:
        self._ctx = context
        self._answers = answers

    def chamber(self, lang: str) -> str:
        """The chamber's name as printed in headers (a setting, with the Guelmim-Oued Noun
        chamber as the default, `document.default_chamber`)."""
        setting = self._ctx.store.settings.get(CHAMBER_SETTING.format(lang=lang))
        return setting or text("document.default_chamber", lang if lang in LANGUAGES else "ar")

    def _entry(self, attendee: Attendee, lang: str) -> ChecklistEntry:
        from fieldapp.documents import ChecklistEntry

        outcomes = self._answers.outcomes(attendee_id=attendee.id, lang=lang)
        return ChecklistEntry(attendee=attendee, outcomes=outcomes, reference=attendee.id)

    def unanswered(self, attendee: Attendee) -> dict[str, tuple[str, ...]]:
        """The labels (by language) of the attendee's visible questions still unanswered or
        refused; empty when the questionnaire is complete."""
        loaded = self._answers.load(attendee_id=attendee.id)
        keys = [key.split("[", 1)[0] for key in loaded.evaluation.errors]
        ids = list(dict.fromkeys(keys))
        if not ids:
            return {}
        form = loaded.form
        return {
            lang: tuple(form.question(qid).label.get(lang) for qid in ids)
            for lang in ("ar", "fr", "en")
        }

    def split_complete(
        self, attendees: Sequence[Attendee]
    ) -> tuple[list[Attendee], list[Attendee]]:
        """`attendees` split into those whose questionnaire is complete and the others."""
        complete: list[Attendee] = []
        incomplete: list[Attendee] = []
        for attendee in attendees:
            (incomplete if self.unanswered(attendee) else complete).append(attendee)
        return complete, incomplete

    def require_complete(self, attendees: Sequence[Attendee]) -> None:
        """Raise QuestionnaireIncomplete when any attendee's questionnaire is incomplete."""
        missing = [(a.display_name, labels) for a in attendees if (labels := self.unanswered(a))]
        if missing:
            raise QuestionnaireIncomplete(missing)

    def checklists(
        self,
        *,
        attendee_ids: Sequence[str],
        path: Path,
        lang: str = "ar",
        page_size: str = "A4",
        record_print: bool = True,
        today: dt.date | None = None,
    ) -> PrintResult:
        """One PDF with a checklist per attendee (all of one session), in `lang`."""
        from fieldapp.documents import render_checklists

        store = self._ctx.store
        attendees = [store.attendees.get(attendee_id) for attendee_id in attendee_ids]
        if not attendees:
            raise ValueError("no attendee to print")
        session = store.sessions.get(attendees[0].session_id)
        self.require_complete(attendees)
        entries = [self._entry(attendee, lang) for attendee in attendees]
        pages = render_checklists(
            path,
            session=session,
            entries=entries,
            lang=lang,
            page_size=page_size,
            chamber=self.chamber(lang),
            printed_on=today or dt.date.today(),
        )
        if record_print:
            self.mark_printed(attendee_ids=[a.id for a in attendees], session_id=session.id)
        return PrintResult(path, pages, tuple(a.id for a in attendees))

    def mark_printed(self, *, attendee_ids: Sequence[str], session_id: str) -> None:
        """Record that these attendees' checklists were printed (one transaction)."""
        store = self._ctx.store
        with store.transaction(self._ctx.agent) as stamp:
            for attendee_id in attendee_ids:
                store.prints.record(stamp, attendee_id=attendee_id, document="checklist")
        self._ctx.bus.publish(Change("attendee", tuple(attendee_ids), session_id))

    def unprinted(self, session_id: str) -> list[Attendee]:
        """Attendees of the session whose checklist was never printed."""
        return [a for a in self._ctx.store.attendees.in_session(session_id) if not a.printed_at]

    def session_checklists(
        self,
        *,
        session_id: str,
        path: Path,
        lang: str = "ar",
        page_size: str = "A4",
        only_unprinted: bool = False,
    ) -> PrintResult:
        """Every checklist of a session (or the unprinted ones) in one PDF, a page per attendee;
        attendees whose questionnaire is incomplete are left out and named in the result."""
        store = self._ctx.store
        session = store.sessions.get(session_id)
        attendees = (
            self.unprinted(session.id) if only_unprinted else store.attendees.in_session(session.id)
        )
        if not attendees:
            raise ValueError("no attendee to print in this session")
        complete, incomplete = self.split_complete(attendees)
        if not complete:
            self.require_complete(incomplete)
        result = self.checklists(
            attendee_ids=[a.id for a in complete], path=path, lang=lang, page_size=page_size
        )
        return dataclasses.replace(result, incomplete=tuple(a.display_name for a in incomplete))

    def attendance_sheet(self, *, session_id: str, path: Path, lang: str = "ar") -> PrintResult:
        """The attendance list as PDF (signature column), CSV (UTF-8 with BOM) or XLSX, by suffix."""
        from fieldapp.documents import (
            export_attendance_csv,
            export_attendance_xlsx,
            render_attendance_sheet,
        )

        store = self._ctx.store
        session = store.sessions.get(session_id)
        attendees = store.attendees.in_session(session.id)
        suffix = path.suffix.lower()
        pages = 0
        if suffix == ".pdf":
            pages = render_attendance_sheet(
                path, session=session, attendees=attendees, lang=lang, chamber=self.chamber(lang)
            )
        elif suffix == ".csv":
            export_attendance_csv(path, attendees=attendees, lang=lang)
        elif suffix == ".xlsx":
            export_attendance_xlsx(path, session=session, attendees=attendees, lang=lang)
        else:
            raise UnsupportedFormat(
                f"{path.name}: choose a file name ending in {', '.join(SHEET_FORMATS)}"
            )
        return PrintResult(path, pages, tuple(a.id for a in attendees))

    def summary(
        self, *, session_id: str, path: Path, lang: str = "ar", today: dt.date | None = None
    ) -> PrintResult:
        """The session summary with counts and charts."""
        from fieldapp.documents import render_summary

        store = self._ctx.store
        session = store.sessions.get(session_id)
        attendees = store.attendees.in_session(session.id)
        outcomes = self._answers.session_outcomes(session_id=session.id, lang=lang)
        titles = {attendee_id: [o.title for o in found] for attendee_id, found in outcomes.items()}
        crafts = self._answers.session_crafts(session_id=session.id, lang=lang)
        pages = render_summary(
            path,
            session=session,
            attendees=attendees,
            outcome_titles=titles,
            crafts=crafts,
            lang=lang,
            chamber=self.chamber(lang),
            today=today or dt.date.today(),
        )
        return PrintResult(path, pages, tuple(a.id for a in attendees))
