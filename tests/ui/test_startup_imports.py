"""Opening the main window loads only what the first screen needs (start-up time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fieldapp.services.app import open_services

# Heavy libraries and layers that the session list does not use: each is imported on first
# use (reading a form, printing, XLSX export, sync and office work).
NOT_AT_START = (
    "openpyxl",
    "jsonschema",
    "yaml",
    "reportlab",
    "pypdfium2",
    "importlib.metadata",
    "subprocess",
    "phonenumbers",
    "cryptography",
    "pyrage",
    "psycopg",
    "rapidfuzz",
    "babel",
    "fieldapp.sync",
    "fieldapp.documents.checklist",
    "fieldapp.questionnaire.model",
    "fieldapp.questionnaire.engine",
    "fieldapp.questionnaire.loader",
    "fieldapp.ui.print_controller",
    "PySide6.QtPrintSupport",
    "fieldapp.services.office.registry",
    "fieldapp.services.bundles.export",
    "fieldapp.services.office.bundle_import",
    "fieldapp.ui.office.registry_view",
    "fieldapp.ui.dialogs.settings_dialog",
    "fieldapp.ui.views.session_screen",
    "fieldapp.services.preregistration",
)

SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
from fieldapp.app import build_window
from fieldapp.services.app import open_services
app = QApplication([])
services = open_services(data_dir=sys.argv[1])
window = build_window(services, app)
window.show()
app.processEvents()
print(json.dumps(sorted(sys.modules)))
services.close()
"""


def test_the_window_opens_without_the_heavy_libraries(tmp_path: Path) -> None:
    open_services(data_dir=tmp_path).close()  # the first start creates the device key
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "fieldapp.ui.main_window" in loaded
    assert sorted(name for name in NOT_AT_START if name in loaded) == []
