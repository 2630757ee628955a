"""The import report shows each reason in full, with the person, and saves the rows to
correct as a CSV file that imports again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fieldapp.services.app import AppServices
from fieldapp.services.csv_table import read_table
from fieldapp.services.preregistration import import_preregistration
from fieldapp.ui.dialogs.import_report import ImportReportDialog

FAULTS = Path(__file__).resolve().parents[1] / "data" / "prereg_faults.csv"


def test_reasons_in_full_and_rows_to_correct_saved(
    qtbot, services: AppServices, tmp_path: Path
) -> None:
    session = services.sessions.create_session(place="Guelmim", date=dt.date(2025, 8, 1))
    report = import_preregistration(services.context, session_id=session.id, path=FAULTS, lang="fr")
    dialog = ImportReportDialog(report, file_name=FAULTS.name, language="fr")
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == len(report.rejected) + len(report.warnings)
    reasons = [table.item(row, 5).text() for row in range(table.rowCount())]
    for note in (*report.rejected, *report.warnings):
        assert any(note.reason in text and "…" not in text for text in reasons)
    assert table.item(3, 1).text() == "فاطمة أوعلي"  # first warning: name, CIN, value
    assert table.item(3, 2).text() == "JA100002"
    assert table.item(3, 4).text() == "0686123456"
    assert dialog.save_button.isVisibleTo(dialog)
    path = tmp_path / "corriger.csv"
    assert dialog.save_corrections(path) == 10
    saved = read_table(path)
    assert saved.headers[-1] == "problem"
    assert [r.cells["cin"] for r in saved.rows][:2] == ["JA100002", "JA100003"]
