"""The PostgreSQL office's bulk writes: `executemany` of a plain INSERT goes through COPY and
keeps the statement's meaning (first of two clashing rows kept with ON CONFLICT DO NOTHING, a
clash refused without it, every value as given); a merge that grows a table refreshes its
planner statistics inside the import's transaction."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldapp.store.errors import DuplicateRecord
from fieldapp.store.office.postgres import PostgresOffice
from fieldapp.store.office.postgres_statistics import refresh_statistics

pytestmark = pytest.mark.postgres


@pytest.fixture
def office(postgres_url: str) -> Iterator[PostgresOffice]:
    db = PostgresOffice.open(postgres_url, device_id="office")
    yield db
    db.close()


def test_staged_records_keep_the_first_version_of_an_id_given_twice(
    office: PostgresOffice,
) -> None:
    office.create_staging("incoming_people", "people")
    insert = "INSERT INTO incoming_people (id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING"
    office.executemany(insert, [("p2", "first"), ("p1", "a"), ("p2", "second")])
    office.executemany(insert, [("p3", "b"), ("p1", "again")])
    rows = office.execute("SELECT id, created_at FROM incoming_people ORDER BY rowid").fetchall()
    assert rows == [("p2", "first"), ("p1", "a"), ("p3", "b")]


def test_a_plain_insert_repeating_a_key_writes_nothing(office: PostgresOffice) -> None:
    insert = "INSERT INTO people (id, created_at) VALUES (?, ?)"
    with pytest.raises(DuplicateRecord), office.transaction("clerk"):
        office.executemany(insert, [("p1", "a"), ("p2", "b"), ("p1", "c")])
    assert office.execute("SELECT COUNT(*) FROM people").fetchone() == (0,)


def test_values_travel_unchanged(office: PostgresOffice) -> None:
    odd = "tab\there\nnew line \\N back\\slash 100% ? 'quote' \"double\" وجدة"
    with office.transaction("clerk"):
        office.executemany(
            "INSERT INTO people (id, created_at, version, merged_into) VALUES (?, ?, ?, ?)",
            [("p1", odd, 2, None), ("p2", "", True, "\\")],
        )
    rows = office.execute(
        "SELECT id, created_at, version, merged_into FROM people ORDER BY id"
    ).fetchall()
    assert rows == [("p1", odd, 2, None), ("p2", "", 1, "\\")]


def test_a_table_grown_by_a_tenth_gets_fresh_statistics(office: PostgresOffice) -> None:
    def counted() -> float:
        row = office.execute("SELECT reltuples FROM pg_class WHERE relname = 'people'").fetchone()
        return float(row[0])

    rows = [(f"p{n:04}", "a") for n in range(1000)]
    with office.transaction("clerk"):
        office.executemany("INSERT INTO people (id, created_at) VALUES (?, ?)", rows)
        refresh_statistics(office, "people", len(rows))
        assert counted() == 1000  # inside the transaction, its own rows counted
    with office.transaction("clerk"):
        office.executemany("INSERT INTO people (id, created_at) VALUES (?, ?)", [("q", "a")])
        refresh_statistics(office, "people", 1)  # a small change: left to autovacuum
    assert counted() == 1000
