"""Small timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def best_of(function: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `repeat` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, seconds: float, baseline_name: str, baseline: float) -> None:
    """Print one figure beside its baseline and the ratio."""
    ratio = seconds / baseline if baseline > 0 else float("inf")
    print(
        f"{name:<40} {seconds * 1000:9.1f} ms   {baseline_name:<34} "
        f"{baseline * 1000:9.1f} ms   ratio {ratio:5.2f}x",
        flush=True,
    )
