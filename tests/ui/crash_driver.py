"""Runs the real GUI (`fieldapp.app.main`) for the crash-recovery test.

`type DATA_DIR SESSION_ID`: opens the session, types into the desk's form, prints
`DRAFT SAVED` once the autosave has written the draft, then waits to be killed.
`check DATA_DIR`: starts the app normally and prints what the desk shows after start-up.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fieldapp.app import main
from fieldapp.ui.main_window import MainWindow
from tests.ui.helpers import type_text


def _window() -> MainWindow:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    raise RuntimeError("no main window")


def _type(session_id: str) -> None:
    window = _window()
    window.open_session(session_id, agent="Brahim")
    form = window.session_screen.desk.attendee_form
    type_text(form.inputs["name_ar"], "خديجة أوبلا")
    type_text(form.inputs["phone"], "0661234567")
    services = window.services

    def wait_for_draft() -> None:
        if services.drafts.pending():
            print("DRAFT SAVED", flush=True)
        else:
            QTimer.singleShot(50, wait_for_draft)

    wait_for_draft()


def _check() -> None:
    window = _window()
    screen = window.session_screen
    form = screen.desk.attendee_form
    shown = {
        "session": screen.session.id if screen.session else None,
        "on_desk": window.stack.currentWidget() is screen,
        "name_ar": form.inputs["name_ar"].text(),
        "phone": form.inputs["phone"].text(),
        "agent": window.services.agent,
        "message": screen.desk.message.text(),
    }
    print("SHOWN " + json.dumps(shown, ensure_ascii=False), flush=True)
    window.close()


if __name__ == "__main__":
    mode, data_dir = sys.argv[1], sys.argv[2]
    if mode == "type":
        QTimer.singleShot(0, lambda: _type(sys.argv[3]))
    else:
        QTimer.singleShot(0, _check)
    sys.exit(main(["fieldapp-gui", "--data-dir", data_dir]))
