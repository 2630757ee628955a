"""Printed documents and exports: Arabic (RTL) or French/English checklists, attendance sheets,
session summaries (ReportLab, bundled Amiri font) and CSV/XLSX attendance exports.

No Qt and no SQLite here: callers pass plain domain objects.
"""

from __future__ import annotations

from fieldapp.documents.attendance_sheet import render_attendance_sheet
from fieldapp.documents.checklist import ChecklistEntry, render_checklists
from fieldapp.documents.exports import export_attendance_csv, export_attendance_xlsx
from fieldapp.documents.summary import render_summary

__all__ = [
    "ChecklistEntry",
    "export_attendance_csv",
    "export_attendance_xlsx",
    "render_attendance_sheet",
    "render_checklists",
    "render_summary",
]
