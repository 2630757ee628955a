"""A hybrid logical clock giving every write a timestamp that sorts after all it has seen.

Timestamps are ISO 8601 UTC text with microseconds (`2025-08-01T09:30:00.000001Z`), so they
compare as strings. The clock never goes backwards, even if the laptop's wall clock does, and
after observing a timestamp from another device it issues later ones only.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def format_timestamp(moment: dt.datetime) -> str:
    """UTC datetime → clock text."""
    return moment.astimezone(dt.UTC).strftime(_FORMAT)


def parse_timestamp(text: str) -> dt.datetime:
    """Clock text → aware UTC datetime."""
    return dt.datetime.strptime(text, _FORMAT).replace(tzinfo=dt.UTC)


class HybridClock:
    """Monotonic timestamps: max(wall clock, last issued + 1 µs)."""

    def __init__(
        self,
        last: str | None = None,
        wall: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._wall = wall
        self._last = parse_timestamp(last) if last else None
        self._lock = threading.Lock()

    def now(self) -> str:
        """A new timestamp, strictly later than every one issued or observed before."""
        with self._lock:
            moment = self._wall()
            if self._last is not None and moment <= self._last:
                moment = self._last + dt.timedelta(microseconds=1)
            self._last = moment
            return format_timestamp(moment)

    def observe(self, timestamp: str) -> None:
        """Move the clock past a timestamp received from elsewhere."""
        seen = parse_timestamp(timestamp)
        with self._lock:
            if self._last is None or seen > self._last:
                self._last = seen

    @property
    def last(self) -> str | None:
        """The latest timestamp issued or observed."""
        with self._lock:
            return format_timestamp(self._last) if self._last else None
