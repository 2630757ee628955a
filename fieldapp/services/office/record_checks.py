"""Validation of the records in a verified bundle, one record at a time as it is read.

A bundle's signature proves who wrote it, not that its records are sound. Every record is
checked against the shape of its table: exactly the known fields, the right types, ids and
clock texts well formed, text free of control characters and damaged characters (the domain
text rule), CIN and phone numbers in their normalised shapes (the domain validators),
enumerations among their values, JSON columns holding JSON. Every record must also have been
written by the bundle's own device, and every timestamp must lie between 2020 and a day ahead
of the office's clock: a laptop with a wrong clock must not win every conflict, nor drag the
office's clock into the future.

There is one path: `RecordChecker` sees each record as the reader parses it (so a bundle full
of junk is stopped after `MAX_PROBLEMS` of them, not after it is all in memory).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from fieldapp.domain.attendee_fields import IN_BUNDLE, AttendeeField
from fieldapp.domain.clock import format_timestamp
from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.models import Attendance, Gender, Origin, SessionStatus
from fieldapp.domain.text_hygiene import text_error
from fieldapp.domain.validators import validate_cin
from fieldapp.services.bundles.messages import Detail

MAX_PROBLEMS = 20
CLOCK_MARGIN = dt.timedelta(hours=24)
EARLIEST = "2020-01-01T00:00:00.000000Z"
_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z_.:\-]{0,63}")
_E164 = re.compile(r"\+[1-9][0-9]{7,14}")

Check = Callable[[Any], "Detail | None"]
"""One field's check: why a value is refused (a reason `Detail`), or None when it is fine."""


class _Text:
    def __init__(self, limit: int = 2000, *, required: bool = False) -> None:
        self.limit = limit
        self.required = required

    def __call__(self, value: Any) -> Detail | None:
        if not isinstance(value, str):
            return Detail("not_text")
        if len(value) > self.limit:
            return Detail("too_long", {"limit": self.limit})
        if self.required and not value.strip():
            return Detail("empty")
        return _hygiene(value)


def _hygiene(value: str) -> Detail | None:
    error = text_error("", value)
    if error is None:
        return None
    what = "damaged" if error.code == "lone_surrogate" else "control"
    return Detail(what, {"code": error.params["code"]})


def _text(limit: int = 2000, *, required: bool = False) -> Check:
    return _Text(limit, required=required)


def _ident(value: Any) -> Detail | None:
    return None if isinstance(value, str) and _ID.fullmatch(value) else Detail("not_id")


class _Clock:
    def __init__(self, *, optional: bool = False) -> None:
        self.optional = optional

    def __call__(self, value: Any) -> Detail | None:
        if self.optional and value is None:
            return None
        if not isinstance(value, str) or not _CLOCK.fullmatch(value):
            return Detail("not_clock")
        try:
            dt.datetime.fromisoformat(value[:-1])
        except ValueError:
            return Detail("not_clock")
        return None


def _flag(value: Any) -> Detail | None:
    return None if type(value) is int and value in (0, 1) else Detail("not_flag")


def _choice(*allowed: str) -> Check:
    def check(value: Any) -> Detail | None:
        return None if value in allowed else Detail("not_choice", {"allowed": ", ".join(allowed)})

    return check


def _date(value: Any) -> Detail | None:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return Detail("not_date")
    return None


def _cin(value: Any) -> Detail | None:
    if value == "":
        return None
    try:
        ok = isinstance(value, str) and validate_cin(value) == value
    except ValidationFailed:
        return Detail("not_cin")
    return None if ok else Detail("not_cin")


def _phone(value: Any) -> Detail | None:
    # The laptop validated the number with phonenumbers before saving it; a signed record only
    # needs to be checked for the stored shape (E.164), which is ~100x cheaper on 100k records.
    if value == "" or (isinstance(value, str) and _E164.fullmatch(value)):
        return None
    return Detail("not_phone")


def _birth_year(value: Any) -> Detail | None:
    if value is None:
        return None
    ok = type(value) is int and 1900 <= value <= dt.date.today().year
    return None if ok else Detail("not_birth_year")


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a parsed JSON value, keys included."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())


def _json(kind: type[Any], *, items: type[Any] | None = None) -> Check:
    def check(value: Any) -> Detail | None:
        if not isinstance(value, str):
            return Detail("not_json_text")
        try:
            parsed: Any = json.loads(value)
        except (ValueError, RecursionError):
            return Detail("bad_json")
        if not isinstance(parsed, kind):
            return Detail("json_array" if kind is list else "json_object")
        if items is not None and not all(isinstance(item, items) for item in parsed):
            return Detail("json_items")
        for text in _strings(parsed):
            problem = _hygiene(text)
            if problem is not None:
                return problem
        return None

    return check


_clock = _Clock()
_optional_clock = _Clock(optional=True)


# The check of a declared attendee field travelling in bundles, by its kind: the stored shape
# of a value (`domain.attendee_fields`).
_KIND_CHECKS: Mapping[str, Callable[[AttendeeField], Check]] = {
    "text": lambda spec: _text(spec.max_length, required=spec.required),
    "cin": lambda _spec: _cin,
    "phone": lambda _spec: _phone,
    "gender": lambda _spec: _choice("", *(g.value for g in Gender)),
    "year": lambda _spec: _birth_year,
}
_META: dict[str, Check] = {
    "id": _ident,
    "created_at": _clock,
    "updated_at": _clock,
    "device_id": _text(100, required=True),
    "agent": _text(200),
    "deleted": _flag,
}
SCHEMAS: Mapping[str, Mapping[str, Check]] = {
    "sessions": {
        **_META,
        "place": _text(200, required=True),
        "date": _date,
        "venue": _text(200),
        "province": _text(200),
        "partners": _json(list, items=str),
        "topics": _json(list, items=str),
        "form_id": _text(200, required=True),
        "status": _choice(*(s.value for s in SessionStatus)),
    },
    "attendees": {
        **_META,
        "session_id": _ident,
        **{spec.name: _KIND_CHECKS[spec.kind.name](spec) for spec in IN_BUNDLE},
        "origin": _choice(*(o.value for o in Origin)),
        "consent": _flag,
        "status": _choice(*(a.value for a in Attendance)),
        "arrived_at": _optional_clock,
    },
    "answers": {
        **_META,
        "attendee_id": _ident,
        "form_id": _text(200, required=True),
        "form_version": _text(100, required=True),
        "data": _json(dict),
        "outcomes": _json(list, items=str),
        "complete": _flag,
    },
    "print_events": {
        **_META,
        "attendee_id": _ident,
        "document": _text(100, required=True),
        "at": _clock,
    },
    "audit": {
        "id": _ident,
        "record_kind": _text(50, required=True),
        "record_id": _ident,
        "action": _choice("create", "update", "delete"),
        "at": _clock,
        "device_id": _text(100, required=True),
        "agent": _text(200),
        "changes": _json(dict),
    },
}


# A laptop of an earlier version sends no value for an attendee field declared since: the
# declared fields may be missing from a record (the merge stores them blank, store.office.merge).
MAY_BE_MISSING: Mapping[str, frozenset[str]] = {
    "attendees": frozenset(spec.name for spec in IN_BUNDLE)
}

CLOCK_FIELDS = ("created_at", "updated_at", "at", "arrived_at")


class RecordChecker:
    """Checks each record of one bundle as it is read; `problems` and `clock_problems` hold
    what was found. Raises `TooManyProblems` once `MAX_PROBLEMS` are found, so the reading
    stops there."""

    def __init__(self, *, device_id: str, office_now: dt.datetime) -> None:
        self.device_id = device_id
        self.latest_allowed = format_timestamp(office_now + CLOCK_MARGIN)
        self.problems: list[Detail] = []
        self.clock_problems: list[Detail] = []
        self.latest = ""
        self._seen: dict[str, set[str]] = {}

    def unknown_kinds(self, kinds: Iterator[str] | list[str]) -> list[Detail]:
        """Problems for record kinds this fieldapp does not know (checked from the manifest)."""
        return [
            Detail("unknown_kind", {"name": kind}) for kind in sorted(kinds) if kind not in SCHEMAS
        ]

    def __call__(self, kind: str, line: int, row: dict[str, Any]) -> None:
        """Check one record (`kind`, 1-based `line` of its member)."""
        schema = SCHEMAS[kind]
        where = Detail("where", {"kind": kind, "line": line})
        if row.keys() != schema.keys():
            missing = sorted(set(schema) - set(row) - MAY_BE_MISSING.get(kind, frozenset()))
            extra = sorted(set(row) - set(schema))
            if missing:
                self._problem(Detail("missing", {"where": where, "fields": ", ".join(missing)}))
            if extra:
                self._problem(Detail("extra", {"where": where, "fields": ", ".join(extra)}))
        for name, check in schema.items():
            if name in row:
                problem = check(row[name])
                if problem is not None:
                    self._problem(
                        Detail("field", {"where": where, "field": name, "reason": problem})
                    )
                elif name in CLOCK_FIELDS and row[name] is not None:
                    self._clock(where, name, row[name])
        if row.get("device_id", self.device_id) != self.device_id:
            self._problem(
                Detail("foreign_device", {"where": where, "device": row.get("device_id")})
            )
        record_id = row.get("id")
        if isinstance(record_id, str):
            seen = self._seen.setdefault(kind, set())
            if record_id in seen:
                self._problem(Detail("twice", {"where": where, "id": record_id}))
            seen.add(record_id)

    def _clock(self, where: Detail, name: str, value: str) -> None:
        if value < EARLIEST or value > self.latest_allowed:
            code = "before_2020" if value < EARLIEST else "ahead"
            self.clock_problems.append(Detail(code, {"where": where, "name": name, "value": value}))
        elif value > self.latest:
            self.latest = value
        if len(self.clock_problems) >= MAX_PROBLEMS:
            raise TooManyProblems

    def _problem(self, detail: Detail) -> None:
        self.problems.append(detail)
        if len(self.problems) >= MAX_PROBLEMS:
            raise TooManyProblems


class TooManyProblems(Exception):
    """Raised by `RecordChecker` to stop reading a bundle that is beyond repair."""
