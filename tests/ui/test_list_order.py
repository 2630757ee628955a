"""The attendance list opens in alphabetical order, and Tab leaves a list for the next control
instead of walking its cells (the keyboard user must reach the buttons beside it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldapp.domain.models import Attendee
from fieldapp.services.app import AppServices
from fieldapp.ui.models.attendance_table import AttendanceRow
from fieldapp.ui.office.import_result import ImportResultPage
from fieldapp.ui.views.attendance import AttendanceView


def _person(i: int, name: str) -> Attendee:
    return Attendee(id=f"a{i}", session_id="s", name_ar=name, cin=f"JA10000{i}")


def test_the_attendance_list_starts_from_alef_and_tab_goes_on(qtbot) -> None:
    view = AttendanceView()
    qtbot.addWidget(view)
    view.set_rows(
        [AttendanceRow(_person(i, n), None) for i, n in enumerate(["يوسف", "أحمد", "فاطمة"])]
    )
    shown = [view.table.model().index(r, 0).data() for r in range(3)]
    assert shown == ["أحمد", "فاطمة", "يوسف"]
    view.show()
    qtbot.waitExposed(view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view.table


def test_tab_in_the_import_result_reaches_the_buttons(qtbot, services: AppServices) -> None:
    page = ImportResultPage(services)
    qtbot.addWidget(page)
    assert not page.table.tabKeyNavigation()
