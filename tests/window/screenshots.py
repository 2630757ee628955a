"""Screenshots of the real window for the guides: `make screenshots` runs this under Xvfb at
1366×768 and 1024×600, in Arabic and French, into docs/screenshots/ (look at them before
committing). Usage: python -m tests.window.screenshots OUT_DIR"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldapp.app import build_window
from fieldapp.services.app import open_services
from fieldapp.services.preferences import Preference
from fieldapp.services.preregistration import import_preregistration

DATA = Path(__file__).resolve().parents[1] / "data"


def settle(ms: int = 300) -> None:
    """Let Qt lay out and paint."""
    QTest.qWait(ms)


def shoot(out: Path, name: str) -> Path:
    """The whole X screen (dialogs included) as a PNG."""
    settle()
    screen = QGuiApplication.primaryScreen()
    size = screen.size()
    path = out / f"{name}-{size.width()}x{size.height()}.png"
    screen.grabWindow(0).save(str(path))
    return path


def run(out: Path, language: str) -> list[Path]:
    """Desk, questionnaire, print preview, attendance, office registry in `language`."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder = Path(tempfile.mkdtemp())
    services = open_services(data_dir=folder / "data", agent="عائشة")
    services.preferences.set_folder(Preference.PDF_FOLDER, folder=folder)
    session = services.sessions.create_session(
        place="سيدي إفني", date=dt.date(2025, 8, 1), province="Sidi Ifni"
    )
    import_preregistration(services.context, session_id=session.id, path=DATA / "prereg_messy.csv")
    window = build_window(services, app, language)
    window.show()
    settle(500)
    shots: list[Path] = []
    window.open_session(session.id, agent="عائشة")
    screen = window.session_screen
    registration = screen.registration
    registration.consent_prompt = lambda _attendee: True
    QTest.keyClicks(screen.desk.search, "JA123456")
    settle(400)
    shots.append(shoot(out, f"desk-{language}"))
    QTest.keyClick(screen.desk.search, Qt.Key.Key_Return)
    rows = screen.desk.questionnaire.rows
    for question, key in (("practice_mode", "1"), ("has_diploma", "2")):
        QTest.keyClicks(rows[question].input.focus_widget(), key)
    QTest.keyClicks(rows["years_practice"].input.focus_widget(), "12")
    QTest.keyClick(rows["years_practice"].input.focus_widget(), Qt.Key.Key_Return)
    answers = (("rna_status", "3"), ("amo_status", "1"), ("tax_regime", "1"))
    answers += (("can_pay", "1"), ("rsu_status", "4"))  # a complete questionnaire prints
    for question, key in answers:
        QTest.keyClicks(rows[question].input.focus_widget(), key)
    shots.append(shoot(out, f"questionnaire-{language}"))
    later(lambda: shots.append(shoot(out, f"print-preview-{language}")), 1500)
    later(lambda: window.printer.preview and window.printer.preview.reject(), 2500)
    window.files.print_current()
    settle(3000)
    window.commands["attendance"].trigger()
    shots.append(shoot(out, f"attendance-{language}"))
    services.office.init_identity()
    window.sync.apply_mode()
    shots.append(shoot(out, f"office-{language}"))
    window.close()
    services.close()
    return shots


def later(action: Callable[[], object], ms: int) -> None:
    """Run `action` after `ms` milliseconds (while a dialog is open)."""
    QTimer.singleShot(ms, action)


def main() -> int:
    """Take every screenshot into the folder given."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    for language in ("ar", "fr"):
        for path in run(out, language):
            print(path)
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
