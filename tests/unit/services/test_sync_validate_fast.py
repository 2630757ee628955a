"""Bundle validation checks whole columns first; it reports exactly what checking record by
record reports, for sound records and for every kind of unsound one."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldapp.services import sync_validate
from fieldapp.services.sync_validate import SCHEMAS, validate_records

DEVICE = "0190a000-0000-7000-8000-00000000d001"
AT = "2025-08-01T09:30:00.000001Z"


def _records() -> dict[str, list[dict[str, Any]]]:
    meta = {"created_at": AT, "updated_at": AT, "device_id": DEVICE, "agent": "a", "deleted": 0}
    session = {
        "id": "0190a000-0000-7000-8000-000000000501",
        "place": "كلميم",
        "date": "2025-08-01",
        "venue": "",
        "province": "",
        "partners": "[]",
        "topics": '["amo"]',
        "form_id": "f",
        "status": "open",
        **meta,
    }
    attendees = [
        {
            "id": f"0190a000-0000-7000-8000-0000000a{n:04d}",
            "session_id": session["id"],
            "name_ar": "فاطمة",
            "name_lat": "Fatima",
            "cin": f"JA{n:05d}",
            "phone": "+212612345678" if n % 2 else "",
            "gender": "F",
            "birth_year": 1970 + n,
            "craft": "",
            "province": "",
            "commune": "",
            "origin": "walk_in",
            "consent": 1,
            "status": "walk_in",
            "arrived_at": None if n % 3 else AT,
            **meta,
        }
        for n in range(6)
    ]
    answers = [
        {
            "id": "0190a000-0000-7000-8000-00000000b001",
            "attendee_id": attendees[0]["id"],
            "form_id": "f",
            "form_version": "1",
            "data": '{"q": 1}',
            "outcomes": '["o"]',
            "complete": 1,
            **meta,
        }
    ]
    audit = [
        {
            "id": "0190a000-0000-7000-8000-00000000c001",
            "record_kind": "attendee",
            "record_id": attendees[0]["id"],
            "action": "create",
            "at": AT,
            "device_id": DEVICE,
            "agent": "a",
            "changes": '{"name_ar": [null, "فاطمة"]}',
        }
    ]
    prints = [
        {
            "id": "0190a000-0000-7000-8000-00000000e001",
            "attendee_id": attendees[0]["id"],
            "document": "checklist",
            "at": AT,
            **meta,
        }
    ]
    return {
        "sessions": [session],
        "attendees": attendees,
        "answers": answers,
        "audit": audit,
        "print_events": prints,
    }


def _row_by_row(records: Any) -> list[str]:
    original = sync_validate._sound
    sync_validate._sound = lambda rows, schema, device_id: False  # type: ignore[assignment]
    try:
        return validate_records(records, device_id=DEVICE)
    finally:
        sync_validate._sound = original


ODD_VALUES = [
    None, "", " ", "x", "x\n", 0, 1, 2, -1, True, False, 1.0, 1900, 1899, 3000, [], {}, ["a"],
    "[]", "{}", "[1]", '["a", 1]', "not json", "2025-08-01", "2025-02-30",
    "2025-08-01T09:30:00.000001Z", "2025-08-01T09:30:00.000001Z\n", "2025-13-01T09:30:00.000001Z",
    "2025-08-01T24:00:00.000000Z", "0000-01-01T00:00:00.000000Z", "2025-08-01T09:30:60.000000Z",
    "2025-08-01 09:30:00.000001Z", "JA123", "JA123\n", "ja123", "J A123", "JA١٢٣", "+212612345678",
    "+212612345678\n", "0612345678", "+0612345678", "open", "closed", "walk_in", "F", "M", "f",
    "create", "update", "delete", DEVICE, "someone-else", "x" * 201, "x" * 2001, "a-b.c:d_e",
    "-abc", "é", "0190a000-0000-7000-8000-0000000a0001",
]  # fmt: skip


def test_sound_records_pass_both_ways() -> None:
    records = _records()
    assert validate_records(records, device_id=DEVICE) == []
    assert _row_by_row(records) == []


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(sorted(SCHEMAS)),
            st.integers(0, 5),
            st.sampled_from([*sorted({f for s in SCHEMAS.values() for f in s}), "extra"]),
            st.one_of(st.sampled_from(ODD_VALUES), st.just("<drop>")),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_unsound_records_are_reported_alike(edits: list[tuple[str, int, str, Any]]) -> None:
    records = _records()
    for kind, index, field, value in edits:
        rows = records[kind]
        row = rows[index % len(rows)]
        if value == "<drop>":
            row.pop(field, None)
        else:
            row[field] = copy.deepcopy(value)
    assert validate_records(records, device_id=DEVICE) == _row_by_row(records)


@pytest.mark.parametrize("kind", ["attendees", "audit"])
def test_an_id_twice_is_reported(kind: str) -> None:
    records = _records()
    records[kind].append(dict(records[kind][0]))
    problems = validate_records(records, device_id=DEVICE)
    assert problems == _row_by_row(records)
    assert any("appears twice" in p for p in problems)


def test_unknown_kinds_are_reported() -> None:
    records: Any = {**_records(), "gadgets": [{"id": "x"}]}
    assert validate_records(records, device_id=DEVICE) == _row_by_row(records)
