"""Try an office database URL without opening the office on it: can the server be reached,
which PostgreSQL it runs, and how many people its registry holds. Nothing is written (no
migration): the settings' "Test connection" must not change a database it only looks at."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

from fieldapp.store.office.engines import check_database_url
from fieldapp.store.office.errors import DatabaseFailed
from fieldapp.store.office.postgres import PostgresOffice

# The people the registry lists: persons with at least one live registration.
_PEOPLE = (
    "SELECT COUNT(DISTINCT pl.person_id) FROM attendees a "
    "JOIN sessions s ON s.id = a.session_id JOIN person_links pl ON pl.attendee_id = a.id "
    "WHERE a.deleted = 0 AND s.deleted = 0"
)
_REGISTRY_TABLES = ("attendees", "sessions", "person_links")


@dataclass(frozen=True)
class DatabaseProbe:
    """What a successful connection found."""

    server: str  # "PostgreSQL 15.4"
    people: int | None  # None: no office registry there yet (made when the office opens it)


def server_name(version: int) -> str:
    """libpq's server version number (150004) as people write it ("PostgreSQL 15.4")."""
    return f"PostgreSQL {version // 10000}.{version % 10000}"


def probe_database(url: str) -> DatabaseProbe:
    """Connect to the PostgreSQL database `url` names and read its server version and the
    number of people in its registry. BadDatabaseUrl, DatabaseUnreachable or DatabaseFailed
    (each naming the setting or the server's reason) when it cannot."""
    office = PostgresOffice(check_database_url(url), device_id="probe")
    try:
        conn = office.connection()
        server = server_name(conn.info.server_version)
        try:
            tables = set(office.tables())
            people = (
                int(office.execute(_PEOPLE).fetchone()[0])
                if tables.issuperset(_REGISTRY_TABLES)
                else None
            )
        except psycopg.Error as error:
            reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
            raise DatabaseFailed(office.description, "testing", reason) from error
        return DatabaseProbe(server, people)
    finally:
        office.close()
