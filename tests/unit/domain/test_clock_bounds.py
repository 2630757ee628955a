"""The hybrid clock is bounded: never beyond the wall clock plus a day, whatever it observes
or finds stored, so its arithmetic can never overflow; a wrong wall clock is noticed."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldapp.domain.clock import HybridClock

WALL = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
DAY_AHEAD = "2026-03-02T12:00:00.000000Z"


@pytest.mark.parametrize(
    "poison",
    [
        "9999-12-31T23:59:59.999998Z",
        "9999-12-31T23:59:59.999999Z",
        "2027-03-01T12:00:00.000000Z",  # a laptop a year ahead
    ],
)
def test_observing_a_far_future_time_moves_the_clock_a_day_at_most(poison: str) -> None:
    clock = HybridClock(wall=lambda: WALL)
    clock.observe(poison)
    assert clock.last == DAY_AHEAD
    stamps = [clock.now() for _ in range(3)]
    assert stamps == sorted(stamps) and stamps[0] > DAY_AHEAD
    assert stamps[0].startswith("2026-03-02T12:00:00.00000")


@pytest.mark.parametrize(
    "stored", ["9999-12-31T23:59:59.999999Z", "2031-01-01T00:00:00.000000Z", "garbage"]
)
def test_a_poisoned_stored_clock_is_clamped_and_reported(stored: str) -> None:
    clock = HybridClock(stored, wall=lambda: WALL)
    assert clock.repaired == stored
    assert clock.now() <= "2026-03-02T12:00:00.000001Z"


def test_a_sound_stored_clock_is_kept() -> None:
    clock = HybridClock("2026-03-01T13:00:00.000000Z", wall=lambda: WALL)
    assert clock.repaired is None
    assert clock.now() == "2026-03-01T13:00:00.000001Z"


def test_a_wall_clock_behind_the_last_recorded_time_is_noticed() -> None:
    clock = HybridClock("2026-03-01T12:00:00.000000Z", wall=lambda: WALL - dt.timedelta(hours=3))
    assert clock.skew() == "behind"


@pytest.mark.parametrize(
    ("wall", "expected"),
    [
        (dt.datetime(2019, 6, 1, tzinfo=dt.UTC), "behind"),
        (dt.datetime(2041, 6, 1, tzinfo=dt.UTC), "ahead"),
        (WALL, None),
    ],
)
def test_an_implausible_wall_clock_is_noticed(wall: dt.datetime, expected: str | None) -> None:
    assert HybridClock(wall=lambda: wall).skew() == expected


def test_the_start_of_time_stored_never_overflows_either() -> None:
    clock = HybridClock("0001-01-01T00:00:00.000000Z", wall=lambda: WALL)
    assert clock.skew() is None
    assert clock.now() == "2026-03-01T12:00:00.000000Z"
