"""Start-up: the fieldapp main window beside a bare PySide6 window, each in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from bench.timing import report

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
app.processEvents()
"""

FIELDAPP = """
import sys
from PySide6.QtWidgets import QApplication
from fieldapp.app import build_window
from fieldapp.services.app import open_services
app = QApplication(sys.argv)
services = open_services(data_dir=sys.argv[1])
window = build_window(services, app)
window.show()
app.processEvents()
services.close()
"""


def _run(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    """Median of five cold starts each."""
    with tempfile.TemporaryDirectory() as data_dir:
        _run(FIELDAPP, data_dir)  # first start creates the database and device keys
        bare = sorted(_run(BARE) for _ in range(5))[2]
        ours = sorted(_run(FIELDAPP, data_dir) for _ in range(5))[2]
    report("fieldapp main window start", ours, "bare PySide6 QMainWindow start", bare)
