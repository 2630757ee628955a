"""Selecting a table view's row, and reading the selected row, by an item-data role."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QTableView

_WHOLE_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


def select_index(table: QTableView, index: QModelIndex) -> None:
    """Make `index`'s row the current and only selected row of `table`."""
    table.selectionModel().setCurrentIndex(index, _WHOLE_ROW)


def select_where(table: QTableView, role: int, value: object | None) -> None:
    """Select the first row (as shown) whose `role` data is `value`; the first row when None."""
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if value is None or index.data(role) == value:
            select_index(table, index)
            return


def selected_data(table: QTableView, role: int) -> object | None:
    """The `role` data of the selected row; None when no row is selected."""
    rows = table.selectionModel().selectedRows()
    return rows[0].data(role) if rows else None
