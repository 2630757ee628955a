"""Composition root of the GUI: opens the data directory, builds services and the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldapp import version
from fieldapp.resources import resource_path
from fieldapp.services.app import AppServices
from fieldapp.services.bundles.messages import clock_warning
from fieldapp.ui.dialogs.damaged_start import open_or_restore
from fieldapp.ui.errors import install_exception_hook
from fieldapp.ui.i18n import DEFAULT_LANGUAGE, LanguageManager, register_fonts
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.platform_check import display_problem

log = logging.getLogger(__name__)


class _VersionAction(argparse.Action):
    """`--version`, reading the installed version only when asked."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        parser.exit(message=f"fieldapp {version()}\n")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options (Qt's are left to Qt)."""
    parser = argparse.ArgumentParser(prog="fieldapp-gui")
    parser.add_argument("--data-dir", metavar="DIR", help="data directory")
    parser.add_argument("--lang", choices=("ar", "fr", "en"), help="interface language")
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
    # Used by `make dist` and the start-up benchmark: print "shown" once the window is on
    # screen, then quit with exit code 0.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    args, _unknown = parser.parse_known_args(argv)
    return args


def build_window(
    services: AppServices, app: QApplication, language: str | None = None
) -> MainWindow:
    """Fonts, translations and the main window for opened services."""
    register_fonts()
    languages = LanguageManager(app)
    chosen = language or services.preferences.language() or DEFAULT_LANGUAGE
    languages.apply(chosen)
    return MainWindow(services, languages)


def _report_shown(app: QApplication) -> None:
    print("shown", flush=True)
    app.quit()


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI and run its event loop."""
    arguments = list(sys.argv if argv is None else argv)
    args = parse_args(arguments[1:])
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(arguments)
    assert isinstance(app, QApplication)
    app.setApplicationName("fieldapp")
    app.setWindowIcon(QIcon(str(resource_path("icons", "fieldapp.png"))))
    services = open_or_restore(app, args.data_dir, args.lang)  # a damaged database: restore?
    if services is None:
        return 1
    window = build_window(services, app, args.lang)
    install_exception_hook(window.languages)
    window.show()
    # A wrong system clock is told before anything is stamped with it (issue 11).
    warning = clock_warning(services.store.clock.skew(), window.language())
    if warning:
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, "fieldapp", warning))
    if args.smoke_test:
        QTimer.singleShot(0, lambda: _report_shown(app))
    else:
        window.restore_drafts()
        # office mode: the keys' passphrase, or the offer to protect keys that have none
        QTimer.singleShot(0, window.sync.check_office_keys)
    QTimer.singleShot(0, lambda: log.info("fieldapp %s started", version()))
    try:
        return int(app.exec())
    finally:
        services.close()


if __name__ == "__main__":
    sys.exit(main())
