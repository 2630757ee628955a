"""Every office test here runs twice: on the embedded SQLite registry and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from . import office_kit


@pytest.fixture(autouse=True)
def office_engine(
    office_database_url: str | None, request: pytest.FixtureRequest
) -> Iterator[None]:
    """The offices the test makes (`office_kit.make_office`) keep their registry on the
    parametrised engine: each PostgreSQL office gets a fresh database of its own."""
    if office_database_url is not None and request.node.get_closest_marker("desk_reads_registry"):
        pytest.skip("the desk's attendee services read the data folder's SQLite store only")
    if office_database_url is None:
        office_kit.use_engine(None)
    else:
        first = [office_database_url]
        more = request.getfixturevalue("postgres_databases")
        office_kit.use_engine(lambda: first.pop() if first else more())
    yield
    office_kit.use_engine(None)
