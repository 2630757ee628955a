"""The attendee's own fields, declared once.

Each field of a person's details is one line of `AttendeeDetails`: its Python type, and in
`declare(...)` its kind of value (how it is read from text, validated, normalised, stored and
shown), the key of its name in the catalogue (and of its column heading where that differs),
and where it goes (search index, bundles, exports, erasure). `ATTENDEE_FIELDS` lists them in order, as `AttendeeField`s.

Everything else is derived from this list: `Attendee`, `AttendeeInput` and the office's
`PersonRow` inherit `AttendeeDetails`; the store maps rows by column name; the desk form, the
CLI (`attendees add --name-ar …`), the pre-registration import, the bundle checks, the
exports, the erasure of a deleted person, the search index and the office registry's SQL read
the list, and the field's name in the catalogue (`field.<label>`) labels it on the form, in
messages and as a column heading. How to add a field: docs/architecture.md, "How to add an
attendee field".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from .errors import FieldError, ValidationFailed
from .gender import Gender
from .text_hygiene import text_error
from .validators import display_phone, parse_gender, parse_phone, validate_birth_year, validate_cin

T = TypeVar("T")

Parsed = tuple[T, FieldError | None]
"""A value read from text, and a note on it (a phone possible but not assigned) or None."""


@dataclass(frozen=True, slots=True)
class ValueKind(Generic[T]):
    """One kind of value: how a field of that kind is read from what was typed (validated and
    normalised; raising `ValidationFailed` naming the field), stored, read back, and shown."""

    name: str
    sql_type: str  # the column's type in `attendees` ("TEXT" or "INTEGER")
    empty: T  # the value of a field left blank, and what erasing it leaves
    parse: Callable[[str, AttendeeField], Parsed[T]]  # non-empty stripped text
    to_db: Callable[[T], Any]
    from_db: Callable[[Any], T]
    to_text: Callable[[T], str]  # as the desk form shows it and `parse` reads it back
    to_cell: Callable[[T], str | int]  # a spreadsheet cell (untranslated)


class Indexed(StrEnum):
    """How a field is held in the full-text search index (`store/search.py`)."""

    NAME = "name"  # Arabic-normalised words, compound variants, phonetic keys
    CIN = "cin"  # the normalised CIN
    PHONE = "phone"  # every form of the number people type


@dataclass(frozen=True, slots=True)
class AttendeeField:
    """The declaration of one of the attendee's fields (see the module docstring).

    `label` (by default the field's own name) is the key of its name in the catalogue (`field.<label>`,
    `domain.messages.field_label`): the desk form's label, the field named in messages, and its
    column heading in the exports, unless `heading` names a shorter heading among the
    documents' words (`document.<heading>`, `documents.labels`). `max_length` bounds text;
    `required` refuses a blank value; `personal` fields are blanked when the person is
    deleted (law 09-08); `in_bundle` fields travel to the office; `exported` ones are columns
    of the CSV/XLSX exports; `completable` ones may be filled in, when blank, by a corrected
    row of a pre-registration list."""

    name: str
    kind: ValueKind[Any]
    label: str
    heading: str | None = None
    max_length: int = 200
    required: bool = False
    search: Indexed | None = None
    personal: bool = True
    in_bundle: bool = True
    exported: bool = True
    completable: bool = True

    @property
    def heading_key(self) -> str:
        """The catalogue key of the field's column heading in the documents."""
        return f"document.{self.heading}" if self.heading else f"field.{self.label}"

    def parse(self, text: str) -> Parsed[Any]:
        """The value of what was typed (blank: the kind's empty value), and a note on it;
        raises `ValidationFailed` naming this field."""
        stripped = text.strip()
        if not stripped:
            if self.required:
                raise ValidationFailed([FieldError(self.name, "required")])
            return self.kind.empty, None
        return self.kind.parse(stripped, self)

    def text_of(self, record: object) -> str:
        """The field's value in `record` as the desk form shows it."""
        return self.kind.to_text(getattr(record, self.name))

    def stored(self, record: object) -> Any:
        """The field's value in `record` as stored in its column."""
        return self.kind.to_db(getattr(record, self.name))


def _text(text: str, spec: AttendeeField) -> Parsed[str]:
    if len(text) > spec.max_length:
        raise ValidationFailed([FieldError(spec.name, "too_long", {"max": spec.max_length})])
    unsafe = text_error(spec.name, text)
    if unsafe is not None:
        raise ValidationFailed([unsafe])
    return text, None


def _cin(text: str, spec: AttendeeField) -> Parsed[str]:
    return validate_cin(text, spec.name), None


def _phone(text: str, spec: AttendeeField) -> Parsed[str]:
    number = parse_phone(text, spec.name)
    note = None if number.assigned else FieldError(spec.name, "phone_unassigned", {"value": text})
    return number.e164, note


def _gender(text: str, spec: AttendeeField) -> Parsed[Gender | None]:
    return parse_gender(text, spec.name), None


def _year(text: str, spec: AttendeeField) -> Parsed[int | None]:
    return validate_birth_year(text, spec.name), None


def _same(value: T) -> T:
    return value


def _text_or_blank(value: object) -> str:
    return "" if value is None else str(value)


def _year_cell(value: int | None) -> str | int:
    return "" if value is None else value


def _gender_from_db(value: Any) -> Gender | None:
    return Gender(value) if value else None


TEXT: ValueKind[str] = ValueKind("text", "TEXT", "", _text, _same, _same, _same, _same)
CIN: ValueKind[str] = ValueKind("cin", "TEXT", "", _cin, _same, _same, _same, _same)
PHONE: ValueKind[str] = ValueKind(
    "phone", "TEXT", "", _phone, _same, _same, display_phone, display_phone
)
GENDER: ValueKind[Gender | None] = ValueKind(
    "gender", "TEXT", None, _gender, _text_or_blank, _gender_from_db, _text_or_blank, _text_or_blank
)
YEAR: ValueKind[int | None] = ValueKind(
    "year", "INTEGER", None, _year, _same, _same, _text_or_blank, _year_cell
)
KINDS: tuple[ValueKind[Any], ...] = (TEXT, CIN, PHONE, GENDER, YEAR)

_SPEC = "fieldapp.attendee_field"


def declare(
    kind: ValueKind[T],
    *,
    label: str = "",
    heading: str | None = None,
    max_length: int = 200,
    required: bool = False,
    search: Indexed | None = None,
    personal: bool = True,
    in_bundle: bool = True,
    exported: bool = True,
    completable: bool = True,
) -> T:
    """One field of `AttendeeDetails` (its default is the kind's empty value; its label key
    is its own name unless `label` names another)."""
    spec = AttendeeField(
        "",
        kind,
        label,
        heading=heading,
        max_length=max_length,
        required=required,
        search=search,
        personal=personal,
        in_bundle=in_bundle,
        exported=exported,
        completable=completable,
    )
    return dataclasses.field(default=kind.empty, metadata={_SPEC: spec})


@dataclass(frozen=True, slots=True, kw_only=True)
class AttendeeDetails:
    """A person's details as the desk, the lists and the bundles carry them. The order of the
    lines is the order forms, files and exports list the fields in."""

    name_ar: str = declare(TEXT, search=Indexed.NAME)
    name_lat: str = declare(TEXT, search=Indexed.NAME)
    # The person's key across sessions: a corrected list row never changes it. Its column is
    # headed "CIN", shorter than its English name "National ID (CIN)".
    cin: str = declare(CIN, heading="cin", search=Indexed.CIN, completable=False)
    phone: str = declare(PHONE, search=Indexed.PHONE)
    gender: Gender | None = declare(GENDER)
    birth_year: int | None = declare(YEAR)
    craft: str = declare(TEXT)
    province: str = declare(TEXT)
    commune: str = declare(TEXT)


ATTENDEE_FIELDS: tuple[AttendeeField, ...] = tuple(
    dataclasses.replace(f.metadata[_SPEC], name=f.name, label=f.metadata[_SPEC].label or f.name)
    for f in dataclasses.fields(AttendeeDetails)
)
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in ATTENDEE_FIELDS)
BY_NAME: Mapping[str, AttendeeField] = {f.name: f for f in ATTENDEE_FIELDS}
SEARCHED: tuple[AttendeeField, ...] = tuple(f for f in ATTENDEE_FIELDS if f.search is not None)
PERSONAL: tuple[AttendeeField, ...] = tuple(f for f in ATTENDEE_FIELDS if f.personal)
IN_BUNDLE: tuple[AttendeeField, ...] = tuple(f for f in ATTENDEE_FIELDS if f.in_bundle)
# Declared fields that stay on the laptop: left out of bundle records (store/outbox.py) and
# never written by a merge (store/office/merge.py).
LAPTOP_ONLY: tuple[str, ...] = tuple(f.name for f in ATTENDEE_FIELDS if not f.in_bundle)
EXPORTED: tuple[AttendeeField, ...] = tuple(f for f in ATTENDEE_FIELDS if f.exported)


def details_of(record: AttendeeDetails) -> dict[str, Any]:
    """The declared fields of `record` by name (to copy them onto another record)."""
    return {f.name: getattr(record, f.name) for f in ATTENDEE_FIELDS}


def stored_details(record: AttendeeDetails) -> dict[str, Any]:
    """The declared fields of `record` as stored in their columns, by name."""
    return {f.name: f.stored(record) for f in ATTENDEE_FIELDS}


def details_from_row(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """The declared fields read from a stored row (by column name, `prefix` + name)."""
    return {f.name: f.kind.from_db(row[prefix + f.name]) for f in ATTENDEE_FIELDS}
