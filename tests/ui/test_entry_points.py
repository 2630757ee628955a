"""`fieldapp` with no command opens the window (as the frozen build does); commands still run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = "import sys; from fieldapp.cli import main; sys.exit(main(sys.argv[1:]))"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_no_command_opens_the_window(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "data"), "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "shown"


def test_a_command_still_runs_the_cli(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "data"), "session", "list")
    assert result.returncode == 0, result.stderr
    assert "shown" not in result.stdout
