"""The frozen build's single entry point: window by default, CLI when a command is given."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp import __version__
from fieldapp.front_end import wants_cli


@pytest.mark.parametrize(
    ("program", "arguments", "cli"),
    [
        ("fieldapp", [], False),
        ("fieldapp", ["--data-dir", "/tmp/x"], False),
        ("fieldapp", ["--data-dir", "/tmp/x", "--lang", "fr"], False),
        ("fieldapp", ["--version"], True),
        ("fieldapp", ["--help"], True),
        ("fieldapp", ["self-test"], True),
        ("fieldapp", ["--data-dir", "/tmp/x", "session", "list"], True),
        ("fieldapp", ["--lang", "ar", "checklist", "--help"], True),
        ("C:\\Program Files\\fieldapp\\fieldapp-cli.exe", [], True),
        ("/opt/fieldapp/fieldapp.exe", ["--smoke-test"], False),
    ],
)
def test_command_line_picks_the_front_end(program: str, arguments: list[str], cli: bool) -> None:
    assert wants_cli(program, arguments) is cli


def _launch(*arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "fieldapp.launcher", *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_version_goes_to_the_cli() -> None:
    result = _launch("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"fieldapp {__version__}"


def test_no_command_opens_the_window_and_smoke_test_quits(tmp_path: Path) -> None:
    result = _launch("--data-dir", str(tmp_path), "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "shown"
    assert (tmp_path / "fieldapp.sqlite3").exists()


def test_a_command_runs_headless(tmp_path: Path) -> None:
    result = _launch("--data-dir", str(tmp_path), "session", "list")
    assert result.returncode == 0, result.stderr
