"""Smoke-test the frozen build in dist/fieldapp/: version, self-test, and the window.

    python installer/smoke.py            # after installer/build.py (which runs it itself)

Each step runs an executable of the build in a subprocess and fails with the command, its exit
code and its output. The window is started on a temporary data directory (never the user's).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "fieldapp"
TIMEOUT = 180


class SmokeFailed(Exception):
    """A step of the smoke test failed; the message says which and shows its output."""


def project_version() -> str:
    """The version in pyproject.toml."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return str(tomllib.loads(text)["project"]["version"])


def executable(dist: Path, name: str) -> Path:
    """The path of executable `name` in the build folder (`.exe` on Windows)."""
    return dist / (f"{name}.exe" if os.name == "nt" else name)


def run(
    command: Sequence[str | Path], env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run one step, print its command line, return the finished process."""
    print("$ " + " ".join(str(part) for part in command), flush=True)
    try:
        return subprocess.run(
            [str(part) for part in command],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env={**os.environ, **(env or {})},
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise SmokeFailed(f"{command[0]} did not finish within {TIMEOUT} s") from error


def _expect(
    process: subprocess.CompletedProcess[str], what: str, stdout: str | None = None
) -> None:
    got = process.stdout.strip()
    if process.returncode != 0 or (stdout is not None and got != stdout):
        raise SmokeFailed(
            f"{what}: exit code {process.returncode}"
            + (f", expected output {stdout!r}" if stdout is not None else "")
            + f"\n--- stdout\n{process.stdout}--- stderr\n{process.stderr}"
        )
    for line in got.splitlines() or ["(exit code 0)"]:
        print(f"    {line}", flush=True)


def smoke_test(dist: Path = DIST, version: str | None = None) -> None:
    """Run every step on the build in `dist`; raise SmokeFailed on the first failure."""
    version = version or project_version()
    gui, cli = executable(dist, "fieldapp"), executable(dist, "fieldapp-cli")
    for path in (gui, cli):
        if not path.is_file():
            raise SmokeFailed(f"{path} is missing; build first with installer/build.py")
    recorded = (dist / "VERSION").read_text(encoding="utf-8").strip()
    if recorded != version:
        raise SmokeFailed(f"{dist / 'VERSION'} says {recorded!r}, pyproject.toml {version!r}")
    # The windowed Windows executable has no stdout to capture: the console one is checked there.
    console = cli if os.name == "nt" else gui
    _expect(run([console, "--version"]), "--version", f"fieldapp {version}")
    _expect(run([cli, "--version"]), "fieldapp-cli --version", f"fieldapp {version}")
    _expect(run([console, "self-test"]), "self-test")
    with tempfile.TemporaryDirectory(prefix="fieldapp-smoke-") as data_dir:
        window = run(
            [gui, "--data-dir", data_dir, "--smoke-test"], env={"QT_QPA_PLATFORM": "offscreen"}
        )
        # On Windows the windowed executable's "shown" goes nowhere; its exit code still counts.
        _expect(window, "the window (--smoke-test)", None if os.name == "nt" else "shown")


def main() -> int:
    """Smoke-test dist/fieldapp/ and report."""
    try:
        smoke_test()
    except SmokeFailed as failure:
        print(f"smoke test FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"smoke test passed: {DIST}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
