"""Qt's own file dialog speaks the interface language: its "Look in" and "Files of type"
labels were left in English inside the Arabic interface (PySide6's qtbase_ar.qm lacks them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from fieldapp.ui.i18n import LanguageManager


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    yield manager
    manager.apply("en")


def _labels(qtbot) -> tuple[str, str]:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the dialog the laptops show
    qtbot.addWidget(dialog)
    look_in = dialog.findChild(QLabel, "lookInLabel")
    file_type = dialog.findChild(QLabel, "fileTypeLabel")
    assert look_in is not None and file_type is not None
    return look_in.text(), file_type.text()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ar", ("&البحث في:", "&نوع الملفات:")), ("fr", ("&Regarder dans :", "Fichiers de &type :"))],
)
def test_file_dialog_labels_follow_the_interface_language(
    qtbot, languages, language: str, expected: tuple[str, str]
) -> None:
    languages.apply("en")
    assert _labels(qtbot) == ("&Look in:", "Files of &type:")
    languages.apply(language)  # switched live, as from the settings
    assert _labels(qtbot) == expected
