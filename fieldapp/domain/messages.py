"""The user-facing texts of domain validation, in Arabic, French and English.

The GUI and the CLI both show these; codes and field names stay stable for scripts (`--json`).
The texts live in the catalogue (`fieldapp/locale`, contexts `field` and `validation`).
"""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.domain.texts import LANGUAGES, MissingText, TextKey, plural, text

__all__ = ["COUNTED", "LANGUAGES", "field_label", "message_text"]

# The validation messages with plural forms, and the parameter that counts.
COUNTED: Mapping[str, str] = {"too_long": "max"}


def field_label(field: str, lang: str) -> str:
    """The field's name as shown to users in `lang`; the raw id if it has no label."""
    try:
        return text(f"field.{field}", lang)
    except MissingText:
        return field


def message_text(code: str, lang: str, params: Mapping[str, object] | None = None) -> str:
    """The message for `code` in `lang`, filled with `params` (a `TextKey` parameter in
    `lang` too); the code itself if unknown."""
    values = {
        name: value.in_lang(lang) if isinstance(value, TextKey) else value
        for name, value in (params or {}).items()
    }
    try:
        if code in COUNTED:
            return plural(f"validation.{code}", int(str(values[COUNTED[code]])), lang, **values)
        return text(f"validation.{code}", lang, **values)
    except MissingText:
        return code
