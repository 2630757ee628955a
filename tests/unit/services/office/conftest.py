"""Every office test here runs twice: on the embedded SQLite registry and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from . import office_kit


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A `desk_reads_registry` test reads the merged registry through the desk's own services,
    which read the data folder's SQLite store: its PostgreSQL case is not collected (never a
    skip, so that a PostgreSQL test that runs is never hidden among skipped ones under CI)."""
    desk_only = [
        item
        for item in items
        if item.get_closest_marker("desk_reads_registry")
        and getattr(item, "callspec", None) is not None
        and item.callspec.params.get("office_database_url") == "postgresql"
    ]
    if desk_only:
        config.hook.pytest_deselected(items=desk_only)
        items[:] = [item for item in items if item not in desk_only]


@pytest.fixture(autouse=True)
def office_engine(
    office_database_url: str | None, request: pytest.FixtureRequest
) -> Iterator[None]:
    """The offices the test makes (`office_kit.make_office`) keep their registry on the
    parametrised engine: each PostgreSQL office gets a fresh database of its own."""
    if office_database_url is None:
        office_kit.use_engine(None)
    else:
        first = [office_database_url]
        more = request.getfixturevalue("postgres_databases")
        office_kit.use_engine(lambda: first.pop() if first else more())
    yield
    office_kit.use_engine(None)
