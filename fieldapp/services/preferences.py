"""The preferences a front end remembers (interface language, agent, laptop or office,
last folders): validated, stored in the settings, announced on the change bus."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from fieldapp.domain.errors import FieldError, ValidationFailed
from fieldapp.domain.messages import LANGUAGES
from fieldapp.domain.text_hygiene import check_text
from fieldapp.services.context import ServiceContext
from fieldapp.services.events import Change

# The kind of the Change published when a preference is set; its ids hold the preference key.
PREFERENCE_CHANGE = "preference"
MODES = ("laptop", "office")
AGENT_MAX_LENGTH = 120


class Preference(StrEnum):
    """Each preference, valued by its settings key (kept: databases already hold them)."""

    LANGUAGE = "ui_language"
    AGENT = "agent_name"
    MODE = "app_mode"
    PDF_FOLDER = "last_pdf_folder"
    BUNDLE_FOLDER = "bundle_target"
    EXPORT_FOLDER = "last_export_folder"  # attendance sheets, summaries, registry lists


FOLDERS = (Preference.PDF_FOLDER, Preference.BUNDLE_FOLDER, Preference.EXPORT_FOLDER)


def _choice(field: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        params = {"value": value, "choices": ", ".join(choices)}
        raise ValidationFailed([FieldError(field, "choice_invalid", params)])
    return value


class PreferenceService:
    """Reads and writes the preferences; every write publishes `Change("preference", (key,))`."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def _get(self, preference: Preference) -> str | None:
        with self._ctx.store.reading("settings"):
            return self._ctx.store.settings.get(preference.value)

    def _set(self, preference: Preference, value: str) -> None:
        with self._ctx.store.transaction(self._ctx.agent):
            self._ctx.store.settings.set(preference.value, value)
        self._ctx.bus.publish(Change(PREFERENCE_CHANGE, (preference.value,)))

    def language(self) -> str | None:
        """The interface language chosen last (ar, fr or en), None if never chosen."""
        stored = self._get(Preference.LANGUAGE)
        return stored if stored in LANGUAGES else None

    def set_language(self, *, language: str) -> None:
        """Remember the interface language; ValidationFailed unless ar, fr or en."""
        self._set(Preference.LANGUAGE, _choice("language", language, LANGUAGES))

    def agent(self) -> str:
        """The last field agent's name ("" if none yet)."""
        return self._get(Preference.AGENT) or ""

    def set_agent(self, *, agent: str) -> str:
        """Remember the agent's name (trimmed) and return it; ValidationFailed when empty,
        too long or holding control characters."""
        name = check_text("agent", agent.strip())
        if not name:
            raise ValidationFailed([FieldError("agent", "agent_required")])
        if len(name) > AGENT_MAX_LENGTH:
            raise ValidationFailed([FieldError("agent", "too_long", {"max": AGENT_MAX_LENGTH})])
        self._set(Preference.AGENT, name)
        return name

    def mode(self) -> str | None:
        """`laptop` or `office` as chosen in the settings, None if never chosen."""
        stored = self._get(Preference.MODE)
        if stored is None:
            return None
        return stored if stored in MODES else MODES[0]

    def set_mode(self, *, mode: str) -> None:
        """Remember whether this computer is a field laptop or a chamber office."""
        self._set(Preference.MODE, _choice("mode", mode, MODES))

    def folder(self, preference: Preference) -> Path | None:
        """The folder last used for `preference` (PDF_FOLDER, BUNDLE_FOLDER, EXPORT_FOLDER),
        None when never set or no longer a folder."""
        stored = self._get(preference)
        return Path(stored) if stored and Path(stored).is_dir() else None

    def set_folder(self, preference: Preference, *, folder: Path) -> None:
        """Remember the folder used last for `preference` (a file's folder when given a file)."""
        if preference not in FOLDERS:
            raise ValueError(f"{preference} is not a folder preference")
        self._set(preference, str(folder if folder.is_dir() else folder.parent))
