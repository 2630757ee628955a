"""`python -m bench [NAME...] [--quick] [--national] [--json PATH]` (or `make bench`).

Runs the benchmarks (all, or those named), then prints one table: each fieldapp figure beside
a baseline measured in the same run, the ratio, and the target where there is one. Progress
goes to stderr, the table to stdout, and with `--json` the same rows to a JSON file.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from bench.results import Result, machine_info, print_table, to_json, write_json
from bench.timing import progress

# Run order: the start-up first, while the machine is quiet and this process is small.
BENCHMARKS = (
    "startup",
    "search",
    "register",
    "documents",
    "import",
    "sync",
    "trust",
    "office",
)


def _benchmark_name(text: str) -> str:
    name = text.removesuffix(".py").removeprefix("bench/").removeprefix("bench_")
    if name not in BENCHMARKS:
        raise argparse.ArgumentTypeError(
            f"unknown benchmark {text!r} (choose from {', '.join(BENCHMARKS)})"
        )
    return name


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line: benchmark names, --quick, --json PATH."""
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="fieldapp benchmarks, each beside a baseline measured in the same run.",
    )
    parser.add_argument(
        "names",
        nargs="*",
        type=_benchmark_name,
        metavar="NAME",
        help=f"benchmarks to run, default all: {' '.join(BENCHMARKS)}",
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    parser.add_argument(
        "--national",
        action="store_true",
        help="office only: national sizes (100,000 attendances imported, registries of "
        "100,000 and 1,000,000 people); on demand, not for every run",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the table as JSON")
    return parser.parse_args(argv)


def run_benchmarks(
    names: Sequence[str], *, quick: bool, national: bool = False
) -> tuple[list[Result], list[str]]:
    """Run each benchmark module's `run()`; a benchmark that fails is reported, not fatal.
    `national` goes to the office benchmark only (the others have no national size)."""
    results: list[Result] = []
    failed: list[str] = []
    for name in names:
        progress(f"== {name} ==")
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"bench.bench_{name}")
            rows = (
                module.run(quick=quick, national=True)
                if national and name == "office"
                else module.run(quick=quick)
            )
        except KeyboardInterrupt:
            progress("interrupted: the table below has the benchmarks that finished")
            failed.append(f"{name} (interrupted)")
            break
        except Exception:
            traceback.print_exc()
            failed.append(name)
            continue
        results += [dataclasses.replace(row, group=name) for row in rows]
        progress(f"   {name}: {time.perf_counter() - started:.1f} s")
    return results, failed


def main(argv: Sequence[str] | None = None) -> int:
    """Run, print the table, write the JSON; exit 1 if a benchmark failed."""
    args = parse_args(argv)
    names = [n for n in BENCHMARKS if n in args.names] if args.names else list(BENCHMARKS)
    started = time.perf_counter()
    results, failed = run_benchmarks(names, quick=args.quick, national=args.national)
    elapsed = time.perf_counter() - started
    print()
    print_table(results)
    print(f"\n{'quick run, ' if args.quick else ''}{elapsed:.0f} s in all.")
    if failed:
        print(f"FAILED (see the tracebacks above): {', '.join(failed)}")
    if args.json is not None:
        write_json(
            args.json,
            to_json(
                results,
                machine_info(),
                quick=args.quick,
                benchmarks=names,
                failed=failed,
                seconds=round(elapsed, 1),
            ),
        )
        print(f"JSON written to {args.json}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
