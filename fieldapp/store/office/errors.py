"""What goes wrong with the office registry's database server, told so a clerk or chamber
IT can act: which setting names the database, and what to check. A URL shown in a message
or a log never carries its password (`redact_url`).

The texts are in the gettext catalogue, context `office_database` (fieldapp/locale/*/
fieldapp.po); `office_database.setting` names the setting inside every other message.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from fieldapp.domain.texts import text
from fieldapp.store.errors import StoreError


def setting_name(lang: str) -> str:
    """Where a clerk or IT sets the office database, in `lang` (named in every message)."""
    return text("office_database.setting", lang)


def redact_url(url: str) -> str:
    """The URL without its password (`postgresql://clerk@host/db`)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "?"
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    user = parts.username or ""
    return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, ""))


class OfficeDatabaseError(StoreError):
    """An office database problem; `message(lang)` says it in ar/fr/en (the English text is
    the exception's own)."""

    def __init__(self) -> None:
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """The message in `lang`."""
        raise NotImplementedError


class BadDatabaseUrl(OfficeDatabaseError):
    """The setting holds something that is not a PostgreSQL database URL."""

    def __init__(self, url: str) -> None:
        self.url = redact_url(url)
        super().__init__()

    def message(self, lang: str) -> str:
        """The URL as given (no password), and the form it should take."""
        return text("office_database.bad_url", lang, url=self.url, setting=setting_name(lang))


class DatabaseUnreachable(OfficeDatabaseError):
    """The server did not answer, or refused the connection (password, rights)."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = redact_url(url)
        self.reason = reason
        super().__init__()

    def message(self, lang: str) -> str:
        """The database, the server's reason, and what to check."""
        return text(
            "office_database.unreachable",
            lang,
            url=self.url,
            reason=self.reason,
            setting=setting_name(lang),
        )


class DatabaseFailed(OfficeDatabaseError):
    """A statement failed on the server. `what` is what it was doing, an id of the
    catalogue's `db_activity` context (`opening`, `saving`, `testing`, `reading`); for
    `reading`, `data` is what was read, an id of the `db_data` context (`registry`, …)."""

    def __init__(self, description: str, what: str, reason: str, *, data: str = "") -> None:
        self.description = description
        self.what = what
        self.data = data
        self.reason = reason
        super().__init__()

    def message(self, lang: str) -> str:
        """The database, what it was doing, the server's reason; nothing was changed."""
        data = text(f"db_data.{self.data}", lang) if self.data else ""
        return text(
            "office_database.failed",
            lang,
            database=self.description,
            what=text(f"db_activity.{self.what}", lang, data=data),
            reason=self.reason,
        )
