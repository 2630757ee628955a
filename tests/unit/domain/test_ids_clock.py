from __future__ import annotations

import datetime as dt
import uuid

from fieldapp.domain.clock import HybridClock
from fieldapp.domain.ids import uuid7


def test_uuid7_is_version_7_and_sorts_in_creation_order() -> None:
    ids = [uuid7() for _ in range(2000)]
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_clock_never_goes_backwards_when_the_wall_clock_does() -> None:
    wall = [dt.datetime(2025, 8, 1, 10, 0, tzinfo=dt.UTC)]
    clock = HybridClock(wall=lambda: wall[0])
    first = clock.now()
    wall[0] = dt.datetime(2025, 8, 1, 9, 0, tzinfo=dt.UTC)  # laptop clock set back an hour
    second = clock.now()
    assert second > first


def test_clock_moves_past_observed_timestamps() -> None:
    clock = HybridClock(wall=lambda: dt.datetime(2025, 8, 1, 10, 0, tzinfo=dt.UTC))
    clock.observe("2025-08-02T00:00:00.000000Z")
    assert clock.now() > "2025-08-02T00:00:00.000000Z"


def test_clock_resumes_from_its_persisted_value() -> None:
    wall = dt.datetime(2025, 8, 1, 10, 0, tzinfo=dt.UTC)
    clock = HybridClock("2025-08-01T12:00:00.000000Z", wall=lambda: wall)
    assert clock.now() > "2025-08-01T12:00:00.000000Z"
