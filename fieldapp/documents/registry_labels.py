"""The words of the office registry's export, in Arabic, French and English: its column
headings and sheet name (the catalogue's context `registry`), the follow-up statuses (context
`follow_up`, the words the office window shows), and an outcome's title or, for an outcome
of a form this office does not have, a label saying so."""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.documents.bidi_text import check_lang
from fieldapp.documents.labels import Words


def registry_words(lang: str) -> Mapping[str, str]:
    """The registry export's own words in `lang` (ar, fr or en)."""
    return Words("registry", check_lang(lang))


def follow_up_label(status: str, lang: str) -> str:
    """A follow-up status (`to_contact`, …; '' when none was set) in words of `lang`; a
    status this version does not know stays as it is."""
    return Words("follow_up", check_lang(lang)).get(status or "not_set", status)


def outcome_label(outcome_id: str, titles: Mapping[str, str], lang: str) -> str:
    """The title of `outcome_id` from `titles` (outcome ids → titles in `lang`, read from
    the forms), or "not in the installed forms: <id>" when no form defines it."""
    title = titles.get(outcome_id)
    if title:
        return title
    return registry_words(lang)["unknown_outcome"].format(id=outcome_id)
