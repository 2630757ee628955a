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
    validate_birth_year,
    validate_cin,
    validate_phone,
)

TEXT_FIELDS = ("name_ar", "name_lat", "craft", "province", "commune")
MAX_TEXT_LENGTH = 200


def parse_attendee_fields(
    raw: Mapping[str, str],
    *,
    origin: Origin = Origin.WALK_IN,
    consent: bool = False,
    require_cin: bool = False,
    require_consent: bool = False,
) -> AttendeeInput:
    """Validate text fields (`name_ar`, `cin`, `phone`, `birth_year`, …) into an AttendeeInput.

    Raises `ValidationFailed` listing every bad field.
    """
    errors: list[FieldError] = []
    texts: dict[str, str] = {}
    for name in TEXT_FIELDS:
        text = (raw.get(name, "") or "").strip()
        if len(text) > MAX_TEXT_LENGTH:  # as check_length(text, name) reports it
            errors.append(FieldError(name, "too_long", {"max": MAX_TEXT_LENGTH}))
            text = ""
        elif (unsafe := text_error(name, text)) is not None:
            errors.append(unsafe)
        texts[name] = text
    if not texts["name_ar"] and not texts["name_lat"]:
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
            phone = validate_phone(phone_text)
        except ValidationFailed as failure:
            errors.extend(failure.errors)

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
    if errors:
        raise ValidationFailed(errors)
    return AttendeeInput(
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
