"""The attendance list of the open session: filters, sort, edit, delete, counts by state."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.models import Attendance
from fieldapp.ui.models.attendance_table import (
    AttendanceFilter,
    AttendanceRow,
    AttendanceTableModel,
    RowFilter,
)
from fieldapp.ui.table_rows import select_where, selected_data


class AttendanceView(QWidget):
    """Table of attendees with state and outcome filters.

    Signals:
        edit_requested(str): open this attendee at the desk (Enter or double-click).
        delete_requested(str): delete this attendee (after confirmation by the caller).
        undo_check_in_requested(str): put this checked-in person back to expected (a mistaken
            check-in; the undo is audited).
    """

    edit_requested = Signal(str)
    delete_requested = Signal(str)
    undo_check_in_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttendanceTableModel(self)
        self.proxy = AttendanceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.state = QComboBox()
        for state in RowFilter:
            self.state.addItem("", state.value)
        self.state.currentIndexChanged.connect(
            lambda _i: self.proxy.set_state(RowFilter(self.state.currentData()))
        )
        self.outcome = QComboBox()
        self.outcome.addItem("", "")
        self.outcome.currentIndexChanged.connect(
            lambda _i: self.proxy.set_outcome(str(self.outcome.currentData() or ""))
        )
        self.state_label = QLabel()
        self.state_label.setBuddy(self.state)
        self.outcome_label = QLabel()
        self.outcome_label.setBuddy(self.outcome)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Qt's header starts sorted descending: show the list from alef, as on the paper sheet.
        self.table.sortByColumn(AttendanceTableModel.NAME_AR, Qt.SortOrder.AscendingOrder)
        # Tab leaves the list for the buttons, as in a form; arrows move between rows.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self._edit())
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete)
        self.undo_button = QPushButton()
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._undo_check_in)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        filters = QHBoxLayout()
        filters.addWidget(self.state_label)
        filters.addWidget(self.state, 1)
        filters.addWidget(self.outcome_label)
        filters.addWidget(self.outcome, 1)
        filters.addWidget(self.edit_button)
        filters.addWidget(self.undo_button)
        filters.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        QWidget.setTabOrder(self.state, self.outcome)
        QWidget.setTabOrder(self.outcome, self.table)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        names = {
            RowFilter.ALL: self.tr("Everyone"),
            RowFilter.PENDING: self.tr("Questions pending"),
            RowFilter.NOT_PRINTED: self.tr("Checklist not printed"),
            RowFilter.ABSENT: self.tr("Expected, not arrived"),
        }
        for row in range(self.state.count()):
            self.state.setItemText(row, names[RowFilter(self.state.itemData(row))])
        self.outcome.setItemText(0, self.tr("Any outcome"))
        self.state_label.setText(self.tr("&Show:"))
        self.outcome_label.setText(self.tr("O&utcome:"))
        self.edit_button.setText(self.tr("Open at the desk"))
        self.delete_button.setText(self.tr("Delete…"))
        self.undo_button.setText(self.tr("Undo check-in"))
        self.undo_button.setToolTip(
            self.tr("The selected person did not come after all: back to expected (recorded)")
        )
        self.model.retranslate()

    def set_outcomes(self, outcomes: Sequence[tuple[str, str]]) -> None:
        """The outcome filter's choices: `(id, title)`."""
        chosen = self.outcome.currentData()
        while self.outcome.count() > 1:
            self.outcome.removeItem(1)
        for outcome_id, title in outcomes:
            self.outcome.addItem(title, outcome_id)
        self.outcome.setCurrentIndex(max(self.outcome.findData(chosen), 0))

    def set_rows(self, rows: Sequence[AttendanceRow]) -> None:
        """Show these rows, keeping the selection."""
        selected = self.selected_attendee_id()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if selected is not None:
            self.select(selected)
        self._selection_changed()

    def select(self, attendee_id: str) -> None:
        """Select the row of that attendee, if shown."""
        select_where(self.table, AttendanceTableModel.ATTENDEE_ID_ROLE, attendee_id)

    def selected_attendee_id(self) -> str | None:
        """The attendee of the selected row."""
        attendee_id = selected_data(self.table, AttendanceTableModel.ATTENDEE_ID_ROLE)
        return None if attendee_id is None else str(attendee_id)

    def _edit(self) -> None:
        attendee_id = self.selected_attendee_id()
        if attendee_id:
            self.edit_requested.emit(attendee_id)

    def selected_row(self) -> AttendanceRow | None:
        """The row selected, if any."""
        row = selected_data(self.table, AttendanceTableModel.ROW_ROLE)
        return row if isinstance(row, AttendanceRow) else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.undo_button.setEnabled(row is not None and row.attendee.status is Attendance.PRESENT)

    def _undo_check_in(self) -> None:
        row = self.selected_row()
        if row is not None and row.attendee.status is Attendance.PRESENT:
            self.undo_check_in_requested.emit(row.attendee.id)

    def _delete(self) -> None:
        attendee_id = self.selected_attendee_id()
        if attendee_id:
            self.delete_requested.emit(attendee_id)
