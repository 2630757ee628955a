"""Any exception that reaches the event loop: logged to the data dir, shown translated."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldapp.atomic import DiskFull
from fieldapp.domain.errors import ValidationFailed
from fieldapp.services.documents import QuestionnaireIncomplete
from fieldapp.services.errors import StoreError

log = logging.getLogger("fieldapp.ui")


def user_message(error: BaseException, language: str) -> str:
    """What to tell the user about `error`, in their language where we can."""
    if isinstance(error, ValidationFailed | QuestionnaireIncomplete):
        return error.describe(language)
    if isinstance(error, StoreError):
        return (
            QCoreApplication.translate("ErrorReporter", "The data could not be saved or read:")
            + "\n"
            + error.message(language)
        )
    if isinstance(error, DiskFull):
        return error.message(language)
    return QCoreApplication.translate(
        "ErrorReporter",
        "Something went wrong. Your saved work is safe; the details were written to the log file.",
    )


def install_exception_hook(language_of: object) -> None:
    """Route uncaught exceptions (e.g. in slots) to the log and a message box; keep running."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unhandled error in the interface", exc_info=(kind, error, trace))
        app = QApplication.instance()
        if app is None or QApplication.startingUp():
            return
        language = getattr(language_of, "language", "ar") or "ar"
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorReporter", "Error"))
        box.setText(user_message(error, language))
        box.exec()

    sys.excepthook = hook
