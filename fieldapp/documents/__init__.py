"""Printed documents and exports: Arabic (RTL) or French/English checklists, attendance sheets,
session summaries (ReportLab, bundled Amiri font) and CSV/XLSX attendance exports.

No Qt and no SQLite here: callers pass plain domain objects. The renderers are imported on first
use, so that importing `fieldapp.documents.raster` (or starting the app) does not load ReportLab.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldapp.documents.attendance_sheet import render_attendance_sheet
    from fieldapp.documents.checklist import ChecklistEntry, render_checklists
    from fieldapp.documents.exports import export_attendance_csv, export_attendance_xlsx
    from fieldapp.documents.summary import render_summary

_HOMES = {
    "ChecklistEntry": "checklist",
    "render_checklists": "checklist",
    "render_attendance_sheet": "attendance_sheet",
    "export_attendance_csv": "exports",
    "export_attendance_xlsx": "exports",
    "render_summary": "summary",
}

__all__ = [
    "ChecklistEntry",
    "export_attendance_csv",
    "export_attendance_xlsx",
    "render_attendance_sheet",
    "render_checklists",
    "render_summary",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'fieldapp.documents' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"fieldapp.documents.{home}"), name)
    globals()[name] = value
    return value
