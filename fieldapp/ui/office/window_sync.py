"""The sync and office part of the main window: the office view in the window's stack, the
Sync menu's commands, settings, and the switch between field sessions and the office view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from fieldapp.ui.formatting import left_to_right
from fieldapp.ui.office.mode import OFFICE, current_mode

if TYPE_CHECKING:
    from fieldapp.ui.dialogs.settings_dialog import SettingsDialog
    from fieldapp.ui.main_window import MainWindow
    from fieldapp.ui.office.office_actions import OfficeActions
    from fieldapp.ui.office.passphrase_dialog import PassphraseDialog
    from fieldapp.ui.office.registry_view import OfficeView
    from fieldapp.ui.office.sync_actions import SyncActions

LAPTOP_ACTIONS = ("export_bundle", "import_receipt", "pending")
OFFICE_ACTIONS = ("import_bundles",)


class WindowSync(QObject):
    """Builds the office view and the sync controllers for `window`; owns the mode. No signals."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Built on first use: a field laptop seldom opens them, and they pull in the sync and
        # office services (encryption, XLSX), which would slow the start.
        self._office_view: OfficeView | None = None
        self._laptop: SyncActions | None = None
        self._office: OfficeActions | None = None
        self.settings_dialog: SettingsDialog | None = None
        # the session tools do not apply to the registry
        window.stack.currentChanged.connect(
            lambda _index: window.toolbar.setVisible(not self._showing_office())
        )
        connections = {
            "export_bundle": lambda: self.laptop.export_bundle(),
            "import_receipt": lambda: self.laptop.choose_receipt(),
            "pending": lambda: self.laptop.show_pending(),
            "import_bundles": lambda: self.office.import_bundles(),
            "settings": self.open_settings,
            "show_sessions": self.show_sessions,
            "show_office": self.show_office,
        }
        for name, slot in connections.items():
            window.commands[name].triggered.connect(lambda _checked=False, s=slot: s())
        self.apply_mode()

    @property
    def office_view(self) -> OfficeView:
        """The registry of people (office mode), added to the window's stack when first asked."""
        if self._office_view is None:
            from fieldapp.ui.office.registry_view import OfficeView

            self._office_view = OfficeView(
                self.window.services, self.window.relay, self.window.language
            )
            self.window.stack.addWidget(self._office_view)
            _ = self.office  # its import and export buttons are wired by the office actions
        return self._office_view

    @property
    def laptop(self) -> SyncActions:
        """Bundle export, receipts and the not-yet-delivered list."""
        if self._laptop is None:
            from fieldapp.ui.office.sync_actions import SyncActions

            window = self.window
            self._laptop = SyncActions(
                window,
                window.services,
                window.relay,
                language=window.language,
                tell=lambda text, warning: window.tell(text, warning),
                current_session=self._session_for_export,
            )
        return self._laptop

    @property
    def office(self) -> OfficeActions:
        """Bundle import into the registry and its exports."""
        if self._office is None:
            from fieldapp.ui.office.office_actions import OfficeActions

            window = self.window
            self._office = OfficeActions(
                window,
                window.services,
                self.office_view,
                language=window.language,
                tell=lambda text, warning: window.tell(text, warning),
            )
        return self._office

    def showing_office(self) -> bool:
        """The registry of people is the window's current view."""
        return self._showing_office()

    def registry_line(self) -> str:
        """The status line of the registry: which database it is in (never a password)."""
        location = self.window.services.office_registry_location()
        where = left_to_right(location.where)
        if location.engine == "postgresql":
            return self.tr("Office registry: PostgreSQL database %1").replace("%1", where)
        return self.tr("Office registry: SQLite file %1").replace("%1", where)

    def _showing_office(self) -> bool:
        return (
            self._office_view is not None and self.window.stack.currentWidget() is self._office_view
        )

    def _session_for_export(self) -> str | None:
        return self.window.current_session_id() or (
            self.window.sessions_view.selected_session_id()
            if self.window.stack.currentWidget() is self.window.sessions_view
            else None
        )

    def mode(self) -> str:
        """`laptop` or `office`."""
        return current_mode(self.window.services)

    def apply_mode(self) -> None:
        """Enable the commands of the mode; show the office view in office mode."""
        office = self.mode() == OFFICE
        for name in LAPTOP_ACTIONS:
            self.window.commands[name].setEnabled(not office)
        for name in OFFICE_ACTIONS:
            self.window.commands[name].setEnabled(office)
        if office:
            self.show_office()
        elif self._showing_office():
            self.show_sessions()

    def check_office_keys(self) -> PassphraseDialog | None:
        """At start-up in office mode: ask for the keys' passphrase, or offer to protect keys
        that have none (both can be put off: an import asks again). None when nothing to ask."""
        services = self.window.services
        if self.mode() != OFFICE or not (services.data_dir / "office").is_dir():
            return None
        from fieldapp.ui.office.passphrase_dialog import PROTECT, UNLOCK, PassphraseDialog

        keys = services.office_keys
        if not keys.exists() or (keys.protected() and not keys.locked()):
            return None
        dialog = PassphraseDialog(
            services,
            mode=UNLOCK if keys.protected() else PROTECT,
            language=self.window.language(),
            parent=self.window,
        )
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        """The settings dialog (mode, enrolment, office identity)."""
        from fieldapp.ui.dialogs.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(
            self.window.services, language=self.window.language(), parent=self.window
        )
        self.settings_dialog.mode_changed.connect(lambda _mode: self.apply_mode())
        self.settings_dialog.database_saved.connect(lambda text: self.window.tell(text, False))
        self.settings_dialog.open()
        return self.settings_dialog

    def show_office(self) -> None:
        """Show the registry of people (leaving an open session keeps its draft)."""
        if self.window.current_session_id() is not None:
            self.window.show_session_list()
        self.window.stack.setCurrentWidget(self.office_view)
        self.window.commands.set_screen(session_open=False, office=True)
        self.office_view.table.setFocus()

    def show_sessions(self) -> None:
        """Show the field sessions list."""
        if self._showing_office():
            self.window.show_session_list()

    def retranslate(self) -> None:
        """Texts in the current language."""
        if self._office_view is not None:
            self._office_view.retranslate()
