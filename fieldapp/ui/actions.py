"""Every action of the main window, its shortcut and its text; grouped into menus."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from fieldapp.ui.i18n import LANGUAGES

CTRL, SHIFT = Qt.Modifier.CTRL, Qt.Modifier.SHIFT
K = Qt.Key

# name → shortcut; the order is the order in the menus.
SHORTCUTS: dict[str, QKeySequence | QKeySequence.StandardKey] = {
    "new_session": QKeySequence.StandardKey.New,
    "open_session": QKeySequence(CTRL | K.Key_O),
    "edit_session": QKeySequence(CTRL | K.Key_E),
    "import": QKeySequence(CTRL | K.Key_I),
    "close_session": QKeySequence(CTRL | SHIFT | K.Key_W),
    "back": QKeySequence(CTRL | K.Key_W),
    "quit": QKeySequence(CTRL | K.Key_Q),
    "find": QKeySequence(CTRL | K.Key_F),
    "walk_in": QKeySequence(CTRL | K.Key_N),
    "check_in": QKeySequence(K.Key_F2),
    "save": QKeySequence(CTRL | K.Key_S),
    "print": QKeySequence(CTRL | K.Key_P),
    "save_pdf": QKeySequence(CTRL | SHIFT | K.Key_S),
    "delete": QKeySequence(CTRL | K.Key_Delete),
    "print_unprinted": QKeySequence(CTRL | SHIFT | K.Key_P),
    "export_sheet": QKeySequence(CTRL | SHIFT | K.Key_E),
    "summary": QKeySequence(CTRL | SHIFT | K.Key_M),
    "desk": QKeySequence(CTRL | K.Key_D),
    "attendance": QKeySequence(CTRL | K.Key_L),
    "show_sessions": QKeySequence(CTRL | SHIFT | K.Key_L),
    "show_office": QKeySequence(CTRL | SHIFT | K.Key_O),
    "export_bundle": QKeySequence(CTRL | K.Key_B),
    "import_receipt": QKeySequence(CTRL | SHIFT | K.Key_R),
    "pending": QKeySequence(CTRL | SHIFT | K.Key_D),
    "import_bundles": QKeySequence(CTRL | SHIFT | K.Key_I),
    "settings": QKeySequence(CTRL | K.Key_Comma),
    "about": QKeySequence(K.Key_F1),
}
SESSION_ONLY = (
    "walk_in", "find", "check_in", "save", "print", "save_pdf", "delete", "print_unprinted",
    "export_sheet", "summary", "desk", "attendance", "back", "close_session",
)  # fmt: skip
LIST_ONLY = ("new_session", "open_session", "edit_session")
VIEWS = ("show_sessions", "show_office")


class WindowActions(QObject):
    """Creates the actions (attributes named as in SHORTCUTS) and the menus. No signals."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.actions: dict[str, QAction] = {}
        for name, shortcut in SHORTCUTS.items():
            action = QAction(window)
            action.setObjectName(f"action_{name}")
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.actions[name] = action
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        keys = {"ar": K.Key_1, "fr": K.Key_2, "en": K.Key_3}
        for code, title in LANGUAGES.items():
            action = QAction(title, window, checkable=True)
            action.setShortcut(QKeySequence(CTRL | SHIFT | keys[code]))
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        bar = window.menuBar()
        self.menus: dict[str, QMenu] = {}
        layout: dict[str, list[str | None]] = {
            "session": ["new_session", "open_session", "edit_session", "import", None,
                        "close_session", "back", None, "quit"],
            "attendee": ["find", "walk_in", "check_in", "save", None, "print", "save_pdf", None,
                         "delete"],
            "documents": ["print_unprinted", "export_sheet", "summary"],
            "view": ["desk", "attendance", None, "show_sessions", "show_office"],
            "sync": ["export_bundle", "import_receipt", "pending", None, "import_bundles", None,
                     "settings"],
        }  # fmt: skip
        self.view_group = QActionGroup(window)
        for name in VIEWS:
            self.actions[name].setCheckable(True)
            self.view_group.addAction(self.actions[name])
        for menu_name, names in layout.items():
            menu = bar.addMenu("")
            for entry in names:
                if entry is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions[entry])
            self.menus[menu_name] = menu
        self.menus["language"] = bar.addMenu("")
        self.menus["language"].addActions(list(self.language_actions.values()))
        self.menus["help"] = bar.addMenu("")
        self.menus["help"].addAction(self.actions["about"])

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def set_screen(self, *, session_open: bool, office: bool = False) -> None:
        """Enable the actions of the screen shown (so no two enabled actions share a key);
        `office`: the office registry is shown instead of the sessions."""
        for name in SESSION_ONLY:
            self.actions[name].setEnabled(session_open)
        for name in LIST_ONLY:
            self.actions[name].setEnabled(not session_open and not office)
        self.actions["show_office" if office else "show_sessions"].setChecked(True)

    def retranslate(self) -> None:
        """Texts in the current language."""
        menus = {
            "session": self.tr("&Session"),
            "attendee": self.tr("&Attendee"),
            "documents": self.tr("&Documents"),
            "view": self.tr("&View"),
            "sync": self.tr("S&ync"),
            "language": self.tr("&Language"),
            "help": self.tr("&Help"),
        }
        for name, text in menus.items():
            self.menus[name].setTitle(text)
        texts = {
            "new_session": self.tr("&New session…"),
            "open_session": self.tr("&Open session"),
            "edit_session": self.tr("&Edit session…"),
            "import": self.tr("&Import pre-registration list…"),
            "close_session": self.tr("Mark session &closed"),
            "back": self.tr("&Back to the session list"),
            "quit": self.tr("&Quit"),
            "find": self.tr("&Find a person"),
            "walk_in": self.tr("&New walk-in"),
            "check_in": self.tr("&Check in / open the selected person"),
            "save": self.tr("&Save attendee and answers"),
            "print": self.tr("&Print checklist…"),
            "save_pdf": self.tr("Save checklist as P&DF…"),
            "delete": self.tr("&Delete attendee…"),
            "print_unprinted": self.tr("Print all &unprinted checklists…"),
            "export_sheet": self.tr("&Export attendance sheet (PDF, CSV, XLSX)…"),
            "summary": self.tr("Session &summary (PDF)…"),
            "desk": self.tr("Registration &desk"),
            "attendance": self.tr("&Attendance list"),
            "show_sessions": self.tr("Field &sessions"),
            "show_office": self.tr("&Office registry"),
            "export_bundle": self.tr("&Export sync bundle…"),
            "import_receipt": self.tr("Import &receipt…"),
            "pending": self.tr("&Not yet delivered…"),
            "import_bundles": self.tr("&Import bundles (office)…"),
            "settings": self.tr("Se&ttings…"),
            "about": self.tr("&About fieldapp"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
