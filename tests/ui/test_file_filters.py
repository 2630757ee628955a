"""File-dialog filters in an Arabic window: the pattern reads `(*.json)`, not `(json.*)`, and
Qt still filters by it (QA found every filter of the app drawn reversed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from fieldapp.ui.formatting import file_filters


def _offered(dialog: QFileDialog, proxy: QSortFilterProxyModel, folder: Path) -> set[str]:
    """The files the dialog lets the user pick in `folder`."""
    model = proxy.sourceModel()
    assert isinstance(model, QFileSystemModel)
    root = model.index(str(folder))
    names = set()
    for row in range(model.rowCount(root)):
        index = model.index(row, 0, root)
        if model.flags(index) & Qt.ItemFlag.ItemIsEnabled and not model.isDir(index):
            names.add(model.fileName(index))
    return names


def test_each_pattern_is_marked_left_to_right_outside_its_brackets() -> None:
    assert file_filters("ملف الإعداد (*.json);;كل الملفات (*)") == (
        "ملف الإعداد \u200e(*.json);;كل الملفات \u200e(*)"
    )
    assert file_filters("الوصولات (*.receipt.json *.json)") == (
        "الوصولات \u200e(*.receipt.json *.json)"
    )
    assert file_filters("CSV (*.csv)") == "CSV \u200e(*.csv)"
    assert file_filters("No pattern") == "No pattern"


def test_the_marked_filters_still_choose_the_files(qtbot, tmp_path: Path) -> None:
    (tmp_path / "office.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    filters = file_filters("ملف الإعداد (*.json);;كل الملفات (*)")
    dialog = QFileDialog(None, "", str(tmp_path), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the dialog the laptops show
    proxy = QSortFilterProxyModel()
    dialog.setProxyModel(proxy)
    qtbot.addWidget(dialog)
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog.show()
    assert dialog.nameFilters() == ["ملف الإعداد \u200e(*.json)", "كل الملفات \u200e(*)"]
    qtbot.waitUntil(lambda: _offered(dialog, proxy, tmp_path) == {"office.json"}, timeout=5000)
    dialog.selectNameFilter(dialog.nameFilters()[1])
    qtbot.waitUntil(
        lambda: _offered(dialog, proxy, tmp_path) == {"office.json", "notes.txt"}, timeout=5000
    )
