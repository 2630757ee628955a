"""A walk-in not saved yet sees the places of the session's province in the live outcomes, as
their printed checklist will."""

from __future__ import annotations

import datetime as dt

from PySide6.QtTest import QTest

from fieldapp.services.app import AppServices
from tests.ui.test_field_day import _choose


def test_the_walk_in_preview_names_the_sessions_province(
    qtbot, make_window, services: AppServices
) -> None:
    window = make_window()
    session = services.sessions.create_session(
        place="طانطان", date=dt.date(2025, 9, 12), province="Tan-Tan"
    )
    assert window.open_session(session.id, agent="عائشة")
    registration = window.session_screen.registration
    registration.new_walk_in()
    assert registration.current is None  # nothing saved: the preview is evaluated in the GUI
    rows = window.session_screen.desk.questionnaire.rows
    _choose(rows["practice_mode"], "individual")
    _choose(rows["has_diploma"], False)
    QTest.keyClicks(rows["years_practice"].input.line, "1")
    _choose(rows["rna_status"], "not_registered")
    _choose(rows["amo_status"], "none")
    registration.refresh_preview()
    shown = window.session_screen.desk.outcomes.plain_text()
    assert "طانطان" in shown
    assert "سيدي إفني" not in shown
