"""The attendance and search models under qtmodeltester, and the attendance filters."""

from __future__ import annotations

from fieldapp.domain.models import Attendance, Attendee, Origin
from fieldapp.services.answers import AnswerStatus
from fieldapp.services.attendees import MatchKind, SearchResult
from fieldapp.ui.models.attendance_table import (
    AttendanceFilter,
    AttendanceRow,
    AttendanceTableModel,
    RowFilter,
)
from fieldapp.ui.models.search_results import SearchResultsModel


def _rows() -> list[AttendanceRow]:
    walk_in = Attendee(id="a1", session_id="s", name_ar="مريم", cin="JB1")
    expected = Attendee(
        id="a2",
        session_id="s",
        name_lat="Ahmed",
        origin=Origin.PRE_REGISTERED,
        status=Attendance.EXPECTED,
    )
    printed = Attendee(id="a3", session_id="s", name_ar="يوسف", printed_at="2025-08-01T10:00")
    return [
        AttendanceRow(walk_in, AnswerStatus(True, False, ()), ()),
        AttendanceRow(expected, None, ()),
        AttendanceRow(printed, AnswerStatus(True, True, ("rna",)), (("rna", "التسجيل"),)),
    ]


def test_attendance_model_passes_the_model_tester(qtmodeltester) -> None:
    model = AttendanceTableModel()
    model.set_rows(_rows())
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 9
    assert model.index(1, AttendanceTableModel.NAME_LAT).data() == "Ahmed"
    assert model.index(1, AttendanceTableModel.ARRIVAL).data() == "Expected"
    assert model.index(0, AttendanceTableModel.QUESTIONS).data() == "Pending"
    assert model.index(2, AttendanceTableModel.PRINTED).data() == "Printed"
    model.set_rows([])
    qtmodeltester.check(model)


def test_attendance_filters(qtmodeltester) -> None:
    model = AttendanceTableModel()
    proxy = AttendanceFilter()
    proxy.setSourceModel(model)
    model.set_rows(_rows())
    qtmodeltester.check(proxy)

    def shown() -> list[str]:
        return [
            proxy.index(row, 0).data(AttendanceTableModel.ATTENDEE_ID_ROLE)
            for row in range(proxy.rowCount())
        ]

    assert shown() == ["a1", "a2", "a3"]
    proxy.set_state(RowFilter.PENDING)
    assert shown() == ["a1"]
    proxy.set_state(RowFilter.NOT_PRINTED)
    assert shown() == ["a1"]
    proxy.set_state(RowFilter.ABSENT)
    assert shown() == ["a2"]
    proxy.set_state(RowFilter.ALL)
    proxy.set_outcome("rna")
    assert shown() == ["a3"]


def test_search_results_model(qtmodeltester) -> None:
    model = SearchResultsModel()
    person = Attendee(id="p", session_id="s", name_ar="أحمد", name_lat="Ahmed", cin="JA1")
    model.set_rows(
        [
            SearchResult(person, MatchKind.PRE_REGISTERED, "Sidi Ifni", "2025-08-01"),
            SearchResult(person, MatchKind.KNOWN_ELSEWHERE, "Tan-Tan", "2025-03-01"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, SearchResultsModel.NAME).data() == "أحمد — Ahmed"
    assert "Tan-Tan" in model.index(1, SearchResultsModel.KIND).data()
