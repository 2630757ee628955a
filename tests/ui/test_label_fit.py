"""No label of the new-session and agent dialogs is cut in Arabic ("المكا" for المكان,
"الاستمار" for الاستمارة, "في هذ"): the ink of each label stays inside its box."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from fieldapp.services.app import AppServices
from fieldapp.ui.dialogs.agent_dialog import AgentDialog
from fieldapp.ui.dialogs.session_dialog import SessionDialog
from fieldapp.ui.i18n import LanguageManager, register_fonts


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    register_fonts()
    manager = LanguageManager(qapp)
    manager.apply("ar")
    yield
    manager.apply("en")


def _ink_at_edges(label: QLabel) -> bool:
    """True when dark text pixels touch the label's left or right column (a cut glyph)."""
    image = label.grab().toImage()
    for x in (0, image.width() - 1):
        for y in range(image.height()):
            if QColor(image.pixel(x, y)).lightness() < 128:
                return True
    return False


@pytest.mark.parametrize("which", ["session", "agent"])
def test_arabic_dialog_labels_are_not_cut(qtbot, arabic, services: AppServices, which) -> None:
    dialog: QDialog = (
        SessionDialog(services.sessions, language="ar")
        if which == "session"
        else AgentDialog("عائشة")
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert labels
    cut = [label.text() for label in labels if _ink_at_edges(label)]
    assert cut == []
    for label in labels:
        assert label.sizeHint().width() <= label.width()


def test_attendee_form_labels_are_not_cut_at_1024x600(qtbot, window, services: AppServices) -> None:
    session = services.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
    window.resize(1024, 600)
    window.sessions_view.refresh()
    assert window.open_session(session.id, agent="عائشة")
    form = window.session_screen.desk.attendee_form
    qtbot.waitUntil(form.labels["gender"].isVisible)
    cut = [label.text() for label in form.labels.values() if _ink_at_edges(label)]
    assert cut == []
