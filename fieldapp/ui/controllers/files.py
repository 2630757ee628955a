"""File and printer work started from the menus: import a list, print, save PDF, export.

Everything long runs in a `Job` off the GUI thread; results and refusals come back as messages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from fieldapp.services.app import AppServices
from fieldapp.services.documents import QuestionnaireIncomplete, UnsupportedFormat
from fieldapp.services.preferences import Preference
from fieldapp.ui.errors import user_message
from fieldapp.ui.formatting import file_filters, left_to_right
from fieldapp.ui.worker import Job, ProgressFn, start

if TYPE_CHECKING:
    from fieldapp.services.preregistration import ImportReport
    from fieldapp.ui.dialogs.import_report import ImportReportDialog
    from fieldapp.ui.main_window import MainWindow
    from fieldapp.ui.print_controller import PrintController


def documents_dir() -> Path:
    """Where save dialogs start."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # A fresh Linux account may have no Documents folder: a save there would fail.
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def with_chosen_suffix(name: str, chosen_filter: str, suffixes: tuple[str, ...]) -> Path:
    """The file a save dialog returned: kept when it ends in one of `suffixes`, otherwise given
    the suffix of the filter the user chose (`"Excel (*.xlsx)"` gives `.xlsx`)."""
    path = Path(name)
    if path.suffix.lower() in suffixes:
        return path
    return path.with_suffix("." + chosen_filter.split("*.")[-1].rstrip(")"))


class FileActions(QObject):
    """Import, print, save and export for the main window. No signals of its own."""

    def __init__(
        self,
        window: MainWindow,
        services: AppServices,
        language: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.language = language
        self.last_import_report: ImportReportDialog | None = None

    @property
    def printer(self) -> PrintController:
        """The window's print controller (built at the first print)."""
        return self.window.printer

    # -- import ---------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        """Pick a CSV file and import it into the open or selected session."""
        session_id = self.window.current_session_id() or (
            self.window.sessions_view.selected_session_id()
        )
        if session_id is None:
            self.window.tell(
                self.tr("Select the session to import the list into (or create one first).")
            )
            return
        file_name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Pre-registration list"),
            str(documents_dir()),
            file_filters(self.tr("CSV files (*.csv);;All files (*)")),
        )
        if file_name:
            self.import_file(session_id, Path(file_name))

    def import_file(self, session_id: str, path: Path) -> Job:
        """Import `path` off the GUI thread; show the report when done. Returns the job."""
        from fieldapp.services.preregistration import (
            ImportRefused,
            KnownCrafts,
            import_preregistration,
        )
        from fieldapp.ui.dialogs.import_report import ImportReportDialog

        language = self.language()
        progress = self._progress(self.tr("Importing %1…").replace("%1", left_to_right(path.name)))

        def work(report: ProgressFn) -> ImportReport:
            return import_preregistration(
                self.services.context,
                session_id=session_id,
                path=path,
                lang=language,
                progress=report,
                crafts=KnownCrafts.of_form(
                    self.services.forms.require(self.services.sessions.get(session_id).form_id)
                ),
            )

        def done(report: ImportReport) -> None:
            self.last_import_report = ImportReportDialog(
                report, file_name=path.name, language=language, parent=self.window
            )
            self.last_import_report.open()

        return self._run(work, progress, done, expected=(ImportRefused,))

    # -- printing -------------------------------------------------------------------------
    def _current(self) -> tuple[str, str] | None:
        """The session and attendee at the desk, saved first when something was typed."""
        registration = self.window.session_screen.registration
        unsaved = registration.current is None or registration.dirty
        if registration.session is not None and unsaved:
            saved = registration.save(focus_search=False)
            if saved is None:
                return None
        if registration.current is None or registration.session is None:
            self.window.tell(self.tr("Save the attendee first (Ctrl+S), then print."))
            return None
        return registration.session.id, registration.current.id

    def _file_name(self) -> str:
        from fieldapp.ui.print_controller import pdf_file_name  # Qt print support: not at start

        current = self.window.session_screen.registration.current
        if current is None:
            return pdf_file_name()
        return pdf_file_name(current.name_lat or current.name_ar, current.cin)

    def export_folder(self) -> Path:
        """The folder the last sheet, summary or list was exported to (documents at first)."""
        return self.services.preferences.folder(Preference.EXPORT_FOLDER) or documents_dir()

    def _exported(self, path: Path) -> None:
        """Say where the file went, and start the next export's dialog there."""
        self.services.preferences.set_folder(Preference.EXPORT_FOLDER, folder=path.parent)
        self.window.show_status(self.tr("Saved %1").replace("%1", left_to_right(str(path))))

    def pdf_folder(self) -> Path:
        """The folder the last checklist PDF went to (the documents folder at first)."""
        return self.services.preferences.folder(Preference.PDF_FOLDER) or documents_dir()

    def print_current(self) -> None:
        """Ctrl+P: save if needed, then preview and print the checklist of the attendee."""
        current = self._current()
        if current is None:
            return
        try:
            self.printer.preview_and_print(
                session_id=current[0], attendee_id=current[1], file_name=self._file_name()
            )
        except QuestionnaireIncomplete as incomplete:
            # Its advice would rest on missing answers: back to the first one, then say why
            # (the message box gives focus back to that question when it closes).
            self.window.session_screen.registration.reveal_unanswered()
            self.window.tell(incomplete.describe(self.language()), warning=True)

    def save_current_pdf(self) -> None:
        """Save the checklist of the attendee at the desk as a PDF file."""
        current = self._current()
        if current is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save checklist"),
            str(self.pdf_folder() / self._file_name()),
            file_filters(self.tr("PDF files (*.pdf)")),
        )
        if not name:
            self.printer.done.emit()
            return
        path = self.printer.save_pdf(attendee_ids=[current[1]], path=Path(name))
        self.services.preferences.set_folder(Preference.PDF_FOLDER, folder=path.parent)

    def print_unprinted(self) -> None:
        """Print every checklist of the session not printed yet."""
        session_id = self.window.current_session_id()
        if session_id is not None:
            self.printer.choose_printer_and_batch(session_id)

    # -- exports --------------------------------------------------------------------------
    def choose_and_export_sheet(self) -> None:
        """Ask where, then write the attendance sheet (PDF, CSV or XLSX by the file name)."""
        session_id = self.window.current_session_id()
        if session_id is None:
            return
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export attendance sheet"),
            str(self.export_folder() / "attendance.pdf"),
            file_filters(self.tr("PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)")),
        )
        if name:
            self.export_sheet(
                session_id, with_chosen_suffix(name, chosen, (".pdf", ".csv", ".xlsx"))
            )

    def export_sheet(self, session_id: str, path: Path) -> Job:
        """Write the attendance sheet off the GUI thread."""
        lang = self.language()
        return self._run(
            lambda _report: self.services.documents.attendance_sheet(
                session_id=session_id, path=path, lang=lang
            ),
            self._progress(self.tr("Writing %1…").replace("%1", left_to_right(path.name))),
            lambda result: self._exported(result.path),
            expected=(UnsupportedFormat,),
        )

    def choose_and_export_summary(self) -> None:
        """Ask where, then write the session summary PDF."""
        session_id = self.window.current_session_id()
        if session_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Session summary"),
            str(self.export_folder() / "summary.pdf"),
            file_filters(self.tr("PDF files (*.pdf)")),
        )
        if name:
            self.export_summary(session_id, Path(name).with_suffix(".pdf"))

    def export_summary(self, session_id: str, path: Path) -> Job:
        """Write the summary off the GUI thread."""
        lang = self.language()
        return self._run(
            lambda _report: self.services.documents.summary(
                session_id=session_id, path=path, lang=lang
            ),
            self._progress(self.tr("Writing %1…").replace("%1", left_to_right(path.name))),
            lambda result: self._exported(result.path),
        )

    # -- plumbing -------------------------------------------------------------------------
    def _progress(self, text: str) -> QProgressDialog:
        progress = QProgressDialog(text, "", 0, 0, self.window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        return progress

    def _run(
        self,
        work: Callable[[ProgressFn], Any],
        progress: QProgressDialog,
        done: Callable[[Any], None],
        *,
        expected: tuple[type[BaseException], ...] = (),
    ) -> Job:
        language = self.language()
        job = Job(work, expected=expected)

        def on_progress(count: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(count)

        def on_finished(result: Any) -> None:
            progress.reset()
            progress.close()
            done(result)

        def on_failed(error: BaseException) -> None:
            progress.reset()
            progress.close()
            shown = str(error) if isinstance(error, expected) else user_message(error, language)
            self.window.tell(shown, warning=True)

        job.signals.progress.connect(on_progress)
        job.signals.finished.connect(on_finished)
        job.signals.failed.connect(on_failed)
        start(job)
        return job
