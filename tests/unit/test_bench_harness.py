"""The benchmark table and its JSON, on hand-made rows (no benchmark is run, nothing is timed)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _load_results_module() -> ModuleType:
    """bench/ is not an installed package: load bench/results.py from the checkout by path."""
    path = Path(__file__).resolve().parents[2] / "bench" / "results.py"
    spec = importlib.util.spec_from_file_location("bench_results_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


results = _load_results_module()
HEADER = results.HEADER
Result = results.Result
format_table = results.format_table
to_json = results.to_json
write_json = results.write_json

SLOW = Result("start", "ms", 900.0, "bare", 300.0, target=2.0, group="startup")
FAST = Result("search", "ms", 30.0, "raw FTS5", 20.0, target=2.0, group="search")
PLAIN = Result("rss", "MiB", 96.0, "bare", 48.0, group="startup")
CHECKLIST = Result("checklist", "ms", 14.0, "bare", 3.5, limit=25.0, group="documents")
SLOW_BATCH = Result("batch", "ms", 6_200.0, "bare", 900.0, limit=5_000.0, group="documents")
THROUGHPUT = Result(
    "rows/s", "rows/s", 4_000.0, "raw", 10_000.0, target=1 / 3, higher_is_better=True
)


def test_ratio_is_fieldapp_over_baseline() -> None:
    assert SLOW.ratio == pytest.approx(3.0)
    assert FAST.ratio == pytest.approx(1.5)
    assert THROUGHPUT.ratio == pytest.approx(0.4)
    assert Result("x", "ms", 1.0, "zero", 0.0, target=2.0).ratio is None


def test_target_pass_and_miss_in_both_directions() -> None:
    assert SLOW.meets_target is False
    assert FAST.meets_target is True
    assert Result("edge", "ms", 2.0, "b", 1.0, target=2.0).meets_target is True
    assert THROUGHPUT.meets_target is True
    assert (
        Result("r", "rows/s", 3.0, "b", 10.0, target=1 / 3, higher_is_better=True).meets_target
        is False
    )
    assert PLAIN.meets_target is None
    assert Result("x", "ms", 1.0, "zero", 0.0, target=2.0).meets_target is None


def test_table_is_aligned_with_marks_and_group_breaks() -> None:
    lines = format_table([SLOW, PLAIN, FAST, THROUGHPUT]).splitlines()
    header, rule, slow, plain, gap, fast, blank_or_throughput, *rest = lines
    assert header.split()[0] == HEADER[0]
    assert gap == ""  # startup -> search
    assert blank_or_throughput == ""  # search -> "" group
    throughput = rest[0]
    ratio_end = header.index("ratio") + len("ratio")
    for row, ratio in ((slow, "3.00x"), (plain, "2.00x"), (fast, "1.50x"), (throughput, "0.40x")):
        assert row[ratio_end - len(ratio) : ratio_end] == ratio
    assert slow.endswith("<= 2.00  MISS")
    assert fast.endswith("<= 2.00  pass")
    assert throughput.endswith(">= 0.33  pass")
    assert plain.endswith("2.00x")
    assert "900 ms" in slow and "300 ms" in slow
    assert "4,000 rows/s" in throughput
    assert set(rule) <= {"-", " "}


def test_a_limit_bounds_the_figure_and_the_ratio_is_information() -> None:
    assert CHECKLIST.ratio == pytest.approx(4.0)
    assert CHECKLIST.meets_target is None
    assert CHECKLIST.meets_limit is True and CHECKLIST.met is True
    assert SLOW_BATCH.meets_limit is False and SLOW_BATCH.met is False
    both = Result("x", "ms", 10.0, "b", 2.0, target=2.0, limit=25.0)
    assert both.meets_limit is True and both.meets_target is False and both.met is False
    assert PLAIN.met is None
    lines = format_table([CHECKLIST, SLOW_BATCH]).splitlines()
    limit_start = lines[0].index("limit")
    assert lines[2][limit_start:].startswith("<= 25.0 ms")
    assert lines[3][limit_start:].startswith("<= 5,000 ms")
    assert lines[2].split()[-2:] == ["4.00x", "pass"]  # no ratio target: the ratio informs
    assert lines[3].split()[-2:] == ["6.89x", "MISS"]


def test_json_document_shape(tmp_path: Path) -> None:
    target = tmp_path / "out" / "bench.json"
    machine = {"python": "3.11.7", "platform": "Linux", "cpu_count": 2, "date": "2025-08-01"}
    write_json(target, to_json([SLOW, THROUGHPUT, PLAIN], machine, quick=True))
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["machine"] == machine
    assert document["quick"] is True
    slow, throughput, plain = document["rows"]
    assert slow == {
        "group": "startup",
        "name": "start",
        "unit": "ms",
        "value": 900.0,
        "baseline_name": "bare",
        "baseline_value": 300.0,
        "ratio": pytest.approx(3.0),
        "target": 2.0,
        "target_kind": "at_most",
        "meets_target": False,
        "limit": None,
        "meets_limit": None,
    }
    assert throughput["target_kind"] == "at_least"
    assert throughput["meets_target"] is True
    assert plain["target"] is None and plain["meets_target"] is None
    write_json(target, to_json([CHECKLIST], machine))
    [checklist] = json.loads(target.read_text(encoding="utf-8"))["rows"]
    assert checklist["limit"] == 25.0 and checklist["meets_limit"] is True
    assert list(target.parent.iterdir()) == [target]  # the temp file was renamed, not left


def test_json_write_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "bench.json"
    target.write_text("old", encoding="utf-8")
    write_json(target, to_json([FAST], {"python": "3"}))
    assert json.loads(target.read_text(encoding="utf-8"))["rows"][0]["name"] == "search"
