"""A tiny publish/subscribe hub: services announce what changed, views refresh themselves."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Change:
    """What changed: a record kind (`session`, `attendee`, `answers`…) and the ids touched."""

    kind: str
    ids: tuple[str, ...] = ()
    session_id: str | None = None


Listener = Callable[[Change], None]


class ChangeBus:
    """Calls every listener after a service committed a change."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Add a listener."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Remove a listener if present."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, change: Change) -> None:
        """Tell every listener; one failing listener does not stop the others."""
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                log.exception("change listener failed for %s", change.kind)
