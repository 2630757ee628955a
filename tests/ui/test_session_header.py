"""The session header reads in the interface's direction, whatever the place's script."""

from __future__ import annotations

import datetime as dt

from fieldapp.services.app import AppServices


def _open(make_window, services: AppServices, language: str):
    session = services.sessions.create_session(place="سيدي إفني", date=dt.date(2026, 11, 20))
    window = make_window(language)
    window.open_session(session.id, agent="Brahim")
    return window.session_screen.header.text()


def test_an_arabic_place_does_not_turn_a_french_header_around(make_window, services) -> None:
    text = _open(make_window, services, "fr")
    # left-to-right paragraph; the Arabic place isolated, so the date and agent stay in order
    assert text.startswith("\u200e\u2068سيدي إفني\u2069 · 20 novembre 2026")
    assert text.endswith("Agent : \u2068Brahim\u2069")


def test_a_latin_agent_name_does_not_turn_an_arabic_header_around(make_window, services) -> None:
    text = _open(make_window, services, "ar")
    assert text.startswith("\u200f\u2068سيدي إفني\u2069 · ")
    assert "\u2068Brahim\u2069" in text
