"""Session dates typed as people write them, in every interface language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtTest import QTest

from fieldapp.ui.widgets.date_field import DateField, parse_typed_date

AUGUST_1 = dt.date(2025, 8, 1)


@pytest.mark.parametrize(
    "typed",
    ["01/08/2025", "1-8-2025", "2025-08-01", "01082025", "20250801", "٠١/٠٨/٢٠٢٥", " 1.8.2025 "],
)
def test_every_usual_way_of_writing_a_date(typed: str) -> None:
    assert parse_typed_date(typed) == AUGUST_1


@pytest.mark.parametrize("typed", ["", "32/08/2025", "2025-13-01", "août", "0108"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    assert parse_typed_date(typed) is None


@pytest.mark.parametrize(
    "locale", [QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco), QLocale("fr_MA")]
)
def test_typed_in_the_field_and_shown_in_the_one_format(qtbot, locale: QLocale) -> None:
    previous = QLocale()
    QLocale.setDefault(locale)
    try:
        field = DateField()
        qtbot.addWidget(field)
        QTest.keyClicks(field.line, "20250801")
        field.line.editingFinished.emit()
        assert field.date() == AUGUST_1
        assert field.line.text() == locale.toString(
            locale.toDate("01/08/2025", "dd/MM/yyyy"), "dd/MM/yyyy"
        )
    finally:
        QLocale.setDefault(previous)


def test_a_date_question_takes_the_same_typing_and_stores_iso(qtbot) -> None:
    from fieldapp.ui.widgets.question_inputs import LineInput

    answer = LineInput("date")
    qtbot.addWidget(answer)
    QTest.keyClicks(answer.line, "1-8-2025")
    assert answer.value() == "2025-08-01"
    answer.set_value("2025-08-01")
    assert answer.line.text() == QLocale().toString(
        QLocale().toDate("01/08/2025", "dd/MM/yyyy"), "dd/MM/yyyy"
    )
    answer.line.setText("demain")
    assert answer.value() == "demain"  # reported next to the question as a type error
