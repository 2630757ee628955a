"""The office's people as entities: cross-script duplicates, the clerks' decisions (merge,
split, not a duplicate) holding across later imports, a CIN corrected on a laptop keeping the
person's follow-up, and two clerks editing one follow-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.domain.models import AttendeeInput
from fieldapp.services.app import AppServices, open_services
from fieldapp.services.office.decisions import ChangedMeanwhile, DecisionRefused

from .office_kit import make_laptop, make_office, new_session


def _import(office: AppServices, laptop: AppServices, path: Path) -> None:
    bundle = laptop.bundle_export.export_bundle(target=path).path
    report = office.bundle_import.import_bundles(paths=[bundle], trust_new_devices=True)
    assert report.ok, report.to_dict()


def _fatima(laptop: AppServices, session: str, **fields: object) -> str:
    data = {"name_ar": "فاطمة بنعلي", "birth_year": 1975, "phone": "+212612000001"}
    data.update(fields)
    return laptop.attendees.register(
        session_id=session, data=AttendeeInput(consent=True, **data)
    ).id


@pytest.fixture
def world(tmp_path: Path):
    office = make_office(tmp_path)
    one, two = make_laptop(tmp_path, "lap1", office), make_laptop(tmp_path, "lap2", office)
    yield office, one, two, tmp_path
    for services in (office, one, two):
        services.close()


def test_arabic_and_latin_spellings_are_proposed_as_one_person(world) -> None:
    office, one, two, tmp = world
    arabic = _fatima(one, new_session(one), cin="JA100001")
    latin = _fatima(
        two, new_session(two, "أسا", 3), name_ar="", name_lat="Fatima Benali",
        cin="JB200002", phone="+212699000009",
    )  # fmt: skip
    _fatima(two, new_session(two, "طانطان", 4), name_ar="خديجة العلوي", cin="JC300003")
    _import(office, one, tmp / "a.fieldbundle")
    _import(office, two, tmp / "b.fieldbundle")
    [group] = office.office.duplicates()
    assert {r.attendee_id for r in group.registrations} == {arabic, latin}
    assert len(group.person_keys) == 2 and group.score >= 75 and group.birth_year == 1975


def test_merge_holds_after_a_new_bundle_and_keeps_both_follow_ups(world) -> None:
    office, one, two, tmp = world
    _fatima(one, new_session(one), cin="JA100001")
    _fatima(two, new_session(two, "أسا", 3), name_lat="Fatima Benali", cin="JA100007")
    _import(office, one, tmp / "a.fieldbundle")
    _import(office, two, tmp / "b.fieldbundle")
    first, second = (office.office.resolve_person(c) for c in ("JA100001", "JA100007"))
    office.office.set_follow_up(person=first, status="contacted", note="called on Monday")
    office.office.set_follow_up(person=second, status="registered", note="RNA file given")
    with pytest.raises(DecisionRefused):
        office.office.decisions.merge(people=[first, second], why="  ")
    stale = {first: office.office.decisions.version(first) - 1, second: 1}
    with pytest.raises(ChangedMeanwhile):  # a decision on a stale copy is refused too
        office.office.decisions.merge(people=[first, second], why="same", expected=stale)
    result = office.office.decisions.merge(people=[first, second], why="CIN mistyped (7 for 1)")
    [merged] = result.people
    assert merged.person_key == first and merged.sessions == 2
    assert merged.follow_up == "registered"  # the latest status
    assert "called on Monday" in merged.follow_up_note and "RNA file" in merged.follow_up_note
    assert office.office.duplicates() == []
    # A later bundle with the mistyped CIN again joins the merged person.
    _fatima(two, new_session(two, "أسا", 9), name_lat="Fatima Benali", cin="JA100007")
    _import(office, two, tmp / "c.fieldbundle")
    people = office.office.people()
    assert [(p.person_key, p.sessions) for p in people] == [(first, 3)]
    assert office.office.resolve_person(second) == first  # the old id leads to the person
    [decision] = office.office.decisions.decisions(first)
    assert (decision.kind, decision.agent, decision.why) == ("merge", "clerk", result.decision.why)
    assert decision.at


def test_a_dismissed_group_stays_dismissed_until_a_registration_joins_it(world, tmp_path) -> None:
    office, one, two, tmp = world
    a = _fatima(one, new_session(one), cin="JA100001")
    b = _fatima(two, new_session(two, "أسا", 3), name_lat="Fatima Benali", cin="JB200002")
    _import(office, one, tmp / "a.fieldbundle")
    _import(office, two, tmp / "b.fieldbundle")
    office.office.decisions.dismiss(attendee_ids=[a, b], why="sisters-in-law, checked by phone")
    assert office.office.duplicates() == []
    # Unrelated registrations and edits do not bring it back.
    _fatima(
        one, new_session(one, "كلميم", 5), name_ar="أحمد أوعلي", cin="JK100001", birth_year=1960
    )
    one.attendees.update(
        attendee_id=a,
        data=AttendeeInput(
            name_ar="فاطمة بنعلي", cin="JA100001", birth_year=1975, phone="+212612000001",
            commune="Guelmim", consent=True,
        ),
    )  # fmt: skip
    _import(office, one, tmp / "c.fieldbundle")
    assert office.office.duplicates() == []
    three = make_laptop(tmp_path, "lap3", office)
    try:
        c = _fatima(three, new_session(three, "طاطا", 7), name_lat="Fatima Ben Ali")
        _import(office, three, tmp / "d.fieldbundle")
    finally:
        three.close()
    [group] = office.office.duplicates()
    assert {r.attendee_id for r in group.registrations} == {a, b, c}


def test_a_cin_corrected_on_the_laptop_keeps_the_person_and_follow_up(world) -> None:
    office, one, _two, tmp = world
    fatima = _fatima(one, new_session(one), cin="JA111111")
    _import(office, one, tmp / "a.fieldbundle")
    key = office.office.resolve_person("JA111111")
    office.office.set_follow_up(person=key, status="contacted", note="to call back")
    one.attendees.update(
        attendee_id=fatima,
        data=AttendeeInput(
            name_ar="فاطمة بنعلي", cin="JA111112", birth_year=1975, phone="+212612000001",
            consent=True,
        ),
    )  # fmt: skip
    _import(office, one, tmp / "b.fieldbundle")
    [person] = office.office.people()
    assert (person.person_key, person.cin) == (key, "JA111112")
    assert (person.follow_up, person.follow_up_note) == ("contacted", "to call back")
    assert office.office.resolve_person("JA111112") == key


def test_split_two_people_sharing_a_cin(world) -> None:
    office, one, two, tmp = world
    a = _fatima(one, new_session(one), cin="JA100001")
    b = _fatima(two, new_session(two, "أسا", 3), name_ar="خديجة", birth_year=1950, cin="JA100001")
    _import(office, one, tmp / "a.fieldbundle")
    _import(office, two, tmp / "b.fieldbundle")
    key = office.office.resolve_person("JA100001")
    with pytest.raises(DecisionRefused):
        office.office.decisions.split(person=key, attendee_ids=[a, b], why="all of them")
    result = office.office.decisions.split(person=key, attendee_ids=[b], why="mother, same card")
    kept, new = result.people
    assert kept.person_key == key and kept.attendee_id == a
    assert new.attendee_id == b and new.person_key != key
    assert {p.person_key for p in office.office.people()} == {key, new.person_key}


def test_two_clerks_on_one_follow_up_the_second_is_told(world, tmp_path) -> None:
    office, one, _two, tmp = world
    _fatima(one, new_session(one), cin="JA100001")
    _import(office, one, tmp / "a.fieldbundle")
    other_clerk = open_services(data_dir=office.data_dir, agent="Khadija")
    try:
        # Both clerks open the person (version 0: no follow-up yet).
        seen = office.office.people()[0]
        seen_by_other = other_clerk.office.people()[0]
        saved = other_clerk.office.set_follow_up(
            person=seen_by_other.person_key, status="contacted", note="rang, no answer",
            expected_version=seen_by_other.follow_up_version,
        )  # fmt: skip
        with pytest.raises(ChangedMeanwhile) as told:
            office.office.set_follow_up(
                person=seen.person_key, status="closed", expected_version=seen.follow_up_version
            )
        assert told.value.by == "Khadija" and told.value.at == saved.follow_up_at
        assert told.value.person is not None and told.value.person.follow_up == "contacted"
        assert "Khadija" in told.value.describe("ar") and "modifiée par" in told.value.describe(
            "fr"
        )
        assert "changed by Khadija" in str(told.value)
        # Nothing lost: the first change stands; with the version now shown, the change goes.
        [now] = office.office.people()
        assert (now.follow_up, now.follow_up_note) == ("contacted", "rang, no answer")
        done = office.office.set_follow_up(
            person=now.person_key, status="closed", expected_version=now.follow_up_version
        )
        assert done.follow_up == "closed" and done.follow_up_version == now.follow_up_version + 1
    finally:
        other_clerk.close()
