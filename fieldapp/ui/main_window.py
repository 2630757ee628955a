"""The main window: menus with shortcuts, the session list or an open session, language."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QToolBar, QWidget

from fieldapp import version
from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.models import SessionStatus
from fieldapp.services.app import AppServices
from fieldapp.ui.actions import WindowActions
from fieldapp.ui.change_relay import ChangeRelay
from fieldapp.ui.controllers.files import FileActions
from fieldapp.ui.formatting import left_to_right
from fieldapp.ui.i18n import LanguageManager
from fieldapp.ui.office.mode import OFFICE
from fieldapp.ui.office.window_sync import WindowSync
from fieldapp.ui.views.session_list import SessionListView
from fieldapp.ui.worker import Job

if TYPE_CHECKING:
    from fieldapp.services.printing import PrintService
    from fieldapp.ui.dialogs.import_report import ImportReportDialog
    from fieldapp.ui.print_controller import PrintController
    from fieldapp.ui.views.session_screen import SessionScreen

log = logging.getLogger(__name__)
STATUS_TIMEOUT_MS = 15000
# What a session imported at the office cannot do: it belongs to the laptop that sent it.
READ_ONLY_DISABLED = ("walk_in", "save", "delete", "close_session", "import")


class MainWindow(QMainWindow):
    """Composes the views and owns the actions; controllers do the work. No signals."""

    def __init__(
        self,
        services: AppServices,
        languages: LanguageManager,
        printing: PrintService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.languages = languages
        self.relay = ChangeRelay(services.bus, self)
        self.sessions_view = SessionListView(services, self.relay)
        # The session screen (desk, questionnaire, attendance) is built when a session is
        # first opened: the window shows the session list sooner.
        self._session_screen: SessionScreen | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sessions_view)
        self.setCentralWidget(self.stack)
        self.commands = WindowActions(self)
        self.file_menu = self.commands.menus["session"]
        self.language_menu = self.commands.menus["language"]
        self.help_menu = self.commands.menus["help"]
        self.language_actions = self.commands.language_actions
        self.new_session_action = self.commands["new_session"]
        self.edit_session_action = self.commands["edit_session"]
        self.import_action = self.commands["import"]
        # Printing (Qt's print support) is set up at the first print, not at start-up.
        self._printing = printing
        self._printer: PrintController | None = None
        self.files = FileActions(self, services, self.language)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions(
            [self.commands[name] for name in ("new_session", "open_session", "import")]
        )
        self.toolbar.addSeparator()
        self.toolbar.addActions(
            [self.commands[name] for name in ("walk_in", "save", "print", "attendance")]
        )
        self.addToolBar(self.toolbar)
        self._connect()
        self.sessions_view.session_activated.connect(lambda sid: self.open_session(sid))
        self.commands.set_screen(session_open=False)
        self.sessions_view.table.setFocus()
        self.sync = WindowSync(self)
        self.stack.currentChanged.connect(lambda _index: self.show_where())
        self.fit_to_screen()
        languages.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()

    def fit_to_screen(self) -> None:
        """1200×760 where the screen allows, never larger than its free area (the title bar
        and panels included: a 1366×768 laptop, a 1024×600 netbook)."""
        area = self.screen().availableGeometry()
        frame = 40  # title bar and borders, which Qt knows only once the window is shown
        self.resize(min(1200, area.width() - 16), min(760, area.height() - frame))
        self.move(area.x() + max(0, (area.width() - self.width()) // 2), area.y())

    @property
    def printer(self) -> PrintController:
        """Preview, print and PDF of checklists (built on first use: importing Qt's print
        support and its dialogs took ~10 ms of the start)."""
        if self._printer is None:
            from fieldapp.services.printing import PrintService
            from fieldapp.ui.print_controller import PrintController

            printer = PrintController(
                self._printing or PrintService(self.services.documents),
                self.language,
                self,
                pdf_folder=lambda: self.files.pdf_folder(),
            )
            printer.message.connect(self.report)
            printer.done.connect(self.back_to_search)
            self._printer = printer
        return self._printer

    @property
    def session_screen(self) -> SessionScreen:
        """The open session's screen (built on first use)."""
        if self._session_screen is None:
            from fieldapp.ui.views.session_screen import SessionScreen

            screen = SessionScreen(self.services, self.relay, self.language, self)
            self._session_screen = screen
            self.stack.addWidget(screen)
            screen.counts_changed.connect(self.statusBar().showMessage)
            screen.desk.print_button.clicked.connect(self.files.print_current)
            screen.retranslate()
        return self._session_screen

    def language(self) -> str:
        """The interface language now."""
        return self.languages.language or "ar"

    def _connect(self) -> None:
        connections = {
            "new_session": self.new_session,
            "open_session": self.open_selected_session,
            "edit_session": self.edit_session,
            "import": self.files.choose_and_import,
            "close_session": self.close_session,
            "back": self.show_session_list,
            "quit": self.close,
            "find": lambda: self.session_screen.desk.focus_search(),
            "walk_in": lambda: self.session_screen.registration.new_walk_in(),
            "check_in": self.activate_selected_result,
            "save": lambda: self.session_screen.registration.save(),
            "print": self.files.print_current,
            "save_pdf": self.files.save_current_pdf,
            "delete": self.delete_current,
            "print_unprinted": self.files.print_unprinted,
            "export_sheet": self.files.choose_and_export_sheet,
            "summary": self.files.choose_and_export_summary,
            "desk": lambda: self.session_screen.tabs.setCurrentIndex(self.session_screen.DESK),
            "attendance": lambda: self.session_screen.tabs.setCurrentIndex(
                self.session_screen.ATTENDANCE
            ),
            "about": self.about,
        }
        for name, slot in connections.items():
            self.commands[name].triggered.connect(lambda _checked=False, s=slot: s())
        for code, action in self.language_actions.items():
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))

    def retranslate(self) -> None:
        """Every visible text in the current language."""
        self.commands.retranslate()
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        if self.languages.language in self.language_actions:
            self.language_actions[self.languages.language].setChecked(True)
        self.sessions_view.retranslate()
        if self._session_screen is not None:
            self._session_screen.retranslate()
        self.sync.retranslate()
        self.show_where()

    def show_where(self) -> None:
        """The title and the status line say what is shown: the outreach days and the data
        folder, or the office registry and the database it is in."""
        if self.sync.showing_office():
            self.setWindowTitle(self.tr("fieldapp — office registry"))
            self.statusBar().showMessage(self.sync.registry_line())
            return
        self.setWindowTitle(self.tr("fieldapp — outreach days"))
        if self.current_session_id() is None:
            self.statusBar().showMessage(
                self.tr("Data folder: %1").replace("%1", left_to_right(str(self.services.data_dir)))
            )

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        self.languages.apply(language)
        self.services.preferences.set_language(language=language)

    # -- sessions -------------------------------------------------------------------------
    def current_session_id(self) -> str | None:
        """The open session, if the session screen is shown."""
        screen = self._session_screen
        session = screen.session if screen is not None else None
        if session is not None and self.stack.currentWidget() is screen:
            return session.id
        return None

    def new_session(self) -> None:
        """Ask for a new session's details and save it."""
        from fieldapp.ui.dialogs.session_dialog import SessionDialog

        forms = [(f.id, f.title(self.language()) or f.id) for f in self.services.forms.list_forms()]
        dialog = SessionDialog(
            self.services.sessions, language=self.language(), forms=forms, parent=self
        )
        if dialog.exec() and dialog.saved is not None:
            self.sessions_view.refresh()
            self.sessions_view.select(dialog.saved.id)

    def edit_session(self) -> None:
        """Edit the selected session."""
        session_id = self.sessions_view.selected_session_id()
        if session_id is None:
            self.tell(self.tr("Select a session first."))
            return
        from fieldapp.ui.dialogs.session_dialog import SessionDialog

        forms = [(f.id, f.title(self.language()) or f.id) for f in self.services.forms.list_forms()]
        session = self.services.sessions.get(session_id)
        dialog = SessionDialog(
            self.services.sessions,
            language=self.language(),
            forms=forms,
            session=session,
            parent=self,
        )
        dialog.exec()

    def open_selected_session(self) -> None:
        """Open the session selected in the list."""
        session_id = self.sessions_view.selected_session_id()
        if session_id is None:
            self.tell(self.tr("Select a session first."))
            return
        self.open_session(session_id)

    def ask_agent(self) -> str | None:
        """The agent's name (the last one used as default); None if cancelled."""
        from fieldapp.ui.dialogs.agent_dialog import AgentDialog

        dialog = AgentDialog(self.services.preferences.agent(), self)
        return dialog.agent() if dialog.exec() else None

    def open_session(self, session_id: str, *, agent: str | None = None) -> bool:
        """Show the session's desk; asks who the agent is unless `agent` is given. At the
        office nobody is asked, and a session imported from a laptop is read-only."""
        session = self.services.sessions.get(session_id)
        office = self.sync.mode() == OFFICE
        if agent is None and not office:
            agent = self.ask_agent()
            if agent is None:
                return False
        if agent is not None:
            try:
                self.services.agent = self.services.preferences.set_agent(agent=agent)
            except ValidationFailed as refused:
                self.tell(refused.describe(self.language()), warning=True)
                return False
        read_only = office and session.device_id != self.services.store.device.device_id
        self.stack.setCurrentWidget(self.session_screen)
        self.commands.set_screen(session_open=True)
        self.session_screen.set_session(session)
        self.session_screen.set_read_only(read_only)
        if read_only:
            for name in READ_ONLY_DISABLED:
                self.commands[name].setEnabled(False)
        return True

    def show_session_list(self) -> None:
        """Back to the list of sessions (a draft in progress is kept)."""
        screen = self._session_screen
        if screen is not None and screen.registration.draft_timer.isActive():
            screen.registration.save_draft()
        self.stack.setCurrentWidget(self.sessions_view)
        self.commands.set_screen(session_open=False)
        self.sessions_view.refresh()
        if screen is not None and screen.session is not None:
            self.sessions_view.select(screen.session.id)
        self.sessions_view.table.setFocus()
        self.retranslate()

    def close_session(self) -> None:
        """Mark the open session closed (after confirmation) and go back to the list."""
        session_id = self.current_session_id()
        if session_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close session"),
            self.tr("Mark this session as closed? Registrations stay; the day is over."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.services.sessions.set_status(session_id=session_id, status=SessionStatus.CLOSED)
            self.show_session_list()

    def activate_selected_result(self) -> None:
        """F2: check in (or open, or prefill from) the selected search result."""
        if self.current_session_id() is None:
            return
        row = self.session_screen.desk.current_result_row()
        if row is not None:
            self.session_screen.registration.activate_result(row)

    def delete_current(self) -> None:
        """Delete the attendee selected in the list, or the one at the desk."""
        if self.current_session_id() is None:
            return
        screen = self.session_screen
        attendee_id = None
        if screen.tabs.currentIndex() == screen.ATTENDANCE:
            attendee_id = screen.attendance.selected_attendee_id()
        elif screen.registration.current is not None:
            attendee_id = screen.registration.current.id
        if attendee_id is not None:
            screen.confirm_delete(attendee_id)

    def restore_drafts(self) -> bool:
        """After a crash: open the session of the newest draft and put the draft back."""
        for key, session_id in self.services.drafts.pending():
            payload = self.services.drafts.load(key=key)
            if payload is None:
                continue
            agent = str(payload.get("agent") or "") or self.ask_agent()
            if not agent or not self.open_session(session_id, agent=agent):
                return False
            self.session_screen.registration.restore_draft(payload)
            return True
        return False

    # -- messages -------------------------------------------------------------------------
    def about(self) -> None:
        """Version and data location."""
        QMessageBox.about(
            self,
            self.tr("About fieldapp"),
            self.tr(
                "fieldapp %1\nOffline registration and guidance for crafts outreach days.\nData folder: %2"
            )
            .replace("%1", version())
            .replace("%2", left_to_right(str(self.services.data_dir))),
        )

    def show_status(self, text: str) -> None:
        """A result in the status bar (no box to dismiss)."""
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def report(self, text: str, warning: bool = False) -> None:
        """Results go to the status bar; warnings to a box that does not block."""
        if warning:
            self.tell(text, warning=True)
        else:
            self.show_status(text)

    def back_to_search(self) -> None:
        """After a print or a save: the desk's search box, ready for the next person."""
        if self.current_session_id() is not None:
            self.activateWindow()
            self.session_screen.desk.focus_search()

    def tell(self, text: str, warning: bool = False) -> None:
        """A message box that does not block the caller."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
        box.setWindowTitle(self.windowTitle())
        box.setText(text)
        box.open()
        self.last_message = box

    def import_file(self, session_id: str, path: Path) -> Job:
        """Import a pre-registration list off the GUI thread (see FileActions)."""
        return self.files.import_file(session_id, path)

    @property
    def last_import_report(self) -> ImportReportDialog | None:
        """The last import report dialog shown."""
        return self.files.last_import_report

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the draft, stop listening to the services before the window goes."""
        screen = self._session_screen
        if screen is not None and screen.registration.draft_timer.isActive():
            screen.registration.save_draft()
        self.relay.detach()
        super().closeEvent(event)
