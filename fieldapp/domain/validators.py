"""Validators for the identity fields: CIN, phone, birth year, gender, dates.

Each returns the normalised value or raises `FieldError`-carrying `ValidationFailed`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .arabic import western_digits
from .errors import FieldError, ValidationFailed
from .models import Gender
from .text_hygiene import check_text

# Moroccan national ID (CIN): one or two letters, then digits (e.g. A123456, JA123456).
_CIN_SHAPE = re.compile(r"^[A-Z]{1,2}[0-9]{3,7}$")
_CIN_STRIP = re.compile(r"[\s\-_.]")
_YEAR = re.compile(r"[0-9]{4}")
_CIN_NORMALISED = re.compile(r"[A-Z0-9]*")
# A Moroccan number as people write it: 0…, +212… or 00212…, then 9 digits, with spaces,
# dashes or dots between digits.
_MA_NUMBER = re.compile(r"(?:0|\+212|00212)([0-9]{9})")
_MA_SEPARATORS = str.maketrans("", "", " -.")
MIN_BIRTH_YEAR = 1920
MIN_AGE_YEARS = 12

_GENDER_WORDS = {
    Gender.FEMALE: {"f", "female", "femme", "woman", "w", "أنثى", "انثى", "امرأة", "إمرأة"},
    Gender.MALE: {"m", "male", "homme", "h", "man", "ذكر", "رجل"},
}


def _fail(field: str, code: str, **params: object) -> ValidationFailed:
    return ValidationFailed([FieldError(field, code, params)])


def normalise_cin(raw: str) -> str:
    """Upper-case, no spaces or separators, western digits: the person key across sessions."""
    if _CIN_NORMALISED.fullmatch(raw):
        return raw
    return _CIN_STRIP.sub("", western_digits(raw)).upper()


def validate_cin(raw: str, field: str = "cin") -> str:
    """Return the normalised CIN or raise when it is not 1–2 letters followed by digits."""
    cin = normalise_cin(raw)
    if not _CIN_SHAPE.match(cin):
        raise _fail(field, "cin_format", value=raw.strip())
    return cin


def validate_phone(raw: str, field: str = "phone") -> str:
    """Return the phone number in E.164 (`+212612345678`); Moroccan numbers by default."""
    text = western_digits(raw).strip()
    quick = _MA_NUMBER.fullmatch(text.translate(_MA_SEPARATORS))
    if quick is not None and _valid_moroccan(quick[1]):
        return "+212" + quick[1]
    import phonenumbers  # ~30 ms: imported on the first number that needs it, not at start-up

    try:
        number = phonenumbers.parse(text, "MA")
    except phonenumbers.NumberParseException:
        raise _fail(field, "phone_invalid", value=raw.strip()) from None
    if not phonenumbers.is_valid_number(number):
        raise _fail(field, "phone_invalid", value=raw.strip())
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


@functools.cache
def _moroccan_pattern() -> re.Pattern[str] | None:
    """phonenumbers' own patterns for 9-digit Moroccan numbers, as one pattern: the general
    shape, and any type of number (mobile, fixed line, toll free…)."""
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region("MA")
    if metadata is None or metadata.general_desc is None:
        return None
    general = metadata.general_desc
    if not general.national_number_pattern or (
        general.possible_length and 9 not in general.possible_length
    ):
        return None
    kinds = [
        f"(?:{desc.national_number_pattern})"
        for desc in (
            metadata.mobile,
            metadata.fixed_line,
            metadata.premium_rate,
            metadata.toll_free,
            metadata.shared_cost,
            metadata.voip,
            metadata.personal_number,
            metadata.pager,
            metadata.uan,
            metadata.voicemail,
        )
        if desc is not None
        and desc.national_number_pattern
        and (not desc.possible_length or 9 in desc.possible_length)
    ]
    if not kinds:
        return None
    return re.compile(f"(?=(?:{general.national_number_pattern})$)(?:{'|'.join(kinds)})")


def _valid_moroccan(national: str) -> bool:
    """Whether `phonenumbers.is_valid_number` holds for +212 and these 9 digits, decided the
    way phonenumbers decides it (the general shape, then any number type), in ~1 µs instead
    of ~30: a number valid in Morocco's plan belongs to region MA and is valid there.
    False only means "not sure": the caller then asks phonenumbers."""
    pattern = _moroccan_pattern()
    return pattern is not None and pattern.fullmatch(national) is not None


def national_phone_digits(e164: str) -> str:
    """`+212612345678` → `0612345678`, the form people type; other countries unchanged."""
    if e164.startswith("+212") and e164[4:].isdigit():
        return "0" + e164[4:]
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, "MA")
    except phonenumbers.NumberParseException:
        return e164
    formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return re.sub(r"\D", "", str(formatted))


def birth_year_bounds(today: dt.date | None = None) -> tuple[int, int]:
    """The plausible birth years for an attendee: 1920 to (this year − 12)."""
    year = (today or dt.date.today()).year
    return MIN_BIRTH_YEAR, year - MIN_AGE_YEARS


def validate_birth_year(raw: str | int, field: str = "birth_year") -> int:
    """Return the year as an int, or raise when it is not a plausible four-digit year."""
    text = western_digits(str(raw)).strip()
    if not _YEAR.fullmatch(text):
        raise _fail(field, "birth_year_format", value=str(raw))
    year = int(text)
    low, high = birth_year_bounds()
    if not low <= year <= high:
        raise _fail(field, "birth_year_range", min=low, max=high)
    return year


def parse_gender(raw: str, field: str = "gender") -> Gender | None:
    """Accept M/F and their words in Arabic, French and English; empty means not given."""
    text = raw.strip().casefold()
    if not text:
        return None
    for gender, words in _GENDER_WORDS.items():
        if text in words or text == gender.value:
            return gender
    raise _fail(field, "gender_invalid", value=raw.strip())


def parse_date(raw: str, field: str = "date") -> dt.date:
    """Parse an ISO date (YYYY-MM-DD)."""
    try:
        return dt.date.fromisoformat(western_digits(raw).strip())
    except ValueError:
        raise _fail(field, "date_format", value=raw.strip()) from None


def check_length(value: str, field: str, maximum: int = 200) -> str:
    """Strip `value` and refuse it when longer than `maximum` characters or holding a
    character the text rule refuses (`text_hygiene`)."""
    value = value.strip()
    if len(value) > maximum:
        raise _fail(field, "too_long", max=maximum)
    return check_text(field, value)
