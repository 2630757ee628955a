"""What a refused bundle, or a wrong clock, means, in Arabic, French and English.

Each refusal is told as one headline in the user's language naming the file and what to do,
followed by the details the checks found (`Detail`: which record, which field, why), told in
the same language; ids, devices and values stay as written. The texts live in the catalogue
(fieldapp/locale, contexts `refused`, `refusal_lead`, `refusal_detail`, `refusal_reason`,
`record_kind`, `clock`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from fieldapp.domain.messages import LANGUAGES, field_label
from fieldapp.domain.texts import has_text, plural, text

# The details with plural forms, and the parameter that counts.
_COUNTED = {"too_long": "limit"}

_DAMAGED = ("NotABundle", "TamperedBundle", "CorruptBundle")


def refusal_headline(error_type: str, lang: str, params: Mapping[str, str]) -> str:
    """The headline of a refused file in `lang`: what happened and what to do."""
    key = "damaged" if error_type in _DAMAGED else error_type
    if not has_text(f"refused.{key}"):
        key = "unreadable"
    return text(f"refused.{key}", lang, **params)


def clock_warning(skew: str | None, lang: str) -> str | None:
    """The warning for a wall clock that looks wrong (`HybridClock.skew()`), or None."""
    if skew is None:
        return None
    return text(f"clock.{skew}", lang)


def refusal_detail(error_type: str, lang: str, params: Mapping[str, str]) -> str:
    """The lead of a refusal's own text (under the file's headline) in `lang`; the details
    follow it."""
    return text(f"refusal_lead.{error_type}", lang, **params)


# One detail of a refusal (context `refusal_detail`): {where} is a record's place (kind and
# line), {reason} why a field's value was refused (`refusal_reason`), {kind}/{parent} record
# kinds, {field} a field id (each told in the language).
@dataclass(frozen=True, slots=True)
class Detail:
    """One thing a check found in a refused bundle: `code` names it, `params` fill its text.
    A param may itself be a `Detail` (a record's place, a field's reason); `kind`, `parent`
    and `audit` name record kinds, `field` a field id: all told in the reader's language."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        """This detail in `lang` (ar, fr or en)."""
        lang = lang if lang in LANGUAGES else "en"
        key = f"refusal_detail.{self.code}"
        if not has_text(key):
            key = f"refusal_reason.{self.code}"
        filled = {name: _shown(name, value, lang) for name, value in self.params.items()}
        counted = _COUNTED.get(self.code)
        if counted is not None:
            return plural(key, int(str(self.params[counted])), lang, **filled)
        return text(key, lang, **filled)

    def __str__(self) -> str:
        return self.text("en")


def _shown(name: str, value: object, lang: str) -> str:
    if isinstance(value, Detail):
        return value.text(lang)
    if name in ("kind", "parent", "audit"):
        return kind_label(str(value), lang)
    if name == "field":
        return f"'{value}'" if lang == "en" else f"«{field_label(str(value), lang)}» ({value})"
    return str(value)


def kind_label(kind: str, lang: str) -> str:
    """A record kind's name in `lang`; the kind's id in English and for unknown kinds."""
    key = f"record_kind.{kind}"
    return text(key, lang) if has_text(key) else kind


def details_text(details: tuple[Detail, ...] | list[Detail], lang: str) -> str:
    """The details one per line, indented, in `lang`."""
    return "\n  ".join(detail.text(lang) for detail in details)
