from __future__ import annotations

import datetime as dt

import pytest

from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.models import Gender
from fieldapp.domain.validators import (
    PhoneNumber,
    birth_year_bounds,
    display_phone,
    national_phone_digits,
    parse_date,
    parse_gender,
    parse_phone,
    phone_assigned,
    validate_birth_year,
    validate_cin,
    validate_phone,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ja123456", "JA123456"),
        (" JA 123 456 ", "JA123456"),
        ("a123456", "A123456"),
        ("BK-12345", "BK12345"),
    ],
)
def test_cin_is_normalised(raw: str, expected: str) -> None:
    assert validate_cin(raw) == expected


@pytest.mark.parametrize("raw", ["123456", "ABC12345", "JA", "J@12345", "JA12345678"])
def test_bad_cin_is_refused_with_field_and_reason(raw: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate_cin(raw)
    error = caught.value.errors[0]
    assert error.field == "cin"
    assert error.code == "cin_format"
    assert "JA123456" in error.message("en")
    assert "رقم البطاقة الوطنية" in error.describe("ar")


@pytest.mark.parametrize(
    "raw", ["0612345678", "06 12 34 56 78", "+212612345678", "00212612345678", "٠٦١٢٣٤٥٦٧٨"]
)
def test_moroccan_phones_are_stored_in_e164(raw: str) -> None:
    assert validate_phone(raw) == "+212612345678"


@pytest.mark.parametrize("raw", ["12", "abc", "0612", "+2126123456789999"])
def test_bad_phone_is_refused(raw: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate_phone(raw)
    assert caught.value.errors[0].field == "phone"


@pytest.mark.parametrize("raw", ["0686123456", "0732123456", "07 99 12 34 56", "+212528123456"])
def test_possible_but_unassigned_numbers_are_kept_and_flagged(raw: str) -> None:
    number = parse_phone(raw)
    assert number.e164.startswith("+212") and len(number.e164) == 13
    assert not number.assigned
    assert validate_phone(raw) == number.e164
    assert not phone_assigned(number.e164)


def test_assigned_numbers_are_not_flagged() -> None:
    assert parse_phone("0612345678") == PhoneNumber("+212612345678", True)
    assert phone_assigned("+212612345678")


def test_phones_are_shown_in_the_national_form() -> None:
    assert display_phone("+212612345678") == "06 12 34 56 78"
    assert display_phone("+212686123456") == "06 86 12 34 56"
    assert display_phone("+33612345678") == "+33 6 12 34 56 78"
    assert display_phone("") == ""


def test_national_digits_round_trip() -> None:
    assert national_phone_digits("+212612345678") == "0612345678"


def test_birth_year_range() -> None:
    low, high = birth_year_bounds()
    assert validate_birth_year(str(low)) == low
    assert validate_birth_year("١٩٨٥") == 1985
    for bad in (str(low - 1), str(high + 1), "85", "19a5"):
        with pytest.raises(ValidationFailed):
            validate_birth_year(bad)
    assert high == dt.date.today().year - 12


def test_gender_words_in_three_languages() -> None:
    assert parse_gender("أنثى") is Gender.FEMALE
    assert parse_gender("Homme") is Gender.MALE
    assert parse_gender("") is None
    with pytest.raises(ValidationFailed):
        parse_gender("x")


def test_date_parsing_names_the_expected_shape() -> None:
    assert parse_date("2025-08-01") == dt.date(2025, 8, 1)
    with pytest.raises(ValidationFailed) as caught:
        parse_date("01/08/2025")
    assert "2025-08-01" in caught.value.describe("fr")
