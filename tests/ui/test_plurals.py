"""Counts are said with the language's plural forms (Arabic has six), never a bare number
before a singular noun ("4 تنبيه", "28 سجل")."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from fieldapp.services.app import AppServices
from fieldapp.services.preregistration import import_preregistration
from fieldapp.ui.dialogs.import_report import ImportReportDialog
from fieldapp.ui.i18n import LanguageManager

FAULTS = Path(__file__).resolve().parents[1] / "data" / "prereg_faults.csv"


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    yield manager
    manager.apply("en")


@pytest.mark.parametrize(
    ("n", "arabic"),
    [
        (1, "سجل واحد"),
        (2, "سجلان"),
        (4, "4 سجلات"),
        (28, "28 سجلا"),
        (100, "100 سجل"),
    ],
)
def test_arabic_record_counts_take_their_plural(languages, n: int, arabic: str) -> None:
    languages.apply("ar")
    text = QCoreApplication.translate(
        "ExportDialog", "Everything not yet delivered to the office (%Ln records)", "", n
    )
    assert text == f"كل ما لم يُسلَّم بعد إلى الغرفة ({arabic})"


def test_french_plural_has_two_forms(languages) -> None:
    languages.apply("fr")
    one = QCoreApplication.translate("SyncActions", "Still not delivered: %Ln records.", "", 1)
    many = QCoreApplication.translate("SyncActions", "Still not delivered: %Ln records.", "", 28)
    assert one == "Pas encore livré : 1 enregistrement."
    assert many == "Pas encore livrés : 28 enregistrements."


def test_import_report_says_four_warnings_in_arabic(
    qtbot, languages, services: AppServices
) -> None:
    languages.apply("ar")
    session = services.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
    report = import_preregistration(services.context, session_id=session.id, path=FAULTS, lang="ar")
    assert report.warnings
    report = dataclasses.replace(report, warnings=report.warnings[:1] * 4, duplicates=())
    dialog = ImportReportDialog(report, file_name=FAULTS.name, language="ar")
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert "4 تنبيهات" in summary
    assert "4 تنبيه،" not in summary and not summary.endswith("4 تنبيه.")
    assert "0 مكرر" in summary


@pytest.mark.parametrize(
    ("n", "arabic"),
    [(1, "حُفظ سطر واحد"), (2, "حُفظ سطران"), (10, "حُفظت 10 أسطر"), (13, "حُفظ 13 سطرا")],
)
def test_rows_to_correct_saved_counts_in_arabic(languages, n: int, arabic: str) -> None:
    languages.apply("ar")
    text = QCoreApplication.translate(
        "ImportReportDialog",
        "%Ln rows saved to %1. Correct them, then import this file again.",
        "",
        n,
    )
    assert text.startswith(arabic + " في %1.")
