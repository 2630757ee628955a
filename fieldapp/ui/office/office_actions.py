"""Office commands: import bundles (dialog), export the filtered registry off the GUI thread,
save a person's follow-up. Refusals come back as translated messages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from fieldapp.services.app import AppServices
from fieldapp.services.bundles.errors import SyncError
from fieldapp.services.office.decisions import ChangedMeanwhile
from fieldapp.services.preferences import Preference
from fieldapp.ui.controllers.files import documents_dir, with_chosen_suffix
from fieldapp.ui.formatting import file_filters, left_to_right
from fieldapp.ui.office.import_dialog import ImportDialog
from fieldapp.ui.office.jobs import run_job
from fieldapp.ui.office.registry_view import OfficeView
from fieldapp.ui.office.texts import refusal_message
from fieldapp.ui.worker import Job


class OfficeActions(QObject):
    """Connects the office view to the services. No signals.

    `tell(text, warning)` shows a message box.
    """

    def __init__(
        self,
        window: QWidget,
        services: AppServices,
        view: OfficeView,
        *,
        language: Callable[[], str],
        tell: Callable[[str, bool], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._language = language
        self._tell = tell
        self.view = view
        self.import_dialog: ImportDialog | None = None
        self.last_export: tuple[Path, int] | None = None
        view.import_requested.connect(lambda paths: self.import_bundles(paths))
        view.export_requested.connect(self.choose_and_export)
        view.follow_up.save_requested.connect(self.save_follow_up)

    def import_bundles(self, paths: Sequence[Path] = ()) -> ImportDialog:
        """Open the import dialog (with dropped files listed), or add to the open one."""
        if self.import_dialog is not None and self.import_dialog.isVisible():
            self.import_dialog.add_files(list(paths))
            self.import_dialog.raise_()
            return self.import_dialog
        self.import_dialog = ImportDialog(
            self._services, language=self._language(), paths=list(paths), parent=self._window
        )
        self.import_dialog.imported.connect(lambda _report: self.view.refresh())
        self.import_dialog.open()
        return self.import_dialog

    def _export_folder(self) -> Path:
        """Where the last list went (the documents folder at first)."""
        return self._services.preferences.folder(Preference.EXPORT_FOLDER) or documents_dir()

    def choose_and_export(self) -> None:
        """Ask where, then write the filtered list as CSV or XLSX."""
        name, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the list"),
            str(self._export_folder() / "registry.xlsx"),
            file_filters(self.tr("Excel (*.xlsx);;CSV (*.csv)")),
        )
        if name:
            self.export(with_chosen_suffix(name, chosen, (".csv", ".xlsx")))

    def export(self, path: Path) -> Job:
        """Write the people of the current filter to `path` off the GUI thread."""
        filter_name = self.view.filter_name()
        language = self._language()
        self.view.export_button.setEnabled(False)

        def done(result: tuple[Path, int]) -> None:
            self.view.export_button.setEnabled(True)
            self.last_export = result
            self._services.preferences.set_folder(Preference.EXPORT_FOLDER, folder=result[0].parent)
            self._tell(
                self.tr("%n person(s) written to %1", "", result[1]).replace(
                    "%1", left_to_right(str(result[0]))
                ),
                False,
            )

        def failed(error: BaseException) -> None:
            self.view.export_button.setEnabled(True)
            self._tell(refusal_message(error, language), True)

        return run_job(
            lambda _progress: self._services.office.export_people(
                path=path, filter_name=filter_name, lang=language
            ),
            done=done,
            failed=failed,
        )

    def save_follow_up(self, person_key: str, status: str, note: str) -> None:
        """Store the follow-up (one short transaction); the view refreshes on the change."""
        shown = self.view.follow_up.person
        version = shown.follow_up_version if shown and shown.person_key == person_key else None
        try:
            self._services.office.set_follow_up(
                person=person_key, status=status, note=note, expected_version=version
            )
        except ChangedMeanwhile as changed:  # another clerk saved first: show theirs
            self._tell(changed.describe(self._language()), True)
            self.view.refresh()
            return
        except SyncError as error:
            self._tell(refusal_message(error, self._language()), True)
            return
        self.view.select(person_key)
        self.view.follow_up.message.setText(self.tr("Follow-up saved."))
