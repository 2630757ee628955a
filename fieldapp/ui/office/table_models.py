"""Small read-only table models for the sync screens: a generic text table (pending sessions,
per-kind counts, imported files, duplicates) with a key per row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt

from fieldapp.ui.models.base import FlatTableModel, Index


class TextTableModel(FlatTableModel):
    """Rows of texts under translated headers; each row may carry a key (KEY_ROLE).

    `headers` is called whenever the titles are needed, so a language switch only needs
    `retranslate()`. Columns listed in `numeric` are centred. No signals of its own.
    """

    KEY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        headers: Callable[[], Sequence[str]],
        *,
        numeric: Sequence[int] = (),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._numeric = set(numeric)
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[str] | None = None) -> None:
        """Replace every row; `keys` (one per row) are returned for KEY_ROLE."""
        width = self.columnCount()
        self.beginResetModel()
        self._rows = [tuple(str(cell) for cell in row[:width]) for row in rows]
        self._rows = [row + ("",) * (width - len(row)) for row in self._rows]
        self._keys = list(keys) if keys is not None else [""] * len(self._rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        """Column titles in the current language."""
        return list(self._headers())

    def key(self, row: int) -> str:
        """The key of `row`."""
        return self._keys[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, the row key, centred numbers."""
        if not self._has_row(index):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == self.KEY_ROLE:
            return self._keys[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
