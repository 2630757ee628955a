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
import io
import logging
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

LANGUAGES = ("ar", "fr", "en")
SOURCE_LANGUAGE = "en"
DOMAIN = "fieldapp"
_log = logging.getLogger(__name__)
# The (context, id) keys of a catalogue, in catalogue order.
Keys = dict[tuple[str, str], None]


@dataclass(frozen=True, slots=True)
class TextKey:
    """A catalogue text given as a parameter of another message (`{"what":
    TextKey("db_data.sessions")}`), translated into the language the message is shown in."""

    key: str

    def in_lang(self, lang: str) -> str:
        """The text of `key` in `lang`."""
        return text(self.key, lang)


class MissingText(LookupError):
    """A key that is in no catalogue: a bug in the code, or a message not added to the .po."""


class _Missing(gettext.NullTranslations):
    """The last fallback: a key missing from English too is an error, never shown as is."""

    def pgettext(self, context: str, message: str) -> str:
        raise MissingText(f"{context}.{message}")

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        raise MissingText(f"{context}.{msgid1}")


class _Source(gettext.NullTranslations):
    """A language's source catalogue (its `.po`), consulted for a key its compiled catalogue
    lacks: a `.mo` compiled before that message was added to the `.po` (`make translations`
    not run since) still shows the text, and a warning names the stale file. Without a `.po`
    (the frozen app ships the `.mo` compiled at build time) the key goes on down the chain."""

    def __init__(self, source: Traversable, compiled: Traversable) -> None:
        super().__init__()
        self._source = source
        self._compiled = compiled
        self._next: gettext.NullTranslations = _Missing()
        self._read: tuple[gettext.NullTranslations, Keys] | None = None
        self._told: set[tuple[str, str]] = set()

    def add_fallback(self, fallback: gettext.NullTranslations) -> None:
        """Where a key the `.po` lacks too goes next."""
        self._next = fallback

    def _has(self, context: str, message: str) -> gettext.NullTranslations | None:
        if self._read is None:
            self._read = read_source(self._source)
        catalogue, found = self._read
        if (context, message) not in found:
            return None
        if (context, message) not in self._told:
            self._told.add((context, message))
            _log.warning(
                "%s lacks the text '%s.%s': it is older than its .po; run `make translations`",
                self._compiled,
                context,
                message,
            )
        return catalogue

    def pgettext(self, context: str, message: str) -> str:
        catalogue = self._has(context, message)
        if catalogue is None:
            return self._next.pgettext(context, message)
        return catalogue.pgettext(context, message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        catalogue = self._has(context, msgid1)
        if catalogue is None:
            return self._next.npgettext(context, msgid1, msgid2, n)
        return catalogue.npgettext(context, msgid1, msgid2, n)


def read_source(source: Traversable) -> tuple[gettext.NullTranslations, Keys]:
    """The `.po` at `source` compiled in memory (Babel, as `make translations` does: fuzzy and
    untranslated entries left out) and its `(context, id)` keys; an empty catalogue when there
    is no such file."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    try:
        with source.open("rb") as handle:
            catalogue = read_po(handle)
    except FileNotFoundError:
        return gettext.NullTranslations(), {}
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    found = dict.fromkeys(
        (message.context, message.id if isinstance(message.id, str) else message.id[0])
        for message in catalogue
        if message.id and message.context and not message.fuzzy and _translated(message.string)
    )
    return gettext.GNUTranslations(compiled), found


def _translated(string: str | tuple[str, ...] | list[str] | None) -> bool:
    return all(string) if isinstance(string, (tuple, list)) else bool(string)


def catalogue_file(
    lang: str, suffix: str = ".mo", locale: Traversable | None = None
) -> Traversable:
    """The compiled (`.mo`) or source (`.po`) catalogue of `lang`, inside the package (or in
    the folder `locale` laid out like the package's `locale`)."""
    root = locale if locale is not None else resources.files("fieldapp").joinpath("locale")
    return root.joinpath(lang, "LC_MESSAGES", DOMAIN + suffix)


@functools.cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue of `lang` (English for an unknown language), falling back to English for
    an entry a translation lacks and raising `MissingText` for a key English lacks."""
    return load_translations(lang)


def load_translations(lang: str, locale: Traversable | None = None) -> gettext.NullTranslations:
    """The catalogue of `lang` read from `locale` (default: the package's), not cached.

    A key is looked up in `lang`'s compiled catalogue, then in its `.po` (a `.mo` compiled
    before the key was added), then in English (compiled, then `.po`); a key in none of them
    raises `MissingText`."""
    lang = lang if lang in LANGUAGES else SOURCE_LANGUAGE
    path = catalogue_file(lang, ".mo", locale)
    try:
        with path.open("rb") as handle:
            catalogue = gettext.GNUTranslations(handle)
    except FileNotFoundError:
        raise FileNotFoundError(
            f"{path} is missing: run `make translations` to compile the catalogues"
        ) from None
    catalogue.add_fallback(_Source(catalogue_file(lang, ".po", locale), path))
    if lang == SOURCE_LANGUAGE:
        catalogue.add_fallback(_Missing())
    elif locale is None:
        catalogue.add_fallback(translations(SOURCE_LANGUAGE))
    else:
        catalogue.add_fallback(load_translations(SOURCE_LANGUAGE, locale))
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
    return (context, message) in _keys() or (context, message) in _source_keys()


def keys(context: str) -> tuple[str, ...]:
    """The ids of every message of `context`, in catalogue order (`document` → `place`, …)."""
    found = dict.fromkeys(message for ctx, message in _keys() if ctx == context)
    found.update(dict.fromkeys(m for ctx, m in _source_keys() if ctx == context))
    return tuple(found)


@functools.cache
def _keys() -> Keys:
    # gettext keeps no public list of a catalogue's keys; Babel reads the compiled English
    # catalogue into one (the English catalogue defines which keys exist).
    from babel.messages.mofile import read_mo

    with catalogue_file(SOURCE_LANGUAGE).open("rb") as handle:
        catalogue = read_mo(handle)
    found: Keys = {}
    for message in catalogue:
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        if msgid and message.context:
            found[(message.context, msgid)] = None
    return found


@functools.cache
def _source_keys() -> Keys:
    # The English .po's keys: a key added since the .mo was compiled exists all the same.
    return read_source(catalogue_file(SOURCE_LANGUAGE, ".po"))[1]
