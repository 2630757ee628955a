"""An open session: its header, the registration desk and the attendance list in tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from fieldapp.domain.models import Session, SessionStatus
from fieldapp.services.app import AppServices
from fieldapp.services.events import Change
from fieldapp.ui.change_relay import ChangeRelay
from fieldapp.ui.controllers.registration import RegistrationController
from fieldapp.ui.formatting import format_date, in_direction, isolated
from fieldapp.ui.models.attendance_table import AttendanceRow
from fieldapp.ui.views.attendance import AttendanceView
from fieldapp.ui.views.desk import DeskView


class SessionScreen(QWidget):
    """Composes the desk and the attendance list for one session.

    Signals:
        counts_changed(str): the attendee counts by state, for the status bar.
    """

    counts_changed = Signal(str)
    DESK, ATTENDANCE = 0, 1

    def __init__(
        self,
        services: AppServices,
        relay: ChangeRelay,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.language = language
        self.session: Session | None = None
        self.header = QLabel()
        self.header.setObjectName("sessionHeader")
        self.header.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.desk = DeskView()
        self.attendance = AttendanceView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.desk, "")
        self.tabs.addTab(self.attendance, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        self.registration = RegistrationController(services, self.desk, language, self)
        self.attendance.edit_requested.connect(self.open_at_desk)
        self.attendance.delete_requested.connect(self.confirm_delete)
        self.attendance.undo_check_in_requested.connect(
            lambda attendee_id: self.services.attendees.undo_check_in(attendee_id=attendee_id)
        )
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(50)
        self.refresh_timer.timeout.connect(self.refresh)
        relay.changed.connect(self._on_change)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.tabs.setTabText(self.DESK, self.tr("Registration desk (Ctrl+D)"))
        self.tabs.setTabText(self.ATTENDANCE, self.tr("Attendance list (Ctrl+L)"))
        self.desk.retranslate()
        self.attendance.retranslate()
        self._update_header()
        if self.session is not None:
            self.registration.retranslate()
            self.refresh()

    def _update_header(self) -> None:
        session = self.session
        if session is None:
            self.header.clear()
            return
        parts = [isolated(session.place), format_date(session.date, long=True)]
        if session.venue:
            parts.append(isolated(session.venue))
        if session.status is SessionStatus.CLOSED:
            parts.append(self.tr("closed"))
        agent = self.tr("Agent: %1").replace("%1", isolated(self.services.agent) or "—")
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.header.setText(in_direction(" · ".join(parts) + "    " + agent, rtl=rtl))

    def set_session(self, session: Session) -> None:
        """Show `session`: empty desk, fresh list."""
        self.session = session
        self._update_header()
        form = self.services.forms.require(session.form_id)
        lang = self.language()
        self.attendance.set_outcomes([(o.id, o.title.get(lang)) for o in form.outcomes])
        self.registration.set_session(session)
        self.tabs.setCurrentIndex(self.DESK)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if self.session is None:
            return
        if change.kind == "session" and self.session.id in change.ids:
            self.session = self.services.sessions.get(self.session.id)
            self._update_header()
        elif change.session_id == self.session.id:
            self.refresh_timer.start()

    def rows(self) -> list[AttendanceRow]:
        """The session's attendees with their questionnaire state and outcomes."""
        assert self.session is not None
        session_id = self.session.id
        lang = self.language()
        status = self.services.answers.session_status(session_id=session_id)
        outcomes = self.services.answers.session_outcomes(session_id=session_id, lang=lang)
        return [
            AttendanceRow(
                attendee,
                status.get(attendee.id),
                tuple((o.id, o.title) for o in outcomes.get(attendee.id, ())),
            )
            for attendee in self.services.attendees.list_in_session(session_id)
        ]

    def refresh(self) -> None:
        """Reload the list and the counts (and the desk's search results)."""
        self.refresh_timer.stop()
        if self.session is None:
            return
        rows = self.rows()
        self.attendance.set_rows(rows)
        self.counts_changed.emit(self.counts_text(rows))
        if self.desk.search.text().strip():
            self.registration.run_search()

    def counts_text(self, rows: list[AttendanceRow]) -> str:
        """`N registered · present · questions pending · not printed · expected`."""
        present = [r for r in rows if r.attendee.checked_in]
        pending = sum(1 for r in present if r.questions_pending)
        unprinted = sum(1 for r in present if not r.printed)
        text = self.tr("Present: %1 · questions pending: %2 · not printed: %3 · expected: %4")
        for marker, value in (
            ("%1", len(present)),
            ("%2", pending),
            ("%3", unprinted),
            ("%4", len(rows) - len(present)),
        ):
            text = text.replace(marker, str(value))
        return text

    def set_read_only(self, read_only: bool) -> None:
        """A session imported at the office: shown, searched and printed, never edited."""
        desk = self.desk
        for widget in (desk.attendee_form, desk.questionnaire, desk.save_button, desk.new_button):
            widget.setEnabled(not read_only)
        if read_only:
            self.registration.say(
                lambda: self.tr("Imported from a laptop: read-only at the office.")
            )

    def open_at_desk(self, attendee_id: str) -> None:
        """Show the attendee in the desk's editor."""
        self.tabs.setCurrentIndex(self.DESK)
        if self.registration.may_leave():
            self.registration.edit(attendee_id)

    def confirm_delete(self, attendee_id: str) -> bool:
        """Ask, then delete (a tombstone is kept); True if deleted."""
        attendee = self.services.attendees.get(attendee_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete attendee"),
            self.tr("Delete %1 from this session? This cannot be undone here.").replace(
                "%1", attendee.display_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.delete(attendee_id)
        return True

    def delete(self, attendee_id: str) -> None:
        """Delete without asking (after confirmation)."""
        if self.registration.current is not None and self.registration.current.id == attendee_id:
            self.registration.new_walk_in(focus=False)
        self.services.attendees.delete(attendee_id=attendee_id)
