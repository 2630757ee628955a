"""A file typed without its ending in a save dialog gets the ending of the type chosen there,
so that the sheet or list is written in the format the user picked."""

from __future__ import annotations

from pathlib import Path

from fieldapp.ui.controllers.files import with_chosen_suffix

SHEET = (".pdf", ".csv", ".xlsx")


def test_a_name_without_ending_takes_the_chosen_type() -> None:
    assert with_chosen_suffix("/tmp/liste", "Excel (*.xlsx)", SHEET) == Path("/tmp/liste.xlsx")
    assert with_chosen_suffix("/tmp/liste", "CSV (*.csv)", SHEET) == Path("/tmp/liste.csv")


def test_a_known_ending_is_kept_whatever_type_was_chosen() -> None:
    assert with_chosen_suffix("/tmp/liste.CSV", "PDF (*.pdf)", SHEET) == Path("/tmp/liste.CSV")


def test_an_unknown_ending_is_replaced_by_the_chosen_type() -> None:
    chosen = with_chosen_suffix("/tmp/liste.txt", "CSV (*.csv)", (".csv", ".xlsx"))
    assert chosen == Path("/tmp/liste.csv")
