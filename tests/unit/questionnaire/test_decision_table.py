"""The decision table of the default form: complete, agrees with the engine, no conflict."""

from __future__ import annotations

import random

import pytest

from fieldapp.questionnaire import Form, evaluate, parse_form_text
from fieldapp.questionnaire.decision_table import (
    DecisionTable,
    RowKind,
    conflicts,
    decision_table,
    merged_rows,
)
from tests.unit.questionnaire.profiles import TODAY


@pytest.fixture(scope="module")
def table(default_form: Form) -> DecisionTable:
    return decision_table(default_form, today=TODAY)


def test_no_combination_gives_exclusive_outcomes(table: DecisionTable) -> None:
    assert table.combinations > 1000
    assert conflicts(table) == []


def test_every_combination_has_one_register_and_one_health_outcome(
    default_form: Form, table: DecisionTable
) -> None:
    rna, amo = default_form.exclusive[0], default_form.exclusive[1]
    for row in table.rows:
        assert sum(o in rna for o in row.outcomes) == 1, row
        assert sum(o in amo for o in row.outcomes) == 1, row


def test_every_outcome_appears_in_the_table(default_form: Form, table: DecisionTable) -> None:
    seen = {outcome for row in table.rows for outcome in row.outcomes}
    assert seen == set(default_form.outcome_ids)


def test_rows_agree_with_the_engine(default_form: Form, table: DecisionTable) -> None:
    """A sample of combinations, turned back into answers, gives the same outcomes."""
    for row in random.Random(14).sample(table.rows, 150):
        answers: dict[str, object] = {}
        for column, values in row.values.items():
            (value,) = values
            if isinstance(value, RowKind):
                answers[column] = [dict(value.example)]
            elif isinstance(value, tuple):
                answers[column] = []
            elif value is not None:
                answers[column] = value
        evaluation = evaluate(default_form, answers, today=TODAY)
        assert tuple(o.id for o in evaluation.outcomes) == row.outcomes


def test_merging_keeps_every_combination(table: DecisionTable) -> None:
    merged = merged_rows(table)
    assert len(merged.rows) < len(table.rows)
    assert merged.combinations == table.combinations > len(table.rows)
    covered = 0
    for row in merged.rows:
        size = 1
        for values in row.values.values():
            size *= len(values)
        covered += size
    assert covered == len(table.rows)


def test_a_declared_conflict_is_found() -> None:
    form = parse_form_text(
        """
id: t
version: "1"
languages: [ar]
title: {ar: ت}
questions:
  - {id: a, type: yes_no, label: {ar: أ}}
outcomes:
  - {id: x, priority: 1, title: {ar: س}, explanation: {ar: س}}
  - {id: y, priority: 2, title: {ar: ص}, explanation: {ar: ص}}
exclusive:
  - [x, y]
rules:
  - {when: "${a} = true", outcome: x}
  - {when: "${a} = true or ${a} = false", outcome: y}
"""
    )
    found = conflicts(decision_table(form, today=TODAY))
    assert [pairs for _, pairs in found] == [[("x", "y")]]
