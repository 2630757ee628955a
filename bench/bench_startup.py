"""Cold start to the main window on screen, and the peak memory of that process.

The limit (`LIMIT_MS`) is what an agent feels opening the app at the desk; the ratio to a bare
window is printed for information (it is what fieldapp adds to PySide6 on this machine).

fieldapp: `python -m fieldapp.launcher --data-dir DIR --smoke-test`, which prints `shown` once
the window is on screen and quits. Baseline: a bare PySide6 script that shows a QMainWindow and
prints `shown` from `QTimer.singleShot(0, …)`. Both are timed from spawn to reading `shown`,
each in a fresh process, runs interleaved; peak RSS is the child's own `ru_maxrss` (os.wait4).

Bytecode: an installed fieldapp starts from compiled modules (pip compiles a wheel at install,
the frozen build carries them). The children write and read theirs in a temporary folder
(`PYTHONPYCACHEPREFIX`), filled by the untimed first start of each, whatever the caller's
`PYTHONDONTWRITEBYTECODE` says: otherwise a checkout run with that variable set would compile
every fieldapp module at every start (about 60 ms here) and the figure would not be a user's.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

from bench.results import Result
from bench.timing import ms, progress

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.show()


def shown():
    print("shown", flush=True)
    app.quit()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""
TIMEOUT_SECONDS = 120.0
LIMIT_MS = 500.0


@dataclass(frozen=True, slots=True)
class Start:
    """One cold start: seconds from spawn to `shown`, and the child's peak RSS in KiB."""

    seconds: float
    max_rss_kib: float


def child_environment(pycache: str) -> dict[str, str]:
    """The children's environment: offscreen Qt unless told otherwise, bytecode in `pycache`."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def start_once(command: list[str], env: dict[str, str]) -> Start:
    """Spawn `command`, time it to its `shown` line, reap it with os.wait4 for its rusage."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, env=env, bufsize=0
        )
        watchdog = threading.Timer(TIMEOUT_SECONDS, process.kill)
        watchdog.start()
        try:
            assert process.stdout is not None
            elapsed: float | None = None
            while line := process.stdout.readline():
                if elapsed is None and line.strip() == b"shown":
                    elapsed = time.perf_counter() - start
            process.stdout.close()
            _pid, status, usage = os.wait4(process.pid, 0)
        except BaseException:
            process.kill()
            process.wait()
            raise
        finally:
            watchdog.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        if elapsed is None or process.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{command[:3]} exited {process.returncode}: {tail}")
    # ru_maxrss is KiB on Linux, bytes on macOS.
    rss = usage.ru_maxrss / 1024 if sys.platform == "darwin" else usage.ru_maxrss
    return Start(elapsed, rss)


def run(*, quick: bool = False) -> list[Result]:
    """Median of 5 (quick) or 9 interleaved cold starts of each, after one warm-up of each."""
    runs = 5 if quick else 9
    with (
        tempfile.TemporaryDirectory(prefix="bench_startup_") as data_dir,
        tempfile.TemporaryDirectory(prefix="bench_pycache_") as pycache,
    ):
        env = child_environment(pycache)
        fieldapp = [
            sys.executable,
            "-m",
            "fieldapp.launcher",
            "--data-dir",
            data_dir,
            "--smoke-test",
        ]
        bare = [sys.executable, "-c", BARE]
        # The first starts create the database and the device keys, and write the bytecode.
        start_once(fieldapp, env)
        start_once(bare, env)
        ours: list[Start] = []
        theirs: list[Start] = []
        for n in range(runs):
            theirs.append(start_once(bare, env))
            ours.append(start_once(fieldapp, env))
            progress(f"  start {n + 1}/{runs}: {ms(ours[-1].seconds):.0f} ms")
    return [
        Result(
            f"cold start to a usable main window (median of {runs})",
            "ms",
            ms(statistics.median(s.seconds for s in ours)),
            "bare PySide6 QMainWindow shown",
            ms(statistics.median(s.seconds for s in theirs)),
            limit=LIMIT_MS,
        ),
        Result(
            "peak RSS of that process",
            "MiB",
            statistics.median(s.max_rss_kib for s in ours) / 1024,
            "bare PySide6 QMainWindow",
            statistics.median(s.max_rss_kib for s in theirs) / 1024,
        ),
    ]
