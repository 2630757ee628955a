"""Printing from the GUI: preview and print one checklist, save it as PDF, batch print with
progress and cancel off the GUI thread. Pages come rasterised from `services.printing`."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldapp.services.printing import NothingToPrint, PrintJob, PrintService
from fieldapp.ui.worker import Job, start

if TYPE_CHECKING:
    from fieldapp.documents.raster import PageImage


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


class PrintController(QObject):
    """Runs the print use cases for the window.

    Signals:
        message(str, bool): text to show the user, and whether it is a warning.
        batch_done(object): a batch print finished (the PrintJob, cancelled or not).
    """

    message = Signal(str, bool)
    batch_done = Signal(object)

    def __init__(
        self, printing: PrintService, language: Callable[[], str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.printing = printing
        self.language = language
        self.window = parent
        self.preview: QPrintPreviewDialog | None = None
        self.progress: QProgressDialog | None = None
        self.print_dialog: QPrintDialog | None = None

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

    def preview_and_print(self, *, session_id: str, attendee_id: str) -> QPrintPreviewDialog:
        """The system print dialog with a preview of the attendee's checklist."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        job = self.printing.prepare(
            session_id=session_id, attendee_ids=[attendee_id], lang=self.language(), dpi=200
        )
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the checklist"))
        dialog.paintRequested.connect(lambda target: paint_pages(target, job.pages, lambda: False))

        def finished(result: int) -> None:
            if result:
                self.printing.printed(job)
                self.message.emit(self.tr("The checklist was sent to the printer."), False)

        dialog.finished.connect(finished)
        dialog.open()
        self.preview = dialog
        return dialog

    def save_pdf(self, *, attendee_ids: Sequence[str], path: Path) -> None:
        """Write the checklists to a PDF file (recorded as printed)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.printing.save_pdf(attendee_ids=attendee_ids, path=path, lang=self.language())
        self.message.emit(self.tr("Saved %1").replace("%1", str(path)), False)

    def choose_printer_and_batch(self, session_id: str) -> None:
        """Ask for a printer, then print every unprinted checklist of the session."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.accepted.connect(lambda: self.batch_print(printer, session_id))
        dialog.setModal(True)
        dialog.show()
        self.print_dialog = dialog

    def batch_print(self, printer: QPrinter, session_id: str) -> Job:
        """Print all unprinted checklists off the GUI thread, with progress and cancel."""
        cancel = threading.Event()
        progress = QProgressDialog(
            self.tr("Preparing the checklists…"), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(200)
        progress.canceled.connect(cancel.set)
        self.progress = progress
        lang = self.language()
        dpi = min(printer.resolution(), 300)

        def work(report: Callable[[int, int], None]) -> PrintJob:
            job = self.printing.prepare_unprinted(
                session_id=session_id, lang=lang, dpi=dpi, progress=report, cancelled=cancel.is_set
            )
            if job.cancelled or not paint_pages(printer, job.pages, cancel.is_set):
                return PrintJob(job.session_id, job.attendee_ids, (), cancelled=True)
            return job

        job = Job(work, expected=(NothingToPrint,))

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Page %1 of %2").replace("%1", str(done)).replace("%2", str(total))
            )

        def on_finished(result: PrintJob) -> None:
            progress.reset()
            progress.close()
            if result.cancelled:
                self.message.emit(
                    self.tr("Printing cancelled; nothing was recorded as printed."), True
                )
            else:
                self.printing.printed(result)
                count = str(len(result.attendee_ids))
                self.message.emit(self.tr("%1 checklists printed.").replace("%1", count), False)
            self.batch_done.emit(result)

        def on_failed(error: BaseException) -> None:
            progress.reset()
            progress.close()
            if isinstance(error, NothingToPrint):
                self.message.emit(
                    self.tr("Every checklist of this session is already printed."), False
                )
            else:
                from fieldapp.ui.errors import user_message

                self.message.emit(user_message(error, lang), True)
            self.batch_done.emit(None)

        job.signals.progress.connect(on_progress)
        job.signals.finished.connect(on_finished)
        job.signals.failed.connect(on_failed)
        start(job)
        return job
