"""The office database as the settings show and try it: which URL is in force and where it
comes from (the office folder's setting or `FIELDAPP_OFFICE_DATABASE`), and a connection
test of a URL before it is saved."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from fieldapp.paths import DATABASE_NAME
from fieldapp.services.office.database_setting import (
    ENV_VAR,
    checked_setting,
    office_database_url,
    stored_database_url,
)
from fieldapp.store.office.errors import redact_url
from fieldapp.store.office.probe import DatabaseProbe as DatabaseProbe
from fieldapp.store.office.probe import probe_database


@dataclass(frozen=True)
class DatabaseChoice:
    """The office database setting of a data folder."""

    url: str | None  # in force (None: the data folder's own SQLite file)
    saved: str | None  # kept in the office folder
    from_environment: bool  # FIELDAPP_OFFICE_DATABASE is set and overrides `saved`

    @property
    def shown(self) -> str:
        """The URL in force without its password ('' for the embedded file)."""
        return redact_url(self.url) if self.url else ""


def database_choice(data_dir: Path) -> DatabaseChoice:
    """Which database the office of `data_dir` uses, and why."""
    return DatabaseChoice(
        url=office_database_url(data_dir),
        saved=stored_database_url(data_dir),
        from_environment=ENV_VAR in os.environ,
    )


@dataclass(frozen=True)
class RegistryLocation:
    """Where an office registry is, to show a clerk: `engine` is "sqlite" (`where` the file)
    or "postgresql" (`where` the server and database, `host:port/db`: never a password)."""

    engine: str
    where: str


def registry_location(data_dir: Path, url: str | None) -> RegistryLocation:
    """Where the registry of `url` is (None: the data folder's own SQLite file)."""
    if not url:
        return RegistryLocation("sqlite", str(Path(data_dir) / DATABASE_NAME))
    try:
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        if parts.port is not None:
            host = f"{host}:{parts.port}"
    except ValueError:  # an unreadable port: the server is named by the redacted URL
        return RegistryLocation("postgresql", redact_url(url))
    return RegistryLocation("postgresql", f"{host}/{parts.path.strip('/')}")


def check_connection(url: str, *, to_save: bool = True) -> DatabaseProbe:
    """Try `url` without changing anything in the database. A URL `to_save` is first refused
    as a save would refuse it (not PostgreSQL, a password in it); the environment's URL is
    only tried. Takes up to the connection timeout when the server does not answer: call it
    off the GUI thread."""
    return probe_database(checked_setting(url) if to_save else url)
