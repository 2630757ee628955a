"""The result of a pre-registration import: counts, then every refused row, warning and
duplicate with the person's name and CIN and the reason in full; the refused and warned rows
can be saved as a CSV file to correct and import again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.messages import field_label
from fieldapp.services.preregistration import ImportReport, RowNote
from fieldapp.ui.formatting import file_filters, isolated


class ImportReportDialog(QDialog):
    """Shows an ImportReport; one table row per problem: line, name, CIN, field, value as
    typed, and the reason (wrapped, never cut)."""

    COLUMNS = 6
    WIDTHS = (50, 150, 90, 120, 110)  # the reason takes the rest, its text wrapped

    def __init__(
        self, report: ImportReport, *, file_name: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.file_name = file_name
        self.setWindowTitle(self.tr("Import report"))
        locale = QLocale()
        # Each count is its own plural ("%Ln": the locale's digits), so Arabic says
        # "تنبيهان", "4 تنبيهات", "11 تنبيها" instead of a bare number before a singular.
        self.summary = QLabel(
            self.tr("%1: %2, %3, %4, %5.")
            .replace("%1", isolated(file_name))
            .replace("%2", self.tr("%Ln imported", "", len(report.imported)))
            .replace("%3", self.tr("%Ln duplicates", "", len(report.duplicates)))
            .replace("%4", self.tr("%Ln rejected rows", "", report.rejected_lines))
            .replace("%5", self.tr("%Ln warnings", "", len(report.warnings)))
        )
        self.summary.setWordWrap(True)
        entries: list[tuple[RowNote, str]] = [
            *((n, self.tr("Refused: %1")) for n in report.rejected),
            *((n, self.tr("Imported, to check: %1")) for n in report.warnings),
            *((n, self.tr("Duplicate: %1")) for n in report.duplicates),
        ]
        self.table = QTableWidget(len(entries), self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("CIN"),
                self.tr("Field"),
                self.tr("Value"),
                self.tr("Reason"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)  # the style's default (~176 px) would hide the reason
        for column, width in enumerate(self.WIDTHS):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (entry, template) in enumerate(entries):
            texts = (
                locale.toString(entry.line),
                entry.name,
                entry.cin,
                field_label(entry.field, language) if entry.field else "",
                entry.value,
                template.replace("%1", entry.reason),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        # Rows fit their wrapped reason, whatever the reason column's width.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(bool(entries))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save rows to correct…"))
        self.save_button.setToolTip(
            self.tr(
                "Save the refused and warned rows as a CSV file, with a 'problem' column: "
                "correct them in a spreadsheet, then import the file again."
            )
        )
        self.save_button.setVisible(bool(report.rows_to_correct))
        self.save_button.clicked.connect(self._ask_and_save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(1100, 520 if entries else 160)

    def suggested_path(self) -> Path:
        """`<file>-to-correct.csv` beside the imported file's name."""
        stem = Path(self.file_name).stem or "import"
        return Path.home() / f"{stem}-to-correct.csv"

    def save_corrections(self, path: Path) -> int:
        """Write the rows to correct to `path`; return how many were written."""
        return self.report.write_corrections(path)

    def _ask_and_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save rows to correct"),
            str(self.suggested_path()),
            file_filters("CSV (*.csv)"),
        )
        if not name:
            return
        try:
            count = self.save_corrections(Path(name))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save rows to correct"),
                self.tr("The file could not be written (%1). Choose another folder.").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            return
        QMessageBox.information(
            self,
            self.tr("Save rows to correct"),
            self.tr(
                "%Ln rows saved to %1. Correct them, then import this file again.", "", count
            ).replace("%1", name),
        )
