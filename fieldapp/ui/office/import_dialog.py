"""Office: import bundles (several files, drag and drop), progress per file and stage, then a
result page per file; an unknown laptop can be trusted from there and its bundle re-imported."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.office.import_report import ImportReport
from fieldapp.sync import BUNDLE_SUFFIX
from fieldapp.ui.controllers.files import documents_dir
from fieldapp.ui.formatting import file_filters
from fieldapp.ui.office.fingerprint import file_label
from fieldapp.ui.office.import_result import ImportResultPage
from fieldapp.ui.office.jobs import run_job
from fieldapp.ui.office.passphrase_dialog import PassphraseDialog, with_unlocked_keys
from fieldapp.ui.office.texts import STAGES, refusal_message, stage_label
from fieldapp.ui.worker import Job, ProgressFn


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files of a drag."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ImportDialog(QDialog):
    """Choose bundle files (or drop them), import them off the GUI thread, show the result.

    Signals:
        imported(object): the `ImportReport` of each run (the first and every re-import).
    """

    imported = Signal(object)
    CHOOSE, WORKING, RESULT = range(3)

    def __init__(
        self,
        services: AppServices,
        *,
        language: str,
        paths: Sequence[Path] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self.job: Job | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.report = ImportReport()
        self.setWindowTitle(self.tr("Import sync bundles"))
        self.setAcceptDrops(True)
        hint = QLabel(
            self.tr("Add the bundle files from the USB stick, or drop them on this window.")
        )
        hint.setWordWrap(True)
        self.files = QListWidget()
        self.files.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Enter imports: these two never become the default button by taking the focus
        # (after "Add files…" the focus is back on it, and Enter reopened the file chooser).
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setAutoDefault(False)
        remove = QPushButton(self.tr("&Remove"))
        remove.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        remove.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(remove)
        row.addStretch(1)
        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.addWidget(hint)
        choose_layout.addWidget(self.files)
        choose_layout.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00;")
        choose_layout.addWidget(self.error)
        self.file_label = QLabel()
        self.stage_label = QLabel()
        self.progress = QProgressBar()
        working = QWidget()
        working_layout = QVBoxLayout(working)
        for widget in (self.file_label, self.stage_label, self.progress):
            working_layout.addWidget(widget)
        working_layout.addStretch(1)
        self.result_page = ImportResultPage(services)
        self.result_page.trust_requested.connect(self.trust_and_reimport)
        self.pages = QStackedWidget()
        for page in (choose, working, self.result_page):
            self.pages.addWidget(page)
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(lambda: self.start())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        # Default once it is in the dialog: a button without a dialog parent cannot be one.
        self.import_button.setDefault(True)
        self.resize(860, 560)
        self.add_files(paths)

    # -- choosing -------------------------------------------------------------------------
    def paths(self) -> list[Path]:
        """The files listed."""
        return [
            Path(self.files.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.files.count())
        ]

    def add_files(self, paths: Sequence[Path]) -> None:
        """List more files (each once); back to the first page if a result was shown."""
        known = set(self.paths())
        for path in paths:
            if path not in known:
                item = QListWidgetItem(file_label(str(path)))
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                self.files.addItem(item)
                known.add(path)
        self.pages.setCurrentIndex(self.CHOOSE)
        self.import_button.show()
        self.import_button.setEnabled(self.files.count() > 0)
        self.import_button.setDefault(True)

    def choose_files(self) -> None:
        """Pick bundle files."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Sync bundles"),
            str(documents_dir()),
            file_filters(self.tr("Sync bundles (*%1);;All files (*)").replace("%1", BUNDLE_SUFFIX)),
        )
        self.add_files([Path(name) for name in names])
        if names:
            self.import_button.setFocus()  # chosen: Enter (or Space) imports

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.import_button.setEnabled(self.files.count() > 0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files."""
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Add the dropped files."""
        paths = dropped_files(event)
        if paths and self.job is None:
            if self.pages.currentIndex() == self.RESULT:
                self.files.clear()
            self.add_files(paths)
            event.acceptProposedAction()

    # -- importing ------------------------------------------------------------------------
    def start(self, paths: Sequence[Path] | None = None, *, trust: bool = False) -> Job | None:
        """Import `paths` (default: the files listed) off the GUI thread."""
        chosen = list(paths) if paths is not None else self.paths()
        if not chosen:
            return None
        if self._services.office_keys.locked():  # the passphrase first, then this import
            self.passphrase_dialog = with_unlocked_keys(
                self, self._services, self._language, lambda: self.start(chosen, trust=trust)
            )
            return None
        self.error.clear()
        self.pages.setCurrentIndex(self.WORKING)
        self.import_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.progress.setRange(0, len(chosen) * len(STAGES))
        self._show_step(chosen, 0, len(chosen) * len(STAGES))
        width = len(STAGES)

        def work(progress: ProgressFn) -> ImportReport:
            return self._services.bundle_import.import_bundles(
                paths=chosen,
                trust_new_devices=trust,
                progress=lambda step: progress(
                    step.index * width + STAGES.index(step.stage) + 1, step.files * width
                ),
            )

        self.job = run_job(
            work,
            progress=lambda done, total: self._show_step(chosen, done, total),
            done=lambda report: self._done(report, replace=trust),
            failed=self._failed,
        )
        return self.job

    def _show_step(self, paths: Sequence[Path], done: int, total: int) -> None:
        """Progress: file `done // len(STAGES)`, at the stage before `done % len(STAGES)`."""
        index = min(max(done - 1, 0) // len(STAGES), len(paths) - 1)
        stage = STAGES[max(done - 1, 0) % len(STAGES)] if done else STAGES[0]
        self.file_label.setText(
            self.tr("File %1 of %2: %3")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(paths)))
            .replace("%3", file_label(paths[index].name))
        )
        self.stage_label.setText(stage_label(stage))
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def trust_and_reimport(self, path: Path) -> Job | None:
        """The clerk compared the fingerprint: trust the laptop and import its bundle again."""
        return self.start([path], trust=True)

    def _done(self, report: ImportReport, *, replace: bool) -> None:
        self.job = None
        if replace:
            redone = {f.path: f for f in report.files}
            self.report.files = [redone.get(f.path, f) for f in self.report.files]
        else:
            self.report = report
        self.result_page.show_report(self.report)
        self.pages.setCurrentIndex(self.RESULT)
        self.import_button.hide()
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)  # Import is hidden: Enter closes the result
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.pages.setCurrentIndex(self.CHOOSE)
        self.import_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.error.setText(refusal_message(error, self._language))
