"""Laptop: export a sync bundle to a USB stick, with progress and a clear success page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.bundles.export import ExportResult
from fieldapp.services.preferences import Preference
from fieldapp.ui.controllers.files import documents_dir
from fieldapp.ui.formatting import file_filters, format_date
from fieldapp.ui.office.fingerprint import file_label
from fieldapp.ui.office.jobs import run_job
from fieldapp.ui.office.texts import kind_label, refusal_message
from fieldapp.ui.worker import Job


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


class ExportDialog(QDialog):
    """Choose what and where, export off the GUI thread, then say what to do next.

    Signals:
        exported(object): the `ExportResult` of a written bundle.
    """

    exported = Signal(object)
    CHOOSE, WORKING, DONE = range(3)

    def __init__(
        self,
        services: AppServices,
        *,
        language: str,
        session_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self.job: Job | None = None
        self.result_value: ExportResult | None = None
        self.setWindowTitle(self.tr("Export sync bundle"))
        status = services.bundle_export.status()
        self.pending_radio = QRadioButton(
            self.tr(
                "Everything not yet delivered to the office (%Ln records)", "", status.pending_total
            )
        )
        self.session_radio = QRadioButton(self.tr("All of one &session:"))
        self.what = QButtonGroup(self)
        self.what.addButton(self.pending_radio)
        self.what.addButton(self.session_radio)
        self.session_combo = QComboBox()
        for summary in services.sessions.list_sessions():
            session = summary.session
            self.session_combo.addItem(f"{format_date(session.date)} — {session.place}", session.id)
        chosen = self.session_combo.findData(session_id) if session_id else -1
        if chosen >= 0:
            self.session_combo.setCurrentIndex(chosen)
        (self.session_radio if chosen >= 0 else self.pending_radio).setChecked(True)
        self.session_combo.setEnabled(self.session_radio.isChecked())
        self.session_radio.toggled.connect(self.session_combo.setEnabled)
        self.target = QLineEdit(
            str(services.preferences.folder(Preference.BUNDLE_FOLDER) or documents_dir())
        )
        self.target.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Enter exports: the choosers open only by their own key (Alt+letter, Space), never
        # by becoming the default button when they take the focus.
        self.folder_button = QPushButton(self.tr("Choose &folder…"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self.choose_folder)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.folder_button)
        file_button = QPushButton(self.tr("As a &file…"))
        file_button.setAutoDefault(False)
        file_button.clicked.connect(self.choose_file)
        target_row.addWidget(file_button)
        self.enrolment_hint = QLabel()
        self.enrolment_hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.pending_radio)
        form.addRow(self.session_radio, self.session_combo)
        target_label = QLabel(self.tr("&Save to (USB stick):"))
        target_label.setBuddy(self.target)  # with no buddy the "&" was shown as is
        form.addRow(target_label, target_row)
        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.addLayout(form)
        choose_layout.addWidget(self.enrolment_hint)
        choose_layout.addWidget(self.error)
        choose_layout.addStretch(1)
        if status.office_fingerprint is None:
            self.enrolment_hint.setText(
                self.tr(
                    "This laptop is not enrolled with a chamber office yet, so a bundle cannot be "
                    "encrypted. Open Settings (Ctrl+,), choose “Enrol with the office…” and "
                    "install the profile the office gave you."
                )
            )
        else:
            self.enrolment_hint.setText(
                self.tr("The bundle is encrypted for: %1").replace(
                    "%1", status.enrolled_office or ""
                )
            )
        self.working_label = QLabel(self.tr("Writing the bundle…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.done_title = QLabel(self.tr("Bundle written"))
        title_font = QFont(self.done_title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.done_title.setFont(title_font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QStackedWidget()
        self.pages.addWidget(choose)
        self.pages.addWidget(_page(self.working_label, self.progress))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.summary)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(self.done_title)
        done_layout.addWidget(scroll, 1)
        self.pages.addWidget(done)
        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setAutoDefault(True)
        self.export_button.setDefault(True)
        self.export_button.setEnabled(status.office_fingerprint is not None)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def choose_folder(self) -> None:
        """Pick the folder (the USB stick) the bundle is written to."""
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Where to save the bundle"), self.target.text()
        )
        if name:
            self.target.setText(name)
            self.export_button.setFocus()  # chosen: Enter (or Space) exports

    def choose_file(self) -> None:
        """Pick the bundle's file name yourself."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to save the bundle"),
            self.target.text(),
            file_filters(self.tr("Sync bundle (*.fieldbundle)")),
        )
        if name:
            self.target.setText(name)
            self.export_button.setFocus()

    def export(self) -> Job | None:
        """Write the bundle off the GUI thread."""
        text = self.target.text().strip()
        if not text:
            self.error.setText(self.tr("Choose where to save the bundle."))
            return None
        target = Path(text)
        session_id = self.session_combo.currentData() if self.session_radio.isChecked() else None
        self._services.preferences.set_folder(Preference.BUNDLE_FOLDER, folder=target)
        self.error.clear()
        self.pages.setCurrentIndex(self.WORKING)
        self.export_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.job = run_job(
            lambda progress: self._services.bundle_export.export_bundle(
                target=target, session_id=session_id, progress=progress
            ),
            progress=self._progress,
            done=self._done,
            failed=self._failed,
        )
        return self.job

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: ExportResult) -> None:
        self.result_value = result
        locale = QLocale()
        counts = "\n".join(
            f"    {kind_label(kind)}: {locale.toString(n)}"
            for kind, n in result.counts.items()
            if n
        )
        self.summary.setText(
            self.tr(
                "File: %1\nFolder: %2\nBundle number: %3\n\nRecords in it:\n%4\n\n"
                "Encrypted for the office: %5\n\nWhat to do next:\n"
                "1. Take the USB stick to the chamber office.\n"
                "2. The office imports the bundle and gives back a receipt file (%6).\n"
                "3. Bring the receipt back and choose Sync → Import receipt… so these records "
                "are marked delivered. Until then they stay on this laptop as “not yet delivered”."
            )
            .replace("%1", file_label(result.path.name))
            .replace("%2", file_label(str(result.path.parent)))
            .replace("%3", locale.toString(result.sequence))
            .replace("%4", counts + self._attendance(result))
            .replace("%5", self.tr("yes") if result.encrypted else self.tr("NO"))
            .replace("%6", file_label(f"{result.path.name}.receipt.json"))
        )
        self.pages.setCurrentIndex(self.DONE)
        self.close_button.setEnabled(True)
        self.close_button.setFocus()
        self.export_button.hide()
        self.resize(self.width(), max(self.height(), 560))
        self.exported.emit(result)

    def _attendance(self, result: ExportResult) -> str:
        """The bundle's attendees by status: a pre-registered person not arrived is no attendee."""
        seen = result.attendance
        if not seen.total:
            return ""
        locale = QLocale()
        return "\n" + (
            self.tr("    of whom present: %1 (walk-ins: %2), expected not arrived: %3, absent: %4")
            .replace("%1", locale.toString(seen.present))
            .replace("%2", locale.toString(seen.walk_ins))
            .replace("%3", locale.toString(seen.expected))
            .replace("%4", locale.toString(seen.absent))
        )

    def _failed(self, error: BaseException) -> None:
        self.pages.setCurrentIndex(self.CHOOSE)
        self.error.setText(refusal_message(error, self._language))
        self.export_button.setEnabled(True)
        self.close_button.setEnabled(True)
