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


MARGIN = dt.timedelta(hours=24)
"""How far ahead of the wall clock the clock may run: a timestamp from a laptop whose clock
is a little ahead is absorbed, one from a wrong clock never moves this one further."""
EARLIEST_PLAUSIBLE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
LATEST_PLAUSIBLE = dt.datetime(2040, 1, 1, tzinfo=dt.UTC)
_LATEST_WALL = dt.datetime(9000, 1, 1, tzinfo=dt.UTC)  # far from datetime.max: no overflow
_TOLERANCE = dt.timedelta(minutes=2)
_TICK = dt.timedelta(microseconds=1)


def _parse_or_none(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return parse_timestamp(text)
    except ValueError:
        return None


class HybridClock:
    """Monotonic timestamps: max(wall clock, last issued + 1 µs), never more than `MARGIN`
    ahead of the wall clock, so the arithmetic can never overflow.

    A persisted value beyond that (a database poisoned by a bad import) is clamped when the
    clock is made: `repaired` then holds the value that was dropped, for the caller to log.
    """

    def __init__(
        self,
        last: str | None = None,
        wall: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._wall = wall
        self._last = _parse_or_none(last)
        self.repaired: str | None = None
        if last and (self._last is None or self._last > self._ceiling()):
            self.repaired = last
            self._last = self._ceiling() if self._last is not None else None
        self._lock = threading.Lock()

    def _ceiling(self) -> dt.datetime:
        return min(self._wall(), _LATEST_WALL) + MARGIN

    def now(self) -> str:
        """A new timestamp, strictly later than every one issued or observed before."""
        with self._lock:
            moment = min(self._wall(), _LATEST_WALL)
            if self._last is not None and moment <= self._last:
                moment = self._last + _TICK
            self._last = moment
            return format_timestamp(moment)

    def observe(self, timestamp: str) -> None:
        """Move the clock past a timestamp received from elsewhere, but never beyond the
        wall clock plus `MARGIN`."""
        seen = min(parse_timestamp(timestamp), self._ceiling())
        with self._lock:
            if self._last is None or seen > self._last:
                self._last = seen

    def skew(self) -> str | None:
        """Whether the wall clock looks wrong, before anything is stamped with it: `"behind"`
        (earlier than the last time this clock recorded, or before 2020), `"ahead"`
        (implausibly far in the future), or None."""
        wall = self._wall()
        if wall < EARLIEST_PLAUSIBLE:
            return "behind"
        if wall > LATEST_PLAUSIBLE:
            return "ahead"
        with self._lock:
            if self._last is not None and wall + _TOLERANCE < self._last:
                return "behind"
        return None

    @property
    def last(self) -> str | None:
        """The latest timestamp issued or observed."""
        with self._lock:
            return format_timestamp(self._last) if self._last else None
