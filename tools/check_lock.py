"""Fail, naming them, when pyproject.toml asks for packages that requirements.lock does not pin.

`python tools/check_lock.py [PYPROJECT] [LOCK]` (run by the Makefile before it installs from
the lock). Only the standard library: it runs before anything is installed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==\S+")


def normalise(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503): case and -_. runs folded."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requested(pyproject: Path) -> dict[str, str]:
    """Every package pyproject.toml asks for, by normalised name, with the table asking."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    groups = {"dependencies": project.get("dependencies", [])}
    for extra, requirements in project.get("optional-dependencies", {}).items():
        groups[f"optional-dependencies.{extra}"] = requirements
    wanted: dict[str, str] = {}
    for group, requirements in groups.items():
        for requirement in requirements:
            match = _NAME.match(requirement)
            if match is None:
                raise ValueError(f"{pyproject.name}: cannot read requirement {requirement!r}")
            wanted.setdefault(normalise(match.group(1)), group)
    return wanted


def pinned(lock: Path) -> set[str]:
    """The normalised names the lock file pins (`name==version` lines)."""
    lines = lock.read_text(encoding="utf-8").splitlines()
    return {normalise(m.group(1)) for line in lines if (m := _PIN.match(line))}


def missing(pyproject: Path, lock: Path) -> list[str]:
    """One line per requested package the lock lacks, sorted."""
    pins = pinned(lock)
    return [
        f"{name} (pyproject.toml [project] {group})"
        for name, group in sorted(requested(pyproject).items())
        if name not in pins
    ]


def main(argv: list[str]) -> int:
    """Print what is missing to stderr and return 1, or return 0."""
    pyproject = Path(argv[0]) if argv else ROOT / "pyproject.toml"
    lock = Path(argv[1]) if len(argv) > 1 else ROOT / "requirements.lock"
    if not lock.is_file():
        print(f"{lock.name} is missing: run `make lock`", file=sys.stderr)
        return 1
    lacking = missing(pyproject, lock)
    if lacking:
        print(
            f"{lock.name} does not pin what pyproject.toml asks for: run `make lock`, then"
            " commit it.\n  " + "\n  ".join(lacking),
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
