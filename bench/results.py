"""The result row every benchmark returns, and the one table (text or JSON) they all end in."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Result:
    """One figure of fieldapp beside the same figure of a baseline measured in the same run.

    `limit` bounds the figure itself, in its unit: what a user would feel (a checklist within
    25 ms). `ratio` is always fieldapp / baseline. `target` bounds that ratio: at most `target`
    for times and sizes, at least `target` when `higher_is_better` (throughputs such as
    rows/s). A row may have either, both or neither; one without a target prints its ratio for
    information.
    """

    name: str
    unit: str
    value: float
    baseline_name: str
    baseline_value: float
    target: float | None = None
    higher_is_better: bool = False
    group: str = ""
    limit: float | None = None

    @property
    def ratio(self) -> float | None:
        """fieldapp / baseline, or None when the baseline is zero."""
        if self.baseline_value == 0:
            return None
        return self.value / self.baseline_value

    @property
    def meets_target(self) -> bool | None:
        """Whether the ratio is within the target; None when there is no target or no ratio."""
        ratio = self.ratio
        if self.target is None or ratio is None:
            return None
        return ratio >= self.target if self.higher_is_better else ratio <= self.target

    @property
    def meets_limit(self) -> bool | None:
        """Whether the figure is within its limit; None when there is no limit."""
        if self.limit is None:
            return None
        return self.value >= self.limit if self.higher_is_better else self.value <= self.limit

    @property
    def met(self) -> bool | None:
        """The limit and the target both met (those the row has); None when it has neither."""
        checks = [m for m in (self.meets_limit, self.meets_target) if m is not None]
        return all(checks) if checks else None

    def limit_text(self) -> str:
        """The limit as shown in the table: `<= 25.0 ms`, or empty."""
        if self.limit is None:
            return ""
        return f"{'>=' if self.higher_is_better else '<='} {format_value(self.limit, self.unit)}"

    def target_text(self) -> str:
        """The target as shown in the table: `<= 2.00`, `>= 0.33`, or empty."""
        if self.target is None:
            return ""
        return f"{'>=' if self.higher_is_better else '<='} {self.target:.2f}"

    def to_dict(self) -> dict[str, object]:
        """The JSON form of the row."""
        return {
            "group": self.group,
            "name": self.name,
            "unit": self.unit,
            "value": self.value,
            "baseline_name": self.baseline_name,
            "baseline_value": self.baseline_value,
            "ratio": self.ratio,
            "target": self.target,
            "target_kind": None
            if self.target is None
            else ("at_least" if self.higher_is_better else "at_most"),
            "meets_target": self.meets_target,
            "limit": self.limit,
            "meets_limit": self.meets_limit,
        }


def format_value(value: float, unit: str) -> str:
    """A figure with its unit, three significant digits or so (rows/s as whole numbers)."""
    if unit == "rows/s":
        return f"{value:,.0f} {unit}"
    magnitude = abs(value)
    digits = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2
    return f"{value:,.{digits}f} {unit}"


def _mark(result: Result) -> str:
    met = result.met
    return "" if met is None else ("pass" if met else "MISS")


HEADER = (
    "benchmark",
    "fieldapp",
    "limit",
    "baseline",
    "baseline fig.",
    "ratio",
    "target",
    "met",
)
# Left-aligned text columns; the figures are right-aligned.
_LEFT = (True, False, True, True, False, False, True, True)


def table_cells(result: Result) -> tuple[str, ...]:
    """The table's cells for one row, in HEADER order."""
    ratio = result.ratio
    return (
        result.name,
        format_value(result.value, result.unit),
        result.limit_text(),
        result.baseline_name,
        format_value(result.baseline_value, result.unit),
        "n/a" if ratio is None else f"{ratio:.2f}x",
        result.target_text(),
        _mark(result),
    )


def format_table(results: Sequence[Result]) -> str:
    """The aligned text table, with a blank line between groups of rows."""
    rows = [table_cells(r) for r in results]
    widths = [max(len(cells[i]) for cells in [HEADER, *rows]) for i in range(len(HEADER))]

    def line(cells: Sequence[str]) -> str:
        padded = (
            cell.ljust(width) if left else cell.rjust(width)
            for cell, width, left in zip(cells, widths, _LEFT, strict=True)
        )
        return "  ".join(padded).rstrip()

    lines = [line(HEADER), line(["-" * w for w in widths])]
    previous_group: str | None = None
    for result, cells in zip(results, rows, strict=True):
        if previous_group is not None and result.group != previous_group:
            lines.append("")
        previous_group = result.group
        lines.append(line(cells))
    return "\n".join(lines)


def machine_info() -> dict[str, object]:
    """Where the figures were measured: Python, platform, CPU count, date, load."""
    info: dict[str, object] = {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    if hasattr(os, "getloadavg"):
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    return info


def to_json(
    results: Sequence[Result], machine: dict[str, object], **extra: object
) -> dict[str, object]:
    """The JSON document: machine info, any extra run facts, and the rows."""
    return {"machine": machine, **extra, "rows": [r.to_dict() for r in results]}


def write_json(path: Path, document: dict[str, object]) -> None:
    """Write `document` to `path` atomically (temp file in the same folder, then os.replace)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def print_table(results: Sequence[Result]) -> None:
    """Print the table on stdout."""
    sys.stdout.write(format_table(results) + "\n")
    sys.stdout.flush()
