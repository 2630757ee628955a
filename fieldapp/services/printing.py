"""Printing checklists through a front end's print system: PDF from the document service,
pages rasterised for the printer or the preview, printed state recorded afterwards.
"""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.services.documents import DocumentService, PrintResult

if TYPE_CHECKING:  # pdfium is loaded when something is first printed, not at start-up
    from fieldapp.documents.raster import PageImage

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class NothingToPrint(ValueError):
    """There is no checklist to print (no attendee, or every checklist was already printed)."""


@dataclass(frozen=True, slots=True)
class PrintJob:
    """Pages ready for a printer and the attendees they cover (printed state not yet recorded)."""

    session_id: str
    attendee_ids: tuple[str, ...]
    pages: tuple[PageImage, ...]
    cancelled: bool = False
    incomplete: tuple[str, ...] = ()  # left out of a batch: questionnaire not complete


class PrintService:
    """Prepares checklists for printing; the front end paints the pages and reports success."""

    def __init__(self, documents: DocumentService, *, work_dir: Path | None = None) -> None:
        self._documents = documents
        self._work_dir = work_dir

    def _temp_pdf(self) -> Path:
        with tempfile.NamedTemporaryFile(
            prefix="fieldapp-print-", suffix=".pdf", dir=self._work_dir, delete=False
        ) as handle:
            return Path(handle.name)

    def prepare(
        self,
        *,
        session_id: str,
        attendee_ids: Sequence[str],
        lang: str = "ar",
        dpi: float = 150.0,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> PrintJob:
        """Render the checklists of `attendee_ids` to page images (nothing recorded yet)."""
        if not attendee_ids:
            raise NothingToPrint("no checklist to print")
        pdf = self._temp_pdf()
        try:
            self._documents.checklists(
                attendee_ids=list(attendee_ids), path=pdf, lang=lang, record_print=False
            )
            from fieldapp.documents.raster import page_count, render_pages

            total = page_count(pdf)
            if progress is not None:
                progress(0, total)
            pages = render_pages(pdf, dpi=dpi, progress=progress, cancelled=cancelled)
        finally:
            pdf.unlink(missing_ok=True)
        stopped = cancelled is not None and cancelled()
        return PrintJob(session_id, tuple(attendee_ids), tuple(pages), cancelled=stopped)

    def prepare_unprinted(
        self,
        *,
        session_id: str,
        lang: str = "ar",
        dpi: float = 150.0,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> PrintJob:
        """Every checklist of the session never printed, but for those whose questionnaire is
        incomplete (named in the job); NothingToPrint when there is none."""
        unprinted = self._documents.unprinted(session_id)
        if not unprinted:
            raise NothingToPrint("every checklist of this session was already printed")
        complete, incomplete = self._documents.split_complete(unprinted)
        if not complete:
            self._documents.require_complete(incomplete)
        ids = [attendee.id for attendee in complete]
        job = self.prepare(
            session_id=session_id,
            attendee_ids=ids,
            lang=lang,
            dpi=dpi,
            progress=progress,
            cancelled=cancelled,
        )
        return dataclasses.replace(job, incomplete=tuple(a.display_name for a in incomplete))

    def printed(self, job: PrintJob) -> None:
        """Record that the printer took the job's checklists."""
        self._documents.mark_printed(attendee_ids=list(job.attendee_ids), session_id=job.session_id)

    def save_pdf(self, *, attendee_ids: Sequence[str], path: Path, lang: str = "ar") -> PrintResult:
        """Write the checklists to `path` and record them as printed (handed to the attendee)."""
        if not attendee_ids:
            raise NothingToPrint("no checklist to print")
        return self._documents.checklists(attendee_ids=list(attendee_ids), path=path, lang=lang)
