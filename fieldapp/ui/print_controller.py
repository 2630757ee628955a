"""Printing from the GUI: preview and print one checklist, save it as PDF, batch print with
progress and cancel off the GUI thread. Pages come rasterised from `services.printing`.

Lifetimes: Qt keeps raw pointers to the QPrinter a dialog or a painter works on, so every
printer is held here until the dialog (or the batch) that uses it is gone.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldapp.services.documents import QuestionnaireIncomplete
from fieldapp.services.printing import NothingToPrint, PrintJob, PrintService
from fieldapp.ui.formatting import left_to_right
from fieldapp.ui.worker import Job, start

if TYPE_CHECKING:
    from fieldapp.documents.raster import PageImage

PREVIEW_DPI = 200
# Qt's own text of the preview's Print button, looked up in Qt's translations (qtbase_*.qm).
_QT_PRINT_TEXT = ("QPrintPreviewDialog", "Print")


def pdf_file_name(*parts: str) -> str:
    """A file name from the attendee's name and CIN: `Ahmed-Benali-JA123456.pdf`."""
    words = [re.sub(r"[^\w]+", "-", part, flags=re.UNICODE).strip("-_") for part in parts]
    stem = "-".join(word for word in words if word) or "checklist"
    return f"{stem[:80]}.pdf"


def has_printer() -> bool:
    """True when the system has at least one printer (CUPS on Linux)."""
    return bool(QPrinterInfo.availablePrinterNames())


def paint_pages(
    printer: QPrinter, pages: Sequence[PageImage], cancelled: Callable[[], bool]
) -> bool:
    """Paint page images onto `printer`, one per sheet, scaled to fit; False if cancelled."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for number, page in enumerate(pages):
            if cancelled():
                printer.abort()
                return False
            if number:
                printer.newPage()
            image = QImage(
                page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB888
            )
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            area.moveTo(0, 0)
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - size.width()) // 2, area.y(), size.width(), size.height()
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True


def preview_print_action(dialog: QPrintPreviewDialog) -> QAction | None:
    """The preview dialog's own "Print" tool button action (Qt gives it no object name)."""
    text = QCoreApplication.translate(*_QT_PRINT_TEXT)
    for action in dialog.findChildren(QAction):
        if action.text().replace("&", "") == text.replace("&", ""):
            return action
    return None


class PrintController(QObject):
    """Runs the print use cases for the window.

    Signals:
        message(str, bool): text to show the user, and whether it is a warning.
        batch_done(object): a batch print finished (the PrintJob, cancelled or not).
        done(): a print, preview or save is over (the window puts focus back on the search).
    """

    message = Signal(str, bool)
    batch_done = Signal(object)
    done = Signal()

    def __init__(
        self,
        printing: PrintService,
        language: Callable[[], str],
        parent: QWidget,
        *,
        pdf_folder: Callable[[], Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.printing = printing
        self.language = language
        self.window = parent
        self.pdf_folder = pdf_folder or Path.home
        self.preview: QPrintPreviewDialog | None = None
        self.progress: QProgressDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        # Each printer stays referenced while a dialog or a batch paints on it.
        self._printers: dict[int, QPrinter] = {}

    def _keep(self, owner: QObject, printer: QPrinter) -> None:
        key = id(owner)
        self._printers[key] = printer
        owner.destroyed.connect(lambda _obj=None, k=key: self._printers.pop(k, None))

    def new_printer(self, file_name: str = "checklist.pdf") -> QPrinter:
        """A high-resolution printer; with no system printer, one that writes a PDF file."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(file_name).stem)
        if not has_printer():
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.pdf_folder() / file_name))
        return printer

    def print_to(
        self, printer: QPrinter, *, session_id: str, attendee_ids: Sequence[str]
    ) -> PrintJob:
        """Render and print the checklists now, then record them as printed."""
        job = self.printing.prepare(
            session_id=session_id,
            attendee_ids=attendee_ids,
            lang=self.language(),
            dpi=printer.resolution(),
        )
        if paint_pages(printer, job.pages, lambda: False):
            self.printing.printed(job)
        return job

    def preview_and_print(
        self, *, session_id: str, attendee_id: str, file_name: str = "checklist.pdf"
    ) -> QPrintPreviewDialog:
        """The print preview of the attendee's checklist; its Print button (or Enter, or
        Ctrl+P) opens the system print dialog, and a print that went through is recorded."""
        if self.preview is not None:
            self.preview.close()
        printer = self.new_printer(file_name)
        job = self.printing.prepare(
            session_id=session_id,
            attendee_ids=[attendee_id],
            lang=self.language(),
            dpi=PREVIEW_DPI,
        )
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog, printer)
        dialog.setWindowTitle(self.tr("Print the checklist"))
        area = self.window.screen().availableGeometry()
        dialog.resize(min(900, area.width() - 40), area.height() - 60)
        dialog.paintRequested.connect(lambda target: paint_pages(target, job.pages, lambda: False))
        print_action = preview_print_action(dialog)
        if print_action is not None:
            keys = QAction(dialog)
            keys.setShortcuts(
                [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter),
                 QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_P)]
            )  # fmt: skip
            keys.triggered.connect(print_action.trigger)
            dialog.addAction(keys)

        def finished(result: int) -> None:
            if self.preview is dialog:
                self.preview = None
            if result:
                target = printer.outputFileName()
                if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target:
                    # "Print to file": the document's own PDF (text that can be searched and
                    # copied) replaces the page images Qt wrote; this records the print too.
                    self.printing.save_pdf(attendee_ids=[attendee_id], path=Path(target),
                                           lang=self.language())  # fmt: skip
                    where = left_to_right(target)
                    text = self.tr("The checklist was printed to %1.").replace("%1", where)
                else:
                    self.printing.printed(job)
                    text = self.tr("The checklist was sent to the printer.")
                self.message.emit(text, False)
            self.done.emit()

        dialog.finished.connect(finished)
        self.preview = dialog
        dialog.open()
        return dialog

    def save_pdf(self, *, attendee_ids: Sequence[str], path: Path) -> Path:
        """Write the checklists to a PDF file (recorded as printed); returns the file."""
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.printing.save_pdf(attendee_ids=attendee_ids, path=path, lang=self.language())
        self.message.emit(self.tr("Saved %1").replace("%1", left_to_right(str(path))), False)
        self.done.emit()
        return path

    def choose_printer_and_batch(self, session_id: str) -> QPrintDialog:
        """Ask for a printer, then print every unprinted checklist of the session."""
        printer = self.new_printer("checklists.pdf")
        dialog = QPrintDialog(printer, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog, printer)

        def finished(result: int) -> None:
            if result:
                self.batch_print(printer, session_id)
            else:
                self.done.emit()

        dialog.finished.connect(finished)
        dialog.setModal(True)
        self.print_dialog = dialog
        dialog.show()
        return dialog

    def batch_print(self, printer: QPrinter, session_id: str) -> Job:
        """Print all unprinted checklists off the GUI thread, with progress and cancel."""
        cancel = threading.Event()
        progress = QProgressDialog(
            self.tr("Preparing the checklists…"), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(200)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(cancel.set)
        self.progress = progress
        self._keep(progress, printer)
        lang = self.language()
        dpi = min(printer.resolution(), 300)

        def work(report: Callable[[int, int], None]) -> PrintJob:
            job = self.printing.prepare_unprinted(
                session_id=session_id, lang=lang, dpi=dpi, progress=report, cancelled=cancel.is_set
            )
            if job.cancelled or not paint_pages(printer, job.pages, cancel.is_set):
                return PrintJob(job.session_id, job.attendee_ids, (), cancelled=True)
            return job

        job = Job(work, expected=(NothingToPrint, QuestionnaireIncomplete))

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Page %1 of %2").replace("%1", str(done)).replace("%2", str(total))
            )

        def close_progress() -> None:
            progress.reset()
            progress.close()
            progress.deleteLater()
            if self.progress is progress:
                self.progress = None

        def on_finished(result: PrintJob) -> None:
            close_progress()
            if result.cancelled:
                self.message.emit(
                    self.tr("Printing cancelled; nothing was recorded as printed."), True
                )
            else:
                self.printing.printed(result)
                count = len(result.attendee_ids)
                text = self.tr("%n checklist(s) printed.", "", count)
                if result.incomplete:
                    # Their advice would rest on missing answers: finish the questionnaire first.
                    separator = "، " if lang == "ar" else ", "
                    names = separator.join(result.incomplete)
                    left_out = self.tr("Not printed, questionnaire not complete: %1")
                    text += " " + left_out.replace("%1", names)
                self.message.emit(text, bool(result.incomplete))
            self.batch_done.emit(result)
            self.done.emit()

        def on_failed(error: BaseException) -> None:
            close_progress()
            if isinstance(error, NothingToPrint):
                self.message.emit(
                    self.tr("Every checklist of this session is already printed."), False
                )
            else:
                from fieldapp.ui.errors import user_message

                self.message.emit(user_message(error, lang), True)
            self.batch_done.emit(None)
            self.done.emit()

        job.signals.progress.connect(on_progress)
        job.signals.finished.connect(on_finished)
        job.signals.failed.connect(on_failed)
        start(job)
        return job
