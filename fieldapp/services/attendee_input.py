"""Turn what was typed (or read from a file) into a validated `AttendeeInput`.

Every problem is collected, so the user sees all of them at once, next to each field.
"""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.domain.errors import FieldError, ValidationFailed
from fieldapp.domain.models import AttendeeInput, Gender, Origin
from fieldapp.domain.text_hygiene import text_error
from fieldapp.domain.validators import (
    parse_gender,
    parse_phone,
    validate_birth_year,
    validate_cin,
)

TEXT_FIELDS = ("name_ar", "name_lat", "craft", "province", "commune")
MAX_TEXT_LENGTH = 200


# A fault in one of these means the person cannot be identified: the row is refused. Any
# other fault leaves that field empty (or, for a possible but unassigned phone, flagged).
IDENTITY_FIELDS = frozenset({"name", "cin"})
NAME_FIELDS = frozenset({"name_ar", "name_lat"})


def parse_attendee_fields(
    raw: Mapping[str, str],
    *,
    origin: Origin = Origin.WALK_IN,
    consent: bool = False,
    require_cin: bool = False,
    require_consent: bool = False,
) -> AttendeeInput:
    """Validate text fields (`name_ar`, `cin`, `phone`, `birth_year`, …) into an AttendeeInput.

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
    texts: dict[str, str] = {}
    for name in TEXT_FIELDS:
        text = (raw.get(name, "") or "").strip()
        if len(text) > MAX_TEXT_LENGTH:  # as check_length(text, name) reports it
            errors.append(FieldError(name, "too_long", {"max": MAX_TEXT_LENGTH}))
            text = ""
        elif (unsafe := text_error(name, text)) is not None:
            errors.append(unsafe)
            text = ""
        texts[name] = text
    named = any((raw.get(n, "") or "").strip() for n in ("name_ar", "name_lat"))
    if not named:
        errors.append(FieldError("name", "name_required"))

    cin = ""
    cin_text = (raw.get("cin", "") or "").strip()
    if cin_text:
        try:
            cin = validate_cin(cin_text)
        except ValidationFailed as failure:
            errors.extend(failure.errors)
    elif require_cin:
        errors.append(FieldError("cin", "required"))

    phone = ""
    phone_text = (raw.get("phone", "") or "").strip()
    if phone_text:
        try:
            number = parse_phone(phone_text)
        except ValidationFailed as failure:
            errors.extend(failure.errors)
        else:
            phone = number.e164
            if not number.assigned:
                notes.append(FieldError("phone", "phone_unassigned", {"value": phone_text}))

    birth_year: int | None = None
    year_text = (raw.get("birth_year", "") or "").strip()
    if year_text:
        try:
            birth_year = validate_birth_year(year_text)
        except ValidationFailed as failure:
            errors.extend(failure.errors)

    gender: Gender | None = None
    try:
        gender = parse_gender(raw.get("gender", "") or "")
    except ValidationFailed as failure:
        errors.extend(failure.errors)

    if require_consent and not consent:
        errors.append(FieldError("consent", "consent_required"))
    data = AttendeeInput(
        name_ar=texts["name_ar"],
        name_lat=texts["name_lat"],
        cin=cin,
        phone=phone,
        gender=gender,
        birth_year=birth_year,
        craft=texts["craft"],
        province=texts["province"],
        commune=texts["commune"],
        origin=origin,
        consent=consent,
    )
    return data, errors, notes
