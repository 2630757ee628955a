"""The office registry's queries (one person, a page of people, duplicates and CIN variants for
the attendees of an import, person lookup) agree with the whole-registry answers and with the
former CIN-keyed queries (a person is one CIN until a clerk decides otherwise)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.arabic import normalise_name
from fieldapp.domain.ids import uuid7
from fieldapp.store import Store, load_or_create_device
from fieldapp.store.office.people import People
from fieldapp.store.office.people_registry import PeopleRegistry, _registration
from fieldapp.store.sql import SqliteSql
from fieldapp.store.stamp import Stamp

_LIVE = (
    "SELECT a.*, CASE WHEN a.cin != '' THEN a.cin ELSE 'id:' || a.id END AS person_key, "
    "s.date AS session_date, s.place AS session_place FROM attendees a "
    "JOIN sessions s ON s.id = a.session_id WHERE a.deleted = 0 AND s.deleted = 0"
)


def former_cin_variants(db: Any, ids: list[str]) -> dict[str, list[Any]]:
    if not ids:
        return {}
    rows = db.query(
        f"WITH live AS ({_LIVE}) SELECT * FROM live WHERE cin IN "
        "(SELECT cin FROM live WHERE cin IN (SELECT cin FROM attendees WHERE cin != '' "
        "AND id IN (SELECT value FROM json_each(?))) GROUP BY cin HAVING COUNT(*) > 1) "
        "ORDER BY cin, session_date, id",
        [json.dumps(ids)],
    )
    by_cin: dict[str, list[Any]] = {}
    for row in rows:
        by_cin.setdefault(row["cin"], []).append(_registration(row))
    return {
        cin: regs
        for cin, regs in by_cin.items()
        if len({(normalise_name(r.name_ar or r.name_lat), r.birth_year) for r in regs}) > 1
    }


@pytest.fixture
def registry(tmp_path: Path) -> tuple[Store, list[str]]:
    """Five sessions (one deleted) of people coming back under one CIN with name or birth-year
    variations, people without CIN, people sharing a phone and birth year, tombstones,
    answers and follow-ups."""
    store = Store.open(tmp_path, load_or_create_device(tmp_path))
    rnd = random.Random(11)
    db = store.db
    sessions = []
    for n in range(5):
        sid = uuid7()
        db.execute(
            "INSERT INTO sessions (id, place, date, form_id, created_at, updated_at, device_id, "
            "deleted) VALUES (?, ?, ?, 'f', 't', ?, 'd', ?)",
            [sid, f"place {n}", f"2025-0{n + 1}-01", f"2025-0{n + 1}-01T00:00:00.000000Z", n == 3],
        )
        sessions.append(sid)
    names = ["فاطمة بنعلي", "أحمد أوعلي", "Fatima Benali", "خديجة", "", "محمد العمراني"]
    ids = []
    taken: set[tuple[str, str]] = set()  # one live CIN per session (the unique index)
    for n in range(160):
        cin = "" if n % 9 == 0 else f"JA{rnd.randrange(40):03d}"
        cin = cin if n % 5 or n < 5 else f"JB{n:03d}"
        if (sessions[n % 5], cin) in taken:
            cin = ""
        taken.add((sessions[n % 5], cin))
        name = rnd.choice(names)
        attendee_id = uuid7()
        db.execute(
            "INSERT INTO attendees (id, session_id, name_ar, name_lat, cin, phone, birth_year, "
            "created_at, updated_at, device_id, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, 't', ?, "
            "'d', ?)",
            [
                attendee_id,
                sessions[n % 5],
                name if n % 4 else "",
                "" if n % 4 else name,
                cin,
                rnd.choice(["", "+212612345678", "+212698765432"]),
                rnd.choice([None, 1980, 1981]),
                f"2025-01-01T00:00:{n % 60:02d}.{n:06d}Z",
                n % 13 == 0,
            ],
        )
        ids.append(attendee_id)
        if n % 3 == 0:
            db.execute(
                "INSERT INTO answers (id, attendee_id, form_id, form_version, outcomes, "
                "complete, created_at, updated_at, device_id) VALUES (?, ?, 'f', '1', ?, ?, "
                "'t', 't', 'd')",
                [uuid7(), attendee_id, json.dumps([f"o{n % 4}"]), n % 2],
            )
    db.conn.commit()
    with store.transaction("office") as stamp:
        people = People(SqliteSql(db))
        people.link_new(stamp.at)
        [ja001] = PeopleRegistry(SqliteSql(db)).person_keys_for("JA001")
        people.set_follow_up(
            Stamp(stamp.at, stamp.device_id, "office"),
            person_id=ja001,
            status="done",
            note="",
            expected=None,
        )
    yield store, ids
    store.close()


def test_registry_queries_agree(registry: tuple[Store, list[str]]) -> None:
    store, ids = registry
    db = store.db
    reg = PeopleRegistry(SqliteSql(db))
    people = reg.people()
    live = list(db.query(_LIVE))
    # One person per former person key (CIN, or the attendee without one), none missing.
    by_key: dict[str, set[str]] = {}
    for row in live:
        by_key.setdefault(row["person_key"], set()).add(row["id"])
    linked: dict[str, set[str]] = {}
    for row in db.query(
        "SELECT l.person_id, a.id FROM person_links l JOIN attendees a ON a.id = l.attendee_id"
    ):
        if row["id"] in {r["id"] for r in live}:
            linked.setdefault(row["person_id"], set()).add(row["id"])
    assert sorted(map(sorted, by_key.values())) == sorted(map(sorted, linked.values()))
    assert {p.person_key for p in people} == set(linked)
    assert [p.follow_up for p in people if p.cin == "JA001"] == ["done"]
    for person in people:
        assert reg.people(person_key=person.person_key) == [person]
    assert reg.people(person_key="nobody") == []
    # Pages, newest person first, cover the registry once.
    paged, after = [], None
    while page := reg.people_page(limit=7, after=after):
        paged += page
        after = page[-1].person_key
    assert paged == sorted(people, key=lambda p: p.person_key, reverse=True)
    groups = reg.duplicates()
    assert groups  # the fixture has some
    rnd = random.Random(3)
    subsets = [ids, ids[:1], ids[10:30], [], ["nobody"], rnd.sample(ids, 40)]
    for subset in subsets:
        found = reg.duplicates(attendee_ids=iter(subset))
        # The groups the given attendees are in: each within a group of the whole registry
        # (only their blocks are compared), every such group's given members found.
        whole = [{r.attendee_id for r in g.registrations} for g in groups]
        for group in found:
            members = {r.attendee_id for r in group.registrations}
            assert members & set(subset) and any(members <= w for w in whole)
        shown = {r.attendee_id for g in found for r in g.registrations} & set(subset)
        assert shown == {a for w in whole for a in w} & set(subset)
        variants = {
            cin: [r.attendee_id for r in regs] for cin, regs in reg.cin_variants(subset).items()
        }
        assert variants == {
            cin: [r.attendee_id for r in regs]
            for cin, regs in former_cin_variants(db, subset).items()
        }
    assert reg.cin_variants(ids)
    person_of = {a: p for p, members in linked.items() for a in members}
    for row in live:
        expected = sorted(
            {person_of[r["id"]] for r in live if row["cin"] and r["cin"] == row["cin"]}
        )
        if row["cin"]:
            assert reg.person_keys_for(row["cin"]) == expected
        assert reg.person_keys_for(row["id"]) == [person_of[row["id"]]]
        assert reg.person_keys_for(row["id"][:-1]) == [person_of[row["id"]]]
        assert reg.person_keys_for(person_of[row["id"]]) == [person_of[row["id"]]]
    for text in ["JA999", "ja001", "%", "_", "id:", "*", "", ids[7][:6]]:
        assert reg.person_keys_for(text) == [], text
