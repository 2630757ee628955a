"""The audit trail's JSON is `json.dumps(changes, ensure_ascii=False)`, whatever the values."""

from __future__ import annotations

import enum
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.domain.models import Gender
from fieldapp.store.audit import created, diff, encode_changes, encode_created


class Level(enum.IntEnum):
    LOW = 1


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(),
    st.sampled_from(["أحمد", 'quote " and \\ back', "\n\t\x00", "\u2028", Gender.FEMALE]),
    st.just(Level.LOW),
)
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=3))
CHANGES = st.dictionaries(
    st.text(max_size=10),
    st.one_of(st.lists(VALUES, min_size=2, max_size=2), st.lists(VALUES, max_size=3), SCALARS),
    max_size=6,
)


@settings(max_examples=400, deadline=None)
@given(CHANGES)
def test_encoding_is_json_dumps(changes: dict[str, object]) -> None:
    assert encode_changes(changes) == json.dumps(changes, ensure_ascii=False)  # type: ignore[arg-type]


def test_created_is_the_diff_from_nothing() -> None:
    fields = ("a", "b", "c", "d", "e", "f")
    values = ("x", "", 0, 1, None, "[]")
    assert created(fields, values) == diff(None, dict(zip(fields, values, strict=True)), fields)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=8), st.one_of(SCALARS, st.just("[]"))), max_size=8))
def test_encoding_a_creation_is_json_dumps_of_its_diff(pairs: list[tuple[str, object]]) -> None:
    fields = tuple(dict.fromkeys(name for name, _ in pairs))
    values = tuple(dict(pairs)[name] for name in fields)
    changes = diff(None, dict(zip(fields, values, strict=True)), fields)
    assert encode_created(fields, values) == json.dumps(changes, ensure_ascii=False)
