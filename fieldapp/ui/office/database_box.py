"""The office settings' "Office database": this PC's own file (the default) or a PostgreSQL
server named by a URL, with a connection test run off the GUI thread. A saved setting takes
effect when the office is opened again: the services already built keep the database they
opened (an import or export may be using it). When FIELDAPP_OFFICE_DATABASE is set it
decides, and the box only shows it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.errors import StoreError
from fieldapp.services.office.database_check import (
    DatabaseChoice,
    DatabaseProbe,
    check_connection,
    database_choice,
)
from fieldapp.services.office.database_setting import ENV_VAR, save_database_url
from fieldapp.ui.office.jobs import run_job
from fieldapp.ui.office.texts import refusal_message
from fieldapp.ui.worker import Job

EXAMPLE_URL = "postgresql://clerk@server/fieldapp"
FRAME_ALLOWANCE = 40  # the window manager's title bar and borders, outside the window


class DatabaseBox(QGroupBox):
    """Choose, test and save the office registry's database. No signals."""

    def __init__(
        self, services: AppServices, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Office database"), parent)
        self._services = services
        self._language = language
        self.job: Job | None = None
        self.embedded_radio = QRadioButton(self.tr("This PC's own &file (one clerk)"))
        self.postgres_radio = QRadioButton(self.tr("A Postgre&SQL server (several clerks)"))
        self.engines = QButtonGroup(self)
        self.engines.addButton(self.embedded_radio)
        self.engines.addButton(self.postgres_radio)
        self.url = QLineEdit()
        self.url.setPlaceholderText(EXAMPLE_URL)
        self.url.setAccessibleName(self.tr("Database URL"))
        self.url_label = QLabel(self.tr("Database &URL:"))
        self.url_label.setBuddy(self.url)
        # (a tooltip, not a line: the office's settings must fit a 768-pixel-high screen; a
        # URL with a password is refused with the same advice)
        self.url.setToolTip(
            self.tr(
                "No password in the URL: it goes in the PGPASSFILE file (or .pgpass) of this PC. "
                "A new setting takes effect at the next start."
            )
        )
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_label)
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.test_button)
        url_row.addWidget(self.save_button)
        engines = QHBoxLayout()
        engines.addWidget(self.embedded_radio)
        engines.addWidget(self.postgres_radio)
        engines.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(engines)
        layout.addLayout(url_row)
        layout.addWidget(self.status)
        self.choice = database_choice(services.data_dir)
        self._show_choice(self.choice)
        self.engines.buttonToggled.connect(lambda *_: self._enable())
        self.url.textEdited.connect(lambda _text: self._enable())

    def _show_choice(self, choice: DatabaseChoice) -> None:
        (self.postgres_radio if choice.url else self.embedded_radio).setChecked(True)
        self.url.setText(choice.shown)
        if choice.from_environment:
            self._tell(
                self.tr(
                    "Set on this computer by the variable %1, which overrides this setting: %2. "
                    "To choose here, remove the variable."
                )
                .replace("%1", ENV_VAR)
                .replace("%2", choice.shown or self.tr("this PC's own file")),
            )
        self._enable()

    def _enable(self) -> None:
        editable = not self.choice.from_environment
        postgres = self.postgres_radio.isChecked()
        for radio in (self.embedded_radio, self.postgres_radio):
            radio.setEnabled(editable and self.job is None)
        self.url.setReadOnly(not editable)
        self.url.setEnabled(postgres)
        self.url_label.setEnabled(postgres)
        self.test_button.setEnabled(postgres and self.job is None)
        self.save_button.setEnabled(editable and self.job is None and self._office_exists())

    def _office_exists(self) -> bool:
        # The URL is kept in the office folder, which must hold the keys first (an office
        # folder with only a URL in it would look like an office without keys).
        return self._services.office_keys.exists()

    def refresh(self) -> None:
        """After the office identity was created: saving is possible now."""
        self._enable()

    def wanted_url(self) -> str | None:
        """The URL chosen in the box (None: this PC's own file)."""
        return self.url.text().strip() if self.postgres_radio.isChecked() else None

    def unsaved(self) -> bool:
        """Whether the box shows another choice than the one saved."""
        if self.choice.from_environment or not self._office_exists():
            return False
        return (self.wanted_url() or None) != self.choice.saved

    def test_connection(self) -> Job | None:
        """Connect to the URL in the field (off the GUI thread) and tell what was found."""
        url = self.url.text().strip()
        to_save = not self.choice.from_environment
        if self.choice.from_environment:
            url = self.choice.url or ""
        self._tell(self.tr("Connecting to %1…").replace("%1", self.url.text().strip()))
        self.job = run_job(
            lambda _progress: check_connection(url, to_save=to_save),
            done=self._connected,
            failed=self._refused,
            expected=(StoreError,),
        )
        self._enable()
        return self.job

    def _connected(self, probe: DatabaseProbe) -> None:
        self.job = None
        self._enable()
        if probe.people is None:
            self._tell(
                self.tr(
                    "Connected: %1. The database holds no office registry yet: it is made "
                    "there when the office opens it."
                ).replace("%1", probe.server)
            )
        else:
            self._tell(
                self.tr("Connected: %1, %Ln people in the registry.", "", probe.people).replace(
                    "%1", probe.server
                )
            )

    def _refused(self, error: BaseException) -> None:
        self.job = None
        self._enable()
        self._tell(self._message(error), warning=True)
        self.url.setFocus()

    def _message(self, error: BaseException) -> str:
        if isinstance(error, StoreError):
            return error.message(self._language)
        return refusal_message(error, self._language)

    def save(self) -> bool:
        """Keep the choice in the office folder (a URL with a password is refused). False,
        with the reason shown, when it was not saved."""
        try:
            saved = save_database_url(self._services.data_dir, self.wanted_url())
        except (StoreError, OSError) as error:
            self._tell(self._message(error), warning=True)
            self.url.setFocus()
            return False
        self.choice = database_choice(self._services.data_dir)
        where = saved or self.tr("this PC's own file")
        self._tell(
            self.tr(
                "Saved: the office registry will be in %1. Close fieldapp and start it "
                "again to use it (the office open now keeps its database until then)."
            ).replace("%1", where)
        )
        return True

    def _tell(self, text: str, *, warning: bool = False) -> None:
        self.status.setStyleSheet("color: #a00;" if warning else "")
        self.status.setText(text)
        # once the layouts have taken the label's new lines in (a posted layout request)
        QTimer.singleShot(0, self, self._make_room)

    def _make_room(self) -> None:
        # A top-level window does not grow by itself for a word-wrapped label's new lines
        # (their height depends on the width): make it as tall as the text needs, within
        # the screen, so that a message is never cut off.
        window = self.window()
        layout = window.layout()
        if layout is None or not window.isVisible():
            return
        wanted = layout.totalHeightForWidth(window.width())
        room = window.screen().availableGeometry().height() - FRAME_ALLOWANCE
        if wanted > window.height():
            window.resize(window.width(), min(wanted, room))
