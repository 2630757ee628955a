"""Language switch both ways with Qt's own dialogs translated, plural forms, the window inside
the laptop's screen, office mode from `office init`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from fieldapp.services.app import AppServices
from fieldapp.ui.main_window import MainWindow
from tests.window.keyboard import Keyboard

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NETBOOK = QSize(1024, 600 - 40)  # a 1024×600 screen less the title bar


def qt_print() -> str:
    return QCoreApplication.translate("QPrintPreviewDialog", "Print")


def printed(count: int) -> str:
    return QCoreApplication.translate("PrintController", "%n checklist(s) printed.", "", count)


def test_language_switch_both_ways_by_keyboard(desk: MainWindow, keyboard: Keyboard) -> None:
    screen = desk.session_screen
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert qt_print() == "اطبع"  # Qt's own dialogs speak Arabic too (qtbase_ar)
    assert [printed(n) for n in (1, 2, 5, 11)] == [
        "طبعت استمارة واحدة.",
        "طبعت استمارتان.",
        "طبعت 5 استمارات.",
        "طبعت 11 استمارة.",
    ]
    keyboard.nav(Qt.Key.Key_2, CTRL_SHIFT)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.tabs.tabText(0) == "Accueil (Ctrl+D)"
    assert qt_print() == "Imprimer"
    assert printed(2) == "2 fiches imprimées."
    rows = screen.desk.questionnaire.rows
    assert rows["practice_mode"].label.text().startswith("Comment exercez-vous")
    keyboard.nav(Qt.Key.Key_1, CTRL_SHIFT)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert rows["practice_mode"].label.text().startswith("كيف تزاول")
    assert literal_ampersands(desk) == []
    desk.sync.open_settings()
    assert literal_ampersands(desk.sync.settings_dialog) == []


def literal_ampersands(top: QWidget) -> list[str]:
    """Label texts that would show an "&": a mnemonic with nothing to jump to."""
    return [
        label.text()
        for label in top.findChildren(QLabel)
        if "&" in label.text().replace("&&", "")
        and label.buddy() is None
        and label.textFormat() != Qt.TextFormat.RichText
    ]


def test_the_window_fits_the_screen_and_a_netbook(desk: MainWindow, qtbot) -> None:
    area = desk.screen().availableGeometry()
    qtbot.waitUntil(lambda: desk.frameGeometry().height() >= desk.height())
    assert area.contains(desk.geometry())
    hint = desk.minimumSizeHint()
    assert hint.width() <= NETBOOK.width() and hint.height() <= NETBOOK.height(), hint
    desk.resize(NETBOOK)
    qtbot.wait(50)
    assert desk.size() == NETBOOK


def test_a_data_folder_made_by_office_init_opens_in_office_mode(
    make_window, services: AppServices
) -> None:
    services.office.init_identity()
    window = make_window("fr")
    assert window.stack.currentWidget() is window.sync.office_view
    assert window.commands["import_bundles"].isEnabled()
