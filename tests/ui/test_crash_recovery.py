"""A killed process loses no typing: the real app, killed after an autosave, reopens on the draft."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from fieldapp.services.app import open_services

REPO = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": str(REPO),
    }


@pytest.mark.slow
def test_draft_survives_a_killed_process(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    services = open_services(data_dir=data_dir, agent="setup")
    session = services.sessions.create_session(place="Guelmim", date=dt.date(2025, 9, 1))
    services.close()

    driver = [sys.executable, "-m", "tests.ui.crash_driver"]
    typing = subprocess.Popen(
        [*driver, "type", str(data_dir), session.id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=_env(),
    )
    # If the app blocks (say, on an error dialog) the line never comes: kill it after 60 s so
    # the test fails instead of hanging the suite.
    watchdog = threading.Timer(60, typing.kill)
    watchdog.start()
    try:
        assert typing.stdout is not None
        line = typing.stdout.readline()
        assert line.strip() == "DRAFT SAVED", typing.stderr.read() if typing.stderr else ""
    finally:
        watchdog.cancel()
        typing.kill()  # SIGKILL: no clean shutdown, nothing flushed by the app
        typing.wait(timeout=30)
    assert typing.returncode != 0

    again = subprocess.run(
        [*driver, "check", str(data_dir)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=_env(),
        timeout=60,
    )
    shown_lines = [ln for ln in again.stdout.splitlines() if ln.startswith("SHOWN ")]
    assert shown_lines, again.stderr
    shown = json.loads(shown_lines[0].removeprefix("SHOWN "))
    assert shown["on_desk"] and shown["session"] == session.id
    assert shown["name_ar"] == "خديجة أوبلا"
    assert shown["phone"] == "0661234567"
    assert shown["agent"] == "Brahim"
    assert shown["message"]
