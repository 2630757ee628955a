"""The attendee's fields, declared once: each reads back what it shows, has its label in
every language, and is carried by every record of a person."""

from __future__ import annotations

import dataclasses

import pytest

from fieldapp.domain.attendee_fields import ATTENDEE_FIELDS, FIELD_NAMES, KINDS, AttendeeField
from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.messages import LANGUAGES, field_label
from fieldapp.domain.models import Attendee, AttendeeInput
from fieldapp.domain.people import PersonRow
from tests.attendee_samples import sample

FIELDS = pytest.mark.parametrize("spec", ATTENDEE_FIELDS, ids=FIELD_NAMES)


@FIELDS
def test_a_field_reads_back_the_value_it_shows(spec: AttendeeField) -> None:
    value = sample(spec)
    assert spec.parse(spec.kind.to_text(value)) == (value, None)
    assert spec.kind.from_db(spec.kind.to_db(value)) == value


@FIELDS
def test_a_blank_field_is_its_kinds_empty_value(spec: AttendeeField) -> None:
    assert spec.parse("   ") == (spec.kind.empty, None)
    assert spec.kind.to_text(spec.kind.empty) == ""


@FIELDS
def test_nonsense_is_refused_naming_the_field_except_in_free_text(spec: AttendeeField) -> None:
    if spec.kind.name == "text":
        with pytest.raises(ValidationFailed) as refused:
            spec.parse("x" * (spec.max_length + 1))
        assert [(e.field, e.code) for e in refused.value.errors] == [(spec.name, "too_long")]
        return
    with pytest.raises(ValidationFailed) as refused:
        spec.parse("?!")
    assert [e.field for e in refused.value.errors] == [spec.name]


@FIELDS
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_field_has_its_label_in_every_language(spec: AttendeeField, lang: str) -> None:
    label = field_label(spec.label, lang)
    assert label and label != spec.label  # field_label gives the raw key when it has none


def test_every_kind_has_a_sample_for_these_tests() -> None:
    for kind in KINDS:
        spec = dataclasses.replace(ATTENDEE_FIELDS[0], name="probe", kind=kind)
        assert sample(spec) != kind.empty


@pytest.mark.parametrize("record", [Attendee, AttendeeInput, PersonRow])
def test_every_record_of_a_person_carries_every_declared_field(record: type) -> None:
    names = [f.name for f in dataclasses.fields(record)]
    assert names[: len(FIELD_NAMES)] == list(FIELD_NAMES)
