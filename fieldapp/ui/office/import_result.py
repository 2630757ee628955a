"""The result page of a bundle import: totals, one row per file, and for each unknown laptop
its fingerprint with a "Trust this laptop" button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.services.app import AppServices
from fieldapp.services.office.import_report import REJECTED, FileReport, ImportReport
from fieldapp.ui.formatting import left_to_right
from fieldapp.ui.i18n import interface_language
from fieldapp.ui.office.fingerprint import FingerprintLabel, file_label
from fieldapp.ui.office.table_models import TextTableModel
from fieldapp.ui.office.texts import status_label

UNTRUSTED = "UntrustedDevice"


class ImportResultPage(QWidget):
    """Shows an ImportReport.

    Signals:
        trust_requested(object): the `Path` of a bundle whose unknown laptop the clerk trusts.
    """

    trust_requested = Signal(object)
    FILE, RESULT, NEW, UPDATED, UNCHANGED, CONFLICTS, DUPLICATES = range(7)

    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.totals = QLabel()
        font = QFont(self.totals.font())
        font.setBold(True)
        self.totals.setFont(font)
        self.totals.setWordWrap(True)
        self.model = TextTableModel(self._headers, numeric=range(2, 7), parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab reaches the "Trust this laptop" button below instead of walking the cells.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Stretch)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.devices_box = QWidget()
        self.devices_layout = QVBoxLayout(self.devices_box)
        self.devices_layout.setContentsMargins(0, 0, 0, 0)
        self.trust_buttons: dict[Path, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.devices_box)

    def _headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Result"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Conflicts"),
            self.tr("Possible duplicates"),
        ]

    def show_report(self, report: ImportReport) -> None:
        """Render `report`."""
        locale = QLocale()
        totals = report.totals()
        self.totals.setText(
            self.tr(
                "%1 new, %2 updated, %3 unchanged records; %4 conflicts and %5 possible "
                "duplicates to review; %6 files refused."
            )
            .replace("%1", locale.toString(totals["new"]))
            .replace("%2", locale.toString(totals["updated"]))
            .replace("%3", locale.toString(totals["unchanged"]))
            .replace("%4", locale.toString(totals["conflicts"]))
            .replace("%5", locale.toString(totals["duplicates"]))
            .replace("%6", locale.toString(totals["rejected"]))
        )
        rows = []
        for file in report.files:
            rows.append(
                (
                    file_label(file.path.name),
                    status_label(file.status),
                    locale.toString(file.new),
                    locale.toString(file.updated),
                    locale.toString(file.unchanged),
                    locale.toString(len(file.conflicts)),
                    locale.toString(len(file.duplicates)),
                )
            )
        self.model.set_rows(rows, keys=[str(f.path) for f in report.files])
        self.details.setPlainText(
            "\n\n".join(f"{file_label(f.path.name)}: {self._details(f)}" for f in report.files)
        )
        self._show_unknown_devices(report)

    def _details(self, file: FileReport) -> str:
        if file.status == REJECTED and file.error_type == UNTRUSTED and file.device_id:
            # The service's text names the CLI's --trust-device; here the clerk has a button.
            return (
                self.tr(
                    "Refused: laptop %1 is not trusted by this office (fingerprint %2). Compare "
                    "the fingerprint with the laptop's, then press “Trust this laptop and import "
                    "again” below."
                )
                .replace("%1", left_to_right(file.device_id))
                .replace("%2", left_to_right(file.device_fingerprint))
            )
        if file.status == REJECTED:
            return file.message(interface_language())
        parts = []
        if file.receipt is not None:
            parts.append(
                self.tr("Receipt for the laptop: %1").replace(
                    "%1", left_to_right(str(file.receipt))
                )
            )
        if file.receipt_error:
            parts.append(file.receipt_error)
        return "\n".join(parts) or status_label(file.status)

    def _show_unknown_devices(self, report: ImportReport) -> None:
        while self.devices_layout.count():
            item = self.devices_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.trust_buttons = {}
        trusted = {d.device_id for d in self._services.bundle_import.trust.devices()}
        for file in report.files:
            if file.error_type != UNTRUSTED or not file.device_id:
                continue
            box = QGroupBox(self.tr("Unknown laptop: %1").replace("%1", file_label(file.path.name)))
            layout = QVBoxLayout(box)
            if file.device_id in trusted:
                warning = QLabel(
                    self.tr(
                        "This bundle claims to come from a laptop this office trusts, but it is "
                        "signed with another key. It was refused; do not trust it."
                    )
                )
                warning.setWordWrap(True)
                layout.addWidget(warning)
                layout.addWidget(FingerprintLabel(file.device_fingerprint))
            else:
                explain = QLabel(
                    self.tr(
                        "Compare this fingerprint with the one the laptop shows (Settings, "
                        "“This laptop's key fingerprint”). Trust it only if every group is the same."
                    )
                )
                explain.setWordWrap(True)
                layout.addWidget(explain)
                layout.addWidget(FingerprintLabel(file.device_fingerprint))
                button = QPushButton(self.tr("&Trust this laptop and import again"))
                button.clicked.connect(lambda _=False, p=file.path: self.trust_requested.emit(p))
                layout.addWidget(button)
                self.trust_buttons[file.path] = button
            self.devices_layout.addWidget(box)
        self.devices_box.setVisible(bool(self.devices_layout.count()))
