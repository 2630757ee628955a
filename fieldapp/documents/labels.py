"""Every word the documents print, in Arabic, French and English (the catalogue's context
`document`, fieldapp/locale)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from fieldapp.documents.bidi_text import check_lang, is_rtl
from fieldapp.domain.attendee_fields import AttendeeField
from fieldapp.domain.models import Gender, ItemKind, Origin, Session
from fieldapp.domain.texts import MissingText, keys, template


class Words(Mapping[str, str]):
    """The words of one context of the catalogue in one language, by id, their `{params}`
    left for the caller to fill (`words["printed_on"].format(date=…)`)."""

    def __init__(self, context: str, lang: str) -> None:
        self.context = context
        self.lang = lang

    def __getitem__(self, key: str) -> str:
        try:
            return template(f"{self.context}.{key}", self.lang)
        except MissingText:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(keys(self.context))

    def __len__(self) -> int:
        return len(keys(self.context))


_KIND_KEYS = {
    ItemKind.STEP: "kind_step",
    ItemKind.DOCUMENT: "kind_document",
    ItemKind.PLACE: "kind_place",
}


def labels(lang: str) -> Mapping[str, str]:
    """The labels of `lang` ("ar", "fr" or "en"); ValueError for any other language."""
    return Words("document", check_lang(lang))


def field_heading(spec: AttendeeField, lang: str) -> str:
    """The column heading of a declared attendee field in `lang`: its name, or the shorter
    heading it declares."""
    return template(spec.heading_key, check_lang(lang))


def gender_label(gender: Gender | None, lang: str) -> str:
    """The word for `gender` in `lang`, or the "unknown" word."""
    words = labels(lang)
    if gender is None:
        return words["unknown"]
    return words["female"] if gender is Gender.FEMALE else words["male"]


def origin_label(origin: Origin, lang: str) -> str:
    """The word for walk-in or pre-registered in `lang`."""
    return labels(lang)["walk_in" if origin is Origin.WALK_IN else "pre_registered"]


def kind_label(kind: ItemKind, lang: str) -> str:
    """The sub-heading of checklist items of `kind` in `lang`."""
    return labels(lang)[_KIND_KEYS[kind]]


def session_line(session: Session, words: Mapping[str, str]) -> str:
    """ "Place: … — Venue: … — Date: …" for the header of a document."""
    colon = words["colon"]
    parts = [f"{words['place']}{colon}{session.place}"]
    if session.venue:
        parts.append(f"{words['venue']}{colon}{session.venue}")
    parts.append(f"{words['date']}{colon}{session.date.isoformat()}")
    return " — ".join(parts)


def list_separator(lang: str) -> str:
    """The separator between items of an inline list: the Arabic comma for Arabic."""
    return "، " if is_rtl(lang) else ", "
