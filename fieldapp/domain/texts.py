"""The catalogue of every text fieldapp shows outside Qt: validation messages, CLI errors, PDF
and export labels, bundle refusals. One gettext catalogue per language, with plural rules.

The source of truth is `fieldapp/locale/<lang>/LC_MESSAGES/fieldapp.po` (what translators
review); `make translations` compiles each to the `fieldapp.mo` read here with Python's
`gettext`. A key is `context.id` (`validation.required`, `document.page_of`): the context is
the gettext `msgctxt`, the id the `msgid`, and the English catalogue holds the English text.
Parameters are `{name}` fields filled with `str.format`. How to add or translate a message:
docs/translations.md.
"""

from __future__ import annotations

import functools
import gettext
from importlib import resources

LANGUAGES = ("ar", "fr", "en")
SOURCE_LANGUAGE = "en"
DOMAIN = "fieldapp"


class MissingText(LookupError):
    """A key that is in no catalogue: a bug in the code, or a message not added to the .po."""


class _Missing(gettext.NullTranslations):
    """The last fallback: a key missing from English too is an error, never shown as is."""

    def pgettext(self, context: str, message: str) -> str:
        raise MissingText(f"{context}.{message}")

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        raise MissingText(f"{context}.{msgid1}")


def catalogue_file(lang: str, suffix: str = ".mo") -> resources.abc.Traversable:
    """The compiled (`.mo`) or source (`.po`) catalogue of `lang`, inside the package."""
    return resources.files("fieldapp").joinpath("locale", lang, "LC_MESSAGES", DOMAIN + suffix)


@functools.cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue of `lang` (English for an unknown language), falling back to English for
    an entry a translation lacks and raising `MissingText` for a key English lacks."""
    lang = lang if lang in LANGUAGES else SOURCE_LANGUAGE
    path = catalogue_file(lang)
    try:
        with path.open("rb") as handle:
            catalogue = gettext.GNUTranslations(handle)
    except FileNotFoundError:
        raise FileNotFoundError(
            f"{path} is missing: run `make translations` to compile the catalogues"
        ) from None
    catalogue.add_fallback(translations(SOURCE_LANGUAGE) if lang != SOURCE_LANGUAGE else _Missing())
    return catalogue


def _split(key: str) -> tuple[str, str]:
    context, dot, message = key.partition(".")
    if not dot or not message:
        raise MissingText(f"{key!r} is not a 'context.id' key")
    return context, message


def template(key: str, lang: str) -> str:
    """The text of `key` in `lang` with its `{params}` left unfilled."""
    return translations(lang).pgettext(*_split(key))


def text(key: str, lang: str, **params: object) -> str:
    """The text of `key` in `lang`, its `{params}` filled."""
    return template(key, lang).format(**params)


def plural(key: str, n: int, lang: str, **params: object) -> str:
    """The form of the plural message `key` that `lang`'s plural rule picks for `n` (Arabic
    has six forms, French and English two), filled with `n` and `params`."""
    context, message = _split(key)
    chosen = translations(lang).npgettext(context, message, message, n)
    return chosen.format(n=n, **params)


def has_text(key: str) -> bool:
    """Whether `key` is in the catalogue (as a singular or a plural message)."""
    context, _, message = key.partition(".")
    return (context, message) in _keys()


def keys(context: str) -> tuple[str, ...]:
    """The ids of every message of `context`, in catalogue order (`document` → `place`, …)."""
    return tuple(message for ctx, message in _keys() if ctx == context)


@functools.cache
def _keys() -> dict[tuple[str, str], None]:
    # gettext keeps no public list of a catalogue's keys; Babel reads the compiled English
    # catalogue into one (the English catalogue defines which keys exist).
    from babel.messages.mofile import read_mo

    with catalogue_file(SOURCE_LANGUAGE).open("rb") as handle:
        catalogue = read_mo(handle)
    found: dict[tuple[str, str], None] = {}
    for message in catalogue:
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        if msgid and message.context:
            found[(message.context, msgid)] = None
    return found
