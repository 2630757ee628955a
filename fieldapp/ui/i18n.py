"""Interface language: Qt translators, layout direction and the app font, switchable live."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from fieldapp.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"ar": "العربية", "fr": "Français", "en": "English"}
DEFAULT_LANGUAGE = "ar"
_LOCALES = {
    "ar": QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.Morocco),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def interface_language() -> str:
    """The code of the interface's current language (what `LanguageManager.apply` set)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def register_fonts() -> list[str]:
    """Register the bundled fonts (Amiri) with Qt; return the family names added."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


class LanguageManager(QObject):
    """Installs the translators for one language and mirrors the layout for Arabic.

    Signals:
        language_changed(str): emitted after a switch, with the new language code.
    """

    language_changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self._base_font = QFont(app.font())
        self.language = ""

    def locale(self) -> QLocale:
        """The QLocale of the current language (dates, numbers)."""
        return _LOCALES.get(self.language, _LOCALES["en"])

    def apply(self, language: str) -> None:
        """Switch to `language` (ar, fr or en) without restarting."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if language != "en":
            own = resource_path("i18n", f"fieldapp_{language}.qm")
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            # Qt's own dialogs (the non-native file dialog) speak the interface language:
            # qtbase from PySide6, then the few of its strings that file lacks.
            for directory, name in (
                (str(own.parent), own.stem),
                (qt_dir, f"qtbase_{language}"),
                (str(own.parent), f"qt_extra_{language}"),
            ):
                translator = QTranslator(self._app)
                if translator.load(name, directory):
                    self._app.installTranslator(translator)
                    self._translators.append(translator)
                else:
                    log.warning("translation %s not found in %s", name, directory)
        QLocale.setDefault(_LOCALES[language])
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
        font = QFont(self._base_font)
        if language == "ar":
            font.setFamilies(["Amiri", *self._base_font.families()])
            font.setPointSizeF(max(self._base_font.pointSizeF(), 10.0) * 1.15)
        self._app.setFont(font)
        self.language = language
        self.language_changed.emit(language)
