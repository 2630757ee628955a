"""Opening the office registry on the engine its database URL names.

No URL: the data folder's own SQLite file, through the `Store` (`EmbeddedOffice`, the
default). A `postgresql://` (or `postgres://`) URL: that PostgreSQL database
(`PostgresOffice`, psycopg 3). Anything else is refused with a message naming the setting.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fieldapp.store.office.database import OfficeDatabase
from fieldapp.store.office.embedded import EmbeddedOffice
from fieldapp.store.office.errors import BadDatabaseUrl
from fieldapp.store.store import Store

POSTGRES_SCHEMES = ("postgresql", "postgres")


def check_database_url(url: str) -> str:
    """The URL, stripped, if it names a PostgreSQL database; BadDatabaseUrl otherwise."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        raise BadDatabaseUrl(text) from None
    if parts.scheme not in POSTGRES_SCHEMES or not parts.path.strip("/"):
        raise BadDatabaseUrl(text)
    return text


def open_office_database(store: Store, url: str | None) -> OfficeDatabase:
    """The office registry: embedded in `store` without a URL, else on PostgreSQL (migrated
    on first use; an unreachable server is a StoreError saying which setting to check)."""
    if not url:
        return EmbeddedOffice(store)
    from fieldapp.store.office.postgres import PostgresOffice

    return PostgresOffice.open(check_database_url(url), device_id=store.device.device_id)
