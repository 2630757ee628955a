"""The office database: what the office modules need of an engine, whichever it is.

The office registry runs on embedded SQLite (`store/office/embedded.py`, the data
directory's own file, as on a laptop) or on PostgreSQL (`store/office/postgres.py`, several
clerks at once). Both give an `OfficeDatabase`: the `SqlDatabase` surface (`store/sql.py`)
plus the write transaction with its clock stamp, reads that turn engine errors into a
`StoreError`, the search index the merge keeps in step, and the few dialect hooks (temporary
staging tables, JSON lists of ids). The office logic (merge, trusted devices, people,
registry, decisions, erasure) is written once, against this.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Protocol, TypeVar

from fieldapp.domain.clock import HybridClock
from fieldapp.store.sql import SqlDatabase
from fieldapp.store.stamp import Stamp

T = TypeVar("T")
# How many times a write transaction is run again after the engine gave up on it
# (PostgreSQL: serialization failure or deadlock). SQLite never asks for one.
MAX_ATTEMPTS = 5


class OfficeSearch(Protocol):
    """The attendee search index, as the office writes it."""

    def remove(self, attendee_id: str) -> None:
        """Drop one attendee from the index (inside the caller's transaction)."""
        ...

    def reindex_merged(self, winners: str) -> None:
        """Re-index the attendees listed in the temporary table `winners` (columns `id`,
        `existing`: stored before this merge), after the merge wrote them."""
        ...

    def match(self, query: str, *, limit: int = 50) -> list[str]:
        """Ids of live attendees matching what a clerk typed, best first."""
        ...


class OfficeDatabase(SqlDatabase, Protocol):
    """One office registry on one engine; connections are per thread."""

    @property
    def clock(self) -> HybridClock:
        """The hybrid clock stamps are taken from."""
        ...

    @property
    def search(self) -> OfficeSearch:
        """The search index over the registry's attendees."""
        ...

    @property
    def integrity_errors(self) -> tuple[type[Exception], ...]:
        """The engine's exceptions for a broken constraint (unique, not null, reference)."""
        ...

    @property
    def description(self) -> str:
        """Where the registry lives, for messages and logs (never a password)."""
        ...

    def transaction(self, agent: str) -> contextlib.AbstractContextManager[Stamp]:
        """One atomic write, one clock stamp; writers take turns (see the engine)."""
        ...

    def write(self, agent: str, work: Callable[[Stamp], T]) -> T:
        """`work` in one `transaction`, run again (at most `MAX_ATTEMPTS` times in all) when
        the engine aborted it for a conflict with a concurrent transaction."""
        ...

    def reading(self, what: str) -> contextlib.AbstractContextManager[None]:
        """Turn engine errors during a read into a StoreError naming `what`, the id of the
        data read in the catalogue's `db_data` context (`registry`, `trusted_devices`, …)."""
        ...

    def create_staging(self, name: str, like: str) -> None:
        """A temporary table `name` with the columns of `like` (no constraints) and a unique
        `id`, in this connection's session only; its `rowid` gives the insertion order."""
        ...

    def close(self) -> None:
        """Close the calling thread's connection."""
        ...
