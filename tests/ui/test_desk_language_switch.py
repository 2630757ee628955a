"""A live language switch at the desk: every text the agent sees and its direction follow
(QA found the desk's message line still Arabic, an Arabic name's title at the right of a French
window, and the headers still in the Arabic font after ar → fr)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from fieldapp.services.app import AppServices
from fieldapp.services.preregistration import import_preregistration
from fieldapp.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[1] / "data"
ARABIC = re.compile("[\u0600-\u06ff]")


def _without_isolates(text: str) -> str:
    """The text with user data (isolated names and places) left out."""
    return re.sub("\u2068[^\u2069]*\u2069", "", text)


def _checked_in_at_the_desk(qtbot, make_window, services: AppServices) -> MainWindow:
    session = services.sessions.create_session(
        place="سيدي إفني", date=dt.date(2026, 12, 2), province="Sidi Ifni"
    )
    import_preregistration(services.context, session_id=session.id, path=DATA / "prereg_messy.csv")
    window: MainWindow = make_window("ar")
    assert window.open_session(session.id, agent="عائشة")
    registration = window.session_screen.registration
    registration.consent_prompt = lambda _attendee: True
    expected = next(
        a for a in services.attendees.list_in_session(session.id) if a.cin == "JA123456"
    )
    assert registration.check_in(expected)
    return window


def _font_family(label: QLabel) -> str:
    return label.fontInfo().family()


def test_after_ar_to_fr_the_desk_speaks_french_left_to_right(
    qtbot, make_window, services: AppServices
) -> None:
    window = _checked_in_at_the_desk(qtbot, make_window, services)
    screen = window.session_screen
    desk = screen.desk
    assert desk.message.text().startswith("\u200f")  # Arabic: "… سجل حضور"
    assert ARABIC.search(_without_isolates(desk.message.text()))
    assert _font_family(screen.header) == "Amiri"

    window.set_language("fr")

    header = screen.header.text()
    assert header.startswith("\u200e") and "2 décembre 2026" in header
    message = desk.message.text()
    assert message.startswith("\u200eArrivée de \u2068") and message.endswith("\u2069 pointée.")
    # The person's Arabic name titles the editor at the left, as French titles are.
    assert desk.editor_title.text().startswith("\u200e")
    assert not ARABIC.search(_without_isolates(window.statusBar().currentMessage()))
    # Headers drawn with a style sheet (bold, larger) take the French font too.
    app_family = QApplication.font().families()[0]
    for label in (screen.header, desk.editor_title, desk.results_hint):
        assert _font_family(label) != "Amiri", label.objectName()
        assert label.font().families()[0] == app_family

    window.set_language("ar")
    assert screen.header.text().startswith("\u200f")
    assert desk.message.text().startswith("\u200f")
    assert ARABIC.search(_without_isolates(desk.message.text()))
    assert _font_family(screen.header) == "Amiri"
