"""A value of every declared attendee field, for the tests derived from the declaration
(`fieldapp/domain/attendee_fields.py`): a field of a new kind needs a sample here."""

from __future__ import annotations

from typing import Any

from fieldapp.domain.attendee_fields import ATTENDEE_FIELDS, AttendeeField
from fieldapp.domain.models import Gender

# Per kind, a value that is not the kind's empty one (text: built from the field's name).
_SAMPLES: dict[str, Any] = {
    "cin": "JA123456",
    "phone": "+212612345678",
    "gender": Gender.FEMALE,
    "year": 1980,
}


def sample(spec: AttendeeField) -> Any:
    """A valid, stored-form value of `spec` (distinct for each text field)."""
    if spec.kind.name == "text":
        return "قيمة " + spec.name.replace("_", " ")
    return _SAMPLES[spec.kind.name]


def full_details() -> dict[str, Any]:
    """Every declared field filled with its sample."""
    return {spec.name: sample(spec) for spec in ATTENDEE_FIELDS}
