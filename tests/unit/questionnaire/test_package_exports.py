"""`fieldapp.questionnaire` loads its exports on first use; every one resolves to its module's."""

from __future__ import annotations

import importlib

import pytest

import fieldapp.questionnaire as questionnaire


@pytest.mark.parametrize("name", questionnaire.__all__)
def test_each_export_is_the_defining_module_s_object(name: str) -> None:
    value = getattr(questionnaire, name)
    defined_in = importlib.import_module(f"fieldapp.questionnaire.{questionnaire._MODULE_OF[name]}")
    assert value is getattr(defined_in, name)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nonexistent'"):
        _ = questionnaire.Nonexistent  # type: ignore[attr-defined]


def test_every_export_is_listed() -> None:
    assert sorted(questionnaire.__all__) == sorted(questionnaire._MODULE_OF)
    assert set(questionnaire.__all__) <= set(dir(questionnaire))
