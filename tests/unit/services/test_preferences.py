"""Preferences go through one service: each is checked, remembered across restarts and
announced on the change bus; a bad value is refused naming the preference, nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.domain.errors import ValidationFailed
from fieldapp.services.app import AppServices, open_services
from fieldapp.services.events import Change
from fieldapp.services.preferences import PREFERENCE_CHANGE, Preference


def test_preferences_are_remembered_across_a_restart_and_announced(
    services: AppServices, data_dir: Path, tmp_path: Path
) -> None:
    changes: list[Change] = []
    services.context.bus.subscribe(changes.append)
    services.preferences.set_language(language="fr")
    assert services.preferences.set_agent(agent="  عائشة  ") == "عائشة"
    services.preferences.set_mode(mode="office")
    services.preferences.set_folder(Preference.PDF_FOLDER, folder=tmp_path)
    services.preferences.set_folder(Preference.BUNDLE_FOLDER, folder=tmp_path / "x.fieldsync")
    assert [c.kind for c in changes] == [PREFERENCE_CHANGE] * 5
    assert [c.ids for c in changes][:3] == [("ui_language",), ("agent_name",), ("app_mode",)]
    services.close()
    reopened = open_services(data_dir=data_dir, agent="tester")
    try:
        prefs = reopened.preferences
        assert prefs.language() == "fr"
        assert prefs.agent() == "عائشة"
        assert prefs.mode() == "office"
        assert prefs.folder(Preference.PDF_FOLDER) == tmp_path
        assert prefs.folder(Preference.BUNDLE_FOLDER) == tmp_path  # a file's folder
    finally:
        reopened.close()


def test_nothing_chosen_yet_reads_as_none(services: AppServices, tmp_path: Path) -> None:
    prefs = services.preferences
    assert (prefs.language(), prefs.agent(), prefs.mode()) == (None, "", None)
    assert prefs.folder(Preference.PDF_FOLDER) is None
    gone = tmp_path / "usb"
    gone.mkdir()
    prefs.set_folder(Preference.PDF_FOLDER, folder=gone)
    gone.rmdir()  # the USB stick was removed: the folder is forgotten, not offered
    assert prefs.folder(Preference.PDF_FOLDER) is None


@pytest.mark.parametrize(
    ("setter", "field", "code"),
    [
        (lambda p: p.set_language(language="de"), "language", "choice_invalid"),
        (lambda p: p.set_mode(mode="server"), "mode", "choice_invalid"),
        (lambda p: p.set_agent(agent="   "), "agent", "agent_required"),
        (lambda p: p.set_agent(agent="Ali\x1b"), "agent", "control_character"),
        (lambda p: p.set_agent(agent="A" * 121), "agent", "too_long"),
    ],
)
def test_a_bad_preference_is_refused_naming_it_and_nothing_is_stored(
    services: AppServices, setter, field: str, code: str
) -> None:
    changes: list[Change] = []
    services.context.bus.subscribe(changes.append)
    with pytest.raises(ValidationFailed) as refused:
        setter(services.preferences)
    [error] = refused.value.errors
    assert (error.field, error.code) == (field, code)
    assert refused.value.describe("fr")  # a message in the user's language
    assert changes == []
    assert (services.preferences.language(), services.preferences.mode()) == (None, None)
    assert services.preferences.agent() == ""
