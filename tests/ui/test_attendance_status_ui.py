"""The attendance list shows each status with its time and can undo a check-in; the session
list counts present, expected and walk-ins; the attendee form flags a phone to confirm."""

from __future__ import annotations

import datetime as dt

from fieldapp.domain.models import Attendance, Attendee, AttendeeInput, Origin
from fieldapp.services.app import AppServices
from fieldapp.ui.models.attendance_table import AttendanceRow, AttendanceTableModel
from fieldapp.ui.models.session_table import SessionTableModel
from fieldapp.ui.views.attendance import AttendanceView
from fieldapp.ui.views.attendee_form import AttendeeFormView


def test_undo_check_in_from_the_attendance_list(qtbot, services: AppServices) -> None:
    session = services.sessions.create_session(place="Guelmim", date=dt.date(2025, 8, 1))
    listed = services.attendees.register(
        session_id=session.id,
        data=AttendeeInput(name_ar="فاطمة", cin="JA1001", origin=Origin.PRE_REGISTERED),
        checked_in=False,
    )
    present = services.attendees.check_in(attendee_id=listed.id)
    walk_in = services.attendees.register(
        session_id=session.id, data=AttendeeInput(name_ar="مريم", cin="JB2000", consent=True)
    )
    view = AttendanceView()
    qtbot.addWidget(view)
    view.set_rows([AttendanceRow(present, None), AttendanceRow(walk_in, None)])
    arrival = view.model.index(0, AttendanceTableModel.ARRIVAL).data()
    assert arrival == f"Present {present.arrival_time}" and present.arrival_time
    assert view.model.index(1, AttendanceTableModel.ARRIVAL).data().startswith("Walk-in")
    requested: list[str] = []
    view.undo_check_in_requested.connect(requested.append)
    view.select(walk_in.id)
    assert not view.undo_button.isEnabled()  # a walk-in has no check-in to undo
    view.select(present.id)
    assert view.undo_button.isEnabled()
    view.undo_button.click()
    assert requested == [present.id]
    services.attendees.undo_check_in(attendee_id=present.id)
    assert services.attendees.get(present.id).status is Attendance.EXPECTED

    model = SessionTableModel()
    model.set_rows(services.sessions.list_sessions())
    counts = [
        model.index(0, column).data()
        for column in (model.ATTENDEES, model.PRESENT, model.EXPECTED, model.WALK_INS)
    ]
    assert counts == ["2", "1", "1", "1"]


def test_the_form_flags_a_phone_to_confirm(qtbot) -> None:
    form = AttendeeFormView()
    qtbot.addWidget(form)
    form.set_attendee(Attendee(id="a", session_id="s", name_ar="فاطمة", phone="+212686123456"))
    assert form.inputs["phone"].text() == "06 86 12 34 56"
    assert form.errors["phone"].isVisibleTo(form) and "confirm" in form.errors["phone"].text()
    form.set_attendee(Attendee(id="b", session_id="s", name_ar="مريم", phone="+212612345678"))
    assert not form.errors["phone"].isVisibleTo(form)
