"""The result of a pre-registration import: counts, then every rejected row and duplicate."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.messages import field_label
from fieldapp.services.preregistration import ImportReport


class ImportReportDialog(QDialog):
    """Shows an ImportReport; one table row per problem, with its line number."""

    def __init__(
        self, report: ImportReport, *, file_name: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        locale = QLocale()
        self.summary = QLabel(
            self.tr("%1: %2 imported, %3 duplicates, %4 rejected rows.")
            .replace("%1", file_name)
            .replace("%2", locale.toString(report.imported))
            .replace("%3", locale.toString(len(report.duplicates)))
            .replace("%4", locale.toString(report.rejected_lines))
        )
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(report.rejected) + len(report.duplicates), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Field"), self.tr("Reason")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        row = 0
        for rejected in report.rejected:
            self._put(
                row,
                locale.toString(rejected.line),
                field_label(rejected.field, language),
                rejected.reason,
            )
            row += 1
        for duplicate in report.duplicates:
            self._put(
                row,
                locale.toString(duplicate.line),
                field_label("cin", language),
                self.tr("Duplicate: %1").replace("%1", duplicate.reason),
            )
            row += 1
        self.table.setVisible(row > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420 if row else 160)

    def _put(self, row: int, line: str, field: str, reason: str) -> None:
        for column, text in enumerate((line, field, reason)):
            self.table.setItem(row, column, QTableWidgetItem(text))
