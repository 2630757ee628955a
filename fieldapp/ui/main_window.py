"""The main window: menus with shortcuts, the session list, language switching."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QToolBar,
    QWidget,
)

from fieldapp import __version__
from fieldapp.services.app import AppServices
from fieldapp.services.preregistration import ImportRefused, ImportReport, import_preregistration
from fieldapp.ui.change_relay import ChangeRelay
from fieldapp.ui.dialogs.import_report import ImportReportDialog
from fieldapp.ui.dialogs.session_dialog import SessionDialog
from fieldapp.ui.errors import user_message
from fieldapp.ui.i18n import LANGUAGES, LanguageManager
from fieldapp.ui.views.session_list import SessionListView
from fieldapp.ui.worker import Job, start

log = logging.getLogger(__name__)
LANGUAGE_SETTING = "ui_language"


class MainWindow(QMainWindow):
    """Composes the views; owns the menus and actions. No data logic of its own."""

    def __init__(
        self, services: AppServices, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.languages = languages
        self.relay = ChangeRelay(services.bus, self)
        self.sessions_view = SessionListView(services, self.relay)
        self.setCentralWidget(self.sessions_view)
        self._build_actions()
        self._build_menus()
        self.sessions_view.table.setFocus()
        self.resize(1000, 640)
        languages.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()

    # -- actions and menus ---------------------------------------------------------------
    def _build_actions(self) -> None:
        self.new_session_action = QAction(self)
        self.new_session_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_session_action.triggered.connect(self.new_session)
        self.edit_session_action = QAction(self)
        self.edit_session_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.edit_session_action.triggered.connect(self.edit_session)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.import_action.triggered.connect(self.choose_and_import)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_action.triggered.connect(self.about)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        keys = {"ar": Qt.Key.Key_1, "fr": Qt.Key.Key_2, "en": Qt.Key.Key_3}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | keys[code]))
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions(
            [self.new_session_action, self.edit_session_action, self.import_action]
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = bar.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.new_session_action, self.import_action])
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        """Every visible text in the current language."""
        self.setWindowTitle(self.tr("fieldapp — outreach days"))
        self.file_menu.setTitle(self.tr("&Session"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_session_action.setText(self.tr("&New session…"))
        self.edit_session_action.setText(self.tr("&Edit session…"))
        self.import_action.setText(self.tr("&Import pre-registration list…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About fieldapp"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        if self.languages.language in self.language_actions:
            self.language_actions[self.languages.language].setChecked(True)
        self.sessions_view.retranslate()
        self.statusBar().showMessage(
            self.tr("Data folder: %1").replace("%1", str(self.services.data_dir))
        )

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it."""
        self.languages.apply(language)
        self.services.store.settings.set(LANGUAGE_SETTING, language)

    # -- use cases -----------------------------------------------------------------------
    def new_session(self) -> None:
        """Ask for a new session's details and save it."""
        dialog = SessionDialog(
            self.services.sessions, language=self.languages.language, parent=self
        )
        if dialog.exec() and dialog.saved is not None:
            self.sessions_view.refresh()
            self.sessions_view.select(dialog.saved.id)

    def edit_session(self) -> None:
        """Edit the selected session."""
        session_id = self.sessions_view.selected_session_id()
        if session_id is None:
            self._tell(self.tr("Select a session first."))
            return
        session = self.services.sessions.get(session_id)
        dialog = SessionDialog(
            self.services.sessions, language=self.languages.language, session=session, parent=self
        )
        dialog.exec()

    def choose_and_import(self) -> None:
        """Pick a CSV file and import it into the selected session."""
        session_id = self.sessions_view.selected_session_id()
        if session_id is None:
            self._tell(self.tr("Select the session to import the list into (or create one first)."))
            return
        file_name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pre-registration list"),
            str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if file_name:
            self.import_file(session_id, Path(file_name))

    def import_file(self, session_id: str, path: Path) -> Job:
        """Import `path` off the GUI thread; show the report when done. Returns the job."""
        progress = QProgressDialog(
            self.tr("Importing %1…").replace("%1", path.name), "", 0, 0, self
        )
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        language = self.languages.language
        job = Job(
            lambda report_progress: import_preregistration(
                self.services.context,
                session_id=session_id,
                path=path,
                lang=language,
                progress=report_progress,
            )
        )

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def on_finished(report: ImportReport) -> None:
            progress.close()
            self.last_import_report = ImportReportDialog(
                report, file_name=path.name, language=language, parent=self
            )
            self.last_import_report.open()

        def on_failed(error: BaseException) -> None:
            progress.close()
            message = (
                str(error) if isinstance(error, ImportRefused) else user_message(error, language)
            )
            self._tell(message, warning=True)

        job.signals.progress.connect(on_progress)
        job.signals.finished.connect(on_finished)
        job.signals.failed.connect(on_failed)
        start(job)
        return job

    def about(self) -> None:
        """Version and data location."""
        QMessageBox.about(
            self,
            self.tr("About fieldapp"),
            self.tr(
                "fieldapp %1\nOffline registration and guidance for crafts outreach days.\nData folder: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.services.data_dir)),
        )

    def _tell(self, text: str, *, warning: bool = False) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
        box.setWindowTitle(self.windowTitle())
        box.setText(text)
        box.open()
        self.last_message = box

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop listening to the services before the window goes."""
        self.relay.detach()
        super().closeEvent(event)
