"""Errors raised by domain validation: machine-readable codes, messages in the user's language."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from .messages import field_label, message_text


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field: `code` names the reason, `params` fill its message."""

    field: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        """The reason in `lang` (ar, fr or en), without the field name."""
        return message_text(self.code, lang, self.params)

    def describe(self, lang: str = "en") -> str:
        """`Field: reason` in `lang`, ready to show to a user."""
        return f"{field_label(self.field, lang)}: {self.message(lang)}"


class ValidationFailed(ValueError):
    """Raised when input is rejected; carries every field error found, not just the first."""

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__("; ".join(e.describe("en") for e in self.errors))

    def describe(self, lang: str = "en") -> str:
        """All errors, one per line, in `lang`."""
        return "\n".join(e.describe(lang) for e in self.errors)
