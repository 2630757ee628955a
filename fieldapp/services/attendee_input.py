"""Turn what was typed (or read from a file) into a validated `AttendeeInput`.

Every problem is collected, so the user sees all of them at once, next to each field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldapp.domain.attendee_fields import ATTENDEE_FIELDS, BY_NAME
from fieldapp.domain.errors import FieldError, ValidationFailed
from fieldapp.domain.models import AttendeeInput, Origin

# A fault in one of these means the person cannot be identified: the row is refused. Any
# other fault leaves that field empty (or, for a possible but unassigned phone, flagged).
IDENTITY_FIELDS = frozenset({"name", "cin"})
NAME_FIELDS = ("name_ar", "name_lat")  # a person needs one of these
CIN = BY_NAME["cin"]


def parse_attendee_fields(
    raw: Mapping[str, str],
    *,
    origin: Origin = Origin.WALK_IN,
    consent: bool = False,
    require_cin: bool = False,
    require_consent: bool = False,
) -> AttendeeInput:
    """Validate text fields (every declared field: `name_ar`, `cin`, `phone`, `birth_year`, …)
    into an AttendeeInput, each by its kind (`domain.attendee_fields`).

    Raises `ValidationFailed` listing every bad field (what the desk form shows beside each).
    """
    data, errors, _ = _parse(
        raw,
        origin=origin,
        consent=consent,
        require_cin=require_cin,
        require_consent=require_consent,
    )
    if errors:
        raise ValidationFailed(errors)
    return data


def parse_attendee_row(
    raw: Mapping[str, str], *, origin: Origin = Origin.PRE_REGISTERED
) -> tuple[AttendeeInput, list[FieldError]]:
    """A row of a list: the person and the faults of their optional fields (each field left
    empty, or a possible but unassigned phone kept and flagged `phone_unassigned`).

    Raises `ValidationFailed` only when the person cannot be identified (no CIN, a malformed
    CIN, no name).
    """
    data, errors, notes = _parse(raw, origin=origin, require_cin=True)
    nameless = not data.name_ar and not data.name_lat  # no name, or none usable
    refusals = [
        e for e in errors if e.field in IDENTITY_FIELDS or (nameless and e.field in NAME_FIELDS)
    ]
    if refusals:
        raise ValidationFailed(refusals)
    return data, [*errors, *notes]


def _parse(
    raw: Mapping[str, str],
    *,
    origin: Origin,
    consent: bool = False,
    require_cin: bool = False,
    require_consent: bool = False,
) -> tuple[AttendeeInput, list[FieldError], list[FieldError]]:
    """The input with every faulty field left empty, the faults, and notes on accepted values
    (a phone that is possible but not assigned)."""
    errors: list[FieldError] = []
    notes: list[FieldError] = []
    values: dict[str, Any] = {}
    for spec in ATTENDEE_FIELDS:
        text = raw.get(spec.name, "") or ""
        if spec is CIN and require_cin and not text.strip():
            errors.append(FieldError("cin", "required"))
        try:
            values[spec.name], note = spec.parse(text)
        except ValidationFailed as failure:
            errors.extend(failure.errors)
            values[spec.name] = spec.kind.empty  # a faulty field is left empty
        else:
            if note is not None:
                notes.append(note)
    if not any((raw.get(n, "") or "").strip() for n in NAME_FIELDS):
        errors.append(FieldError("name", "name_required"))
    if require_consent and not consent:
        errors.append(FieldError("consent", "consent_required"))
    return AttendeeInput(**values, origin=origin, consent=consent), errors, notes
