"""The questionnaire's own messages in Arabic, French and English (form texts live in forms).

The texts live in the catalogue (`fieldapp/locale`, context `questionnaire`)."""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.domain.messages import message_text
from fieldapp.domain.texts import text as catalogue_text


def text(code: str, lang: str, params: Mapping[str, object] | None = None) -> str:
    """The message `code` in `lang` (English if the language is unknown)."""
    if code == "required":
        return message_text("required", lang)
    return catalogue_text(f"questionnaire.{code}", lang, **(params or {}))
