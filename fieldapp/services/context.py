"""What every service needs: the store, the acting agent and the change bus; and the lookup
of a record by its id or a prefix of it (as typed at the CLI)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from fieldapp.services.events import ChangeBus
from fieldapp.store import RecordNotFound, Store

_Record = TypeVar("_Record")
MIN_PREFIX = 4  # shorter prefixes are never looked up: they would match too much


@dataclass
class ServiceContext:
    """Shared by the services of one data directory; `agent` is set when a session is opened."""

    store: Store
    agent: str = ""
    bus: ChangeBus = field(default_factory=ChangeBus)


def by_id_or_prefix(
    record_id: str,
    *,
    get: Callable[[str], _Record],
    find_by_prefix: Callable[[str], Sequence[_Record]],
    several: Callable[[], Exception] | None = None,
) -> _Record:
    """The record `get` returns for `record_id`, else the only one whose id starts with it
    (`MIN_PREFIX` characters at least). Otherwise `get`'s `RecordNotFound`, or `several()`
    when it is given and more than one record starts with `record_id`."""
    try:
        return get(record_id)
    except RecordNotFound:
        matches = find_by_prefix(record_id) if len(record_id) >= MIN_PREFIX else []
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1 and several is not None:
            raise several() from None
        raise
