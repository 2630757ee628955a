"""Validators for the identity fields: CIN, phone, birth year, gender, dates.

Each returns the normalised value or raises `FieldError`-carrying `ValidationFailed`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from .arabic import western_digits
from .errors import FieldError, ValidationFailed
from .gender import Gender
from .text_hygiene import check_text

# Moroccan national ID (CIN): one or two letters, then digits (e.g. A123456, JA123456).
_CIN_SHAPE = re.compile(r"^[A-Z]{1,2}[0-9]{3,7}$")
_CIN_STRIP = re.compile(r"[\s\-_.]")
_YEAR = re.compile(r"[0-9]{4}")
_CIN_NORMALISED = re.compile(r"[A-Z0-9]*")
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


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """A phone number as stored (E.164) and whether the numbering plan assigns it."""

    e164: str
    assigned: bool


def parse_phone(raw: str, field: str = "phone") -> PhoneNumber:
    """The phone rule, the one place it is written (GUI, CLI, CSV imports and bundles use it):

    - a number that could exist (`phonenumbers.is_possible_number`: the right length for its
      country) is accepted and returned in E.164 (`+212612345678`); Moroccan by default;
    - it need not be assigned (`is_valid_number`): 0686…, 0732… or 0799… are possible numbers
      the library does not know yet, kept with `assigned=False` so the user is told to check;
    - anything else ("12", letters) raises `phone_invalid`.
    """
    import phonenumbers  # ~30 ms: imported on the first number, not at start-up

    text = western_digits(raw).strip()
    try:
        number = phonenumbers.parse(text, "MA")
    except phonenumbers.NumberParseException:
        raise _fail(field, "phone_invalid", value=raw.strip()) from None
    if not phonenumbers.is_possible_number(number):
        raise _fail(field, "phone_invalid", value=raw.strip())
    e164 = str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return PhoneNumber(e164, bool(phonenumbers.is_valid_number(number)))


def validate_phone(raw: str, field: str = "phone") -> str:
    """The phone number in E.164 (`+212612345678`) by `parse_phone`'s rule."""
    return parse_phone(raw, field).e164


@functools.lru_cache(maxsize=4096)
def phone_assigned(e164: str) -> bool:
    """Whether a stored number is one the numbering plan assigns (False: possible, not known:
    to be checked with the person)."""
    try:
        return parse_phone(e164).assigned
    except ValidationFailed:
        return False


@functools.lru_cache(maxsize=4096)
def display_phone(e164: str) -> str:
    """A stored number as people read it: `06 12 34 56 78` for Moroccan numbers, the
    international form (`+33 6 12 34 56 78`) for others; unparseable text unchanged."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, "MA")
    except phonenumbers.NumberParseException:
        return e164
    moroccan = phonenumbers.region_code_for_number(number) == "MA" or number.country_code == 212
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if moroccan
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))


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
