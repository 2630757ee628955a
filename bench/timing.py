"""Small timing helpers shared by the benchmarks (they measure; they never print tables)."""

from __future__ import annotations

import math
import statistics
import sys
import time
from collections.abc import Callable, Sequence

from bench.results import Result


def timed(function: Callable[[], object]) -> float:
    """Wall time of one call, in seconds."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def median_time(function: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `repeat` calls, in seconds."""
    return statistics.median(timed(function) for _ in range(repeat))


def median_times(functions: Sequence[Callable[[], object]], repeat: int = 5) -> list[float]:
    """Median wall time of each function, calling them in turn `repeat` times (interleaved, so
    that a noisy neighbour on the machine slows all of them alike)."""
    times: list[list[float]] = [[] for _ in functions]
    for _ in range(repeat):
        for function, bucket in zip(functions, times, strict=True):
            bucket.append(timed(function))
    return [statistics.median(bucket) for bucket in times]


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile: `fraction` 0.5 is the median, 0.95 the p95."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def percentile_rows(
    name: str, ours: Sequence[float], baseline_name: str, theirs: Sequence[float]
) -> list[Result]:
    """The p50 and p95 rows, in ms, of per-call times in seconds (`{p}` in the names is the
    percentile's label)."""
    return [
        Result(
            name.format(p=label),
            "ms",
            ms(percentile(ours, fraction)),
            baseline_name.format(p=label),
            ms(percentile(theirs, fraction)),
        )
        for label, fraction in (("p50", 0.5), ("p95", 0.95))
    ]


def ms(seconds: float) -> float:
    """Seconds to milliseconds."""
    return seconds * 1000.0


def progress(message: str) -> None:
    """One progress line on stderr (the final table goes to stdout)."""
    print(message, file=sys.stderr, flush=True)
