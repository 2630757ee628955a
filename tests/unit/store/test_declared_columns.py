"""The store follows the declared attendee fields: a column of the kind's type for each,
rows read by column name, every personal field blanked on deletion, every searched field
found by the desk search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from fieldapp.domain.attendee_fields import ATTENDEE_FIELDS, PERSONAL, SEARCHED, AttendeeField
from fieldapp.domain.ids import uuid7
from fieldapp.domain.models import Attendee, Session
from fieldapp.store import Store, load_or_create_device
from fieldapp.store.erasure import ERASED
from tests.attendee_samples import full_details, sample


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path, load_or_create_device(tmp_path))
    yield opened
    opened.close()


def _full(store: Store) -> Attendee:
    with store.transaction("agent") as stamp:
        session = store.sessions.insert(
            stamp, Session(id=uuid7(), place="Tan-Tan", date=dt.date(2025, 3, 1))
        )
        return store.attendees.insert(
            stamp, Attendee(id=uuid7(), session_id=session.id, **full_details())
        )


def test_the_attendees_table_has_a_column_of_its_kinds_type_for_every_field(store) -> None:
    columns = {row[1]: row[2] for row in store.db.execute("PRAGMA table_info(attendees)")}
    for spec in ATTENDEE_FIELDS:
        assert columns.get(spec.name) == spec.kind.sql_type, spec.name


def test_every_field_is_stored_and_read_back_by_name(store) -> None:
    saved = _full(store)
    for name, value in full_details().items():
        assert getattr(saved, name) == value, name
        assert getattr(store.attendees.in_session(saved.session_id)[0], name) == value, name
    json_form = saved.to_public_dict()
    for spec in ATTENDEE_FIELDS:
        assert json_form[spec.name] == spec.kind.to_db(sample(spec)), spec.name


@pytest.mark.parametrize("spec", ATTENDEE_FIELDS, ids=lambda s: s.name)
def test_an_edit_of_any_field_is_saved_and_audited(store, spec: AttendeeField) -> None:
    saved = _full(store)
    with store.transaction("agent") as stamp:
        edited = store.attendees.update(stamp, replace(saved, **{spec.name: spec.kind.empty}))
    assert getattr(edited, spec.name) == spec.kind.empty
    changes = store.audit.for_record("attendee", saved.id)[-1].changes
    assert list(changes) == [spec.name]


def test_deleting_a_person_blanks_every_personal_field_and_its_audit_values(store) -> None:
    saved = _full(store)
    with store.transaction("agent") as stamp:
        store.attendees.delete(stamp, saved.id)
    row = dict(next(iter(store.db.query("SELECT * FROM attendees WHERE id = ?", [saved.id]))))
    assert PERSONAL  # every field of the attendee's own is personal
    for spec in PERSONAL:
        assert row[spec.name] == spec.kind.to_db(spec.kind.empty), spec.name
    created = store.audit.for_record("attendee", saved.id)[0].changes
    for spec in PERSONAL:
        assert created[spec.name] == [None, ERASED], spec.name
    audit_text = " ".join(str(r[0]) for r in store.db.execute("SELECT changes FROM audit"))
    assert "JA123456" not in audit_text and "قيمة" not in audit_text


@pytest.mark.parametrize("spec", SEARCHED, ids=lambda s: s.name)
def test_the_desk_search_finds_a_person_by_every_searched_field(store, spec) -> None:
    saved = _full(store)
    hits = store.attendees.search(spec.text_of(saved), limit=5)
    assert [hit.attendee.id for hit in hits] == [saved.id]
    assert hits[0].attendee == saved
