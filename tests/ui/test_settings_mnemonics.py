"""The settings dialog's Alt keys: in each language and each mode, no two visible controls
answer the same letter (Qt then cycles between them, and a clerk's Alt+S checks a radio
button instead of pressing the button the label promises)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from fieldapp.services.app import AppServices

_MNEMONIC = re.compile(r"&([^&\s])")


def _visible_mnemonics(dialog: QWidget) -> list[str]:
    letters = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            shown = widget.text()
        elif isinstance(widget, QGroupBox):
            shown = widget.title()
        else:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label without a buddy has no Alt key
        found = _MNEMONIC.search(shown.replace("&&", ""))
        if found:
            letters.append(found.group(1).casefold())
    return letters


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
@pytest.mark.parametrize("mode", ["laptop", "office"])
def test_no_two_visible_controls_share_an_alt_key(
    make_window, services: AppServices, language: str, mode: str
) -> None:
    if mode == "office":
        services.office.init_identity()
    services.preferences.set_mode(mode=mode)
    window = make_window(language)
    window.commands["settings"].trigger()
    settings = window.sync.settings_dialog
    assert settings is not None
    letters = _visible_mnemonics(settings)
    assert letters, "the dialog has Alt keys"
    assert [letter for letter, n in Counter(letters).items() if n > 1] == []
