"""The attendee's gender, a value of its own so that the validators and the field
declaration (`domain.attendee_fields`) can both use it without importing each other."""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    """Gender as recorded at the desk."""

    FEMALE = "F"
    MALE = "M"
