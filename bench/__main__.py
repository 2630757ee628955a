"""`python -m bench` (or `make bench`): run every `bench/bench_*.py` module's `main()`."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    """Run the benchmarks named on the command line, or all of them."""
    wanted = set(sys.argv[1:])
    here = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        if wanted and info.name not in wanted:
            continue
        module = importlib.import_module(f"bench.{info.name}")
        print(f"== {info.name} ==", flush=True)
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
