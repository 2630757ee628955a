"""A PostgreSQL office a newer fieldapp has migrated is left alone: this version refuses to
open it, naming the server and what to do, and writes nothing into it."""

from __future__ import annotations

import pytest

from fieldapp.store.errors import DataFolderDamaged
from fieldapp.store.migrations import LATEST_VERSION
from fieldapp.store.office.postgres import PostgresOffice

pytestmark = pytest.mark.postgres


def test_an_office_database_of_a_newer_version_is_refused_untouched(postgres_url: str) -> None:
    office = PostgresOffice.open(postgres_url, device_id="office")
    with office.transaction("clerk"):
        office.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            [LATEST_VERSION + 1, "later", "2027-01-01T00:00:00Z"],
        )
    office.close()
    with pytest.raises(DataFolderDamaged) as refused:
        PostgresOffice.open(postgres_url, device_id="office")
    assert "newer version of fieldapp" in refused.value.message("en")
    assert "نسخة أحدث" in refused.value.message("ar")
    check = PostgresOffice(postgres_url, device_id="office")
    try:
        versions = [row[0] for row in check.execute("SELECT version FROM schema_migrations")]
    finally:
        check.close()
    assert max(versions) == LATEST_VERSION + 1 and len(versions) == LATEST_VERSION + 1
