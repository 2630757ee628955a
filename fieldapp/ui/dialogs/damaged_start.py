"""When the window cannot open because the database is damaged: say so, and offer to restore
the latest automatic backup (with its date) beside quitting, through the same service as
`fieldapp restore --latest`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from fieldapp.services.app import AppServices, open_services
from fieldapp.services.backups import Backup, latest_backup, restore_latest
from fieldapp.services.errors import DataFolderDamaged, StoreError
from fieldapp.ui.i18n import DEFAULT_LANGUAGE, LanguageManager, register_fonts


class DamagedStartDialog(QMessageBox):
    """The damage message in the interface language; *Restore the latest backup (date)* when
    the database itself is damaged and a backup exists, and *Quit* (the default)."""

    def __init__(
        self,
        error: StoreError,
        backup: Backup | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle("fieldapp")
        self.setText(
            error.message(language) if isinstance(error, DataFolderDamaged) else str(error)
        )
        self.restore_button: QPushButton | None = None
        if isinstance(error, DataFolderDamaged) and error.restorable and backup is not None:
            taken = (
                QLocale().toString(
                    QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp())),
                    QLocale.FormatType.ShortFormat,
                )
                if backup.taken_at is not None
                else backup.path.name
            )
            self.restore_button = self.addButton(
                self.tr("&Restore the latest backup (%1)").replace("%1", taken),
                QMessageBox.ButtonRole.AcceptRole,
            )
            self.setInformativeText(
                self.tr(
                    "The damaged file is kept beside the restored one. Records saved after the "
                    "backup are not in it: enter them again or import them from a bundle."
                )
            )
        self.quit_button = self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.quit_button)
        self.setEscapeButton(self.quit_button)

    def restore_chosen(self) -> bool:
        """Whether the user chose to restore."""
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def open_or_restore(
    app: QApplication, data_dir: Path | str | None, language: str | None
) -> AppServices | None:
    """Open the data folder; when that fails, show why and, for a damaged database, offer
    the latest backup. Returns the opened services, or None to quit."""
    try:
        return open_services(data_dir=data_dir)
    except StoreError as error:
        failure = error
    register_fonts()
    languages = LanguageManager(app)  # the language setting is in the database: use --lang
    languages.apply(language or DEFAULT_LANGUAGE)
    try:
        dialog = DamagedStartDialog(failure, latest_backup(data_dir), languages.language)
        dialog.exec()
        if not dialog.restore_chosen():
            return None
        try:
            restore_latest(data_dir)
            return open_services(data_dir=data_dir)
        except StoreError as error:  # the backup is damaged too, or another file is
            DamagedStartDialog(error, None, languages.language).exec()
            return None
    finally:
        languages.apply("en")  # the window installs its own translations
