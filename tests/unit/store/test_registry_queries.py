"""The office registry's queries (one person, duplicates and CIN variants for the attendees of
an import, person lookup) give what the former whole-registry queries gave."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from fieldapp.domain.arabic import normalise_name
from fieldapp.domain.ids import uuid7
from fieldapp.store import Store, load_or_create_device, sync_registry
from fieldapp.store.stamp import Stamp
from fieldapp.store.sync_registry import Registry, _person, _registration

_LIVE = (
    "SELECT a.*, CASE WHEN a.cin != '' THEN a.cin ELSE 'id:' || a.id END AS person_key, "
    "s.date AS session_date, s.place AS session_place FROM attendees a "
    "JOIN sessions s ON s.id = a.session_id WHERE a.deleted = 0 AND s.deleted = 0"
)


def former_people(db: Any, person_key: str | None = None) -> list[Any]:
    sql, params = sync_registry._PEOPLE, []
    if person_key is not None:
        sql += " AND r.person_key = ?"
        params.append(person_key)
    sql += " ORDER BY r.session_date DESC, r.person_key"
    return [_person(row) for row in db.query(sql, params)]


def former_duplicates(db: Any, attendee_ids: list[str] | None = None) -> list[Any]:
    rows = db.query(
        f"WITH live AS ({_LIVE}) SELECT * FROM live WHERE phone != '' AND birth_year IS NOT NULL "
        "AND (phone, birth_year) IN (SELECT phone, birth_year FROM live "
        "WHERE phone != '' AND birth_year IS NOT NULL GROUP BY phone, birth_year "
        "HAVING COUNT(DISTINCT person_key) > 1) ORDER BY session_date, id"
    )
    groups: dict[tuple[str, int, str], list[Any]] = {}
    for row in rows:
        name_key = normalise_name(row["name_ar"] or row["name_lat"])
        if name_key:
            key = (name_key, int(row["birth_year"]), str(row["phone"]))
            groups.setdefault(key, []).append(_registration(row))
    wanted = set(attendee_ids) if attendee_ids is not None else None
    found = []
    for (name_key, year, phone), members in sorted(groups.items()):
        if len({m.person_key for m in members}) < 2:
            continue
        if wanted is not None and not wanted.intersection(m.attendee_id for m in members):
            continue
        found.append((name_key, year, phone, tuple(members)))
    return found


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


def former_person_keys_for(db: Any, text: str) -> list[str]:
    rows = db.execute(
        "SELECT DISTINCT CASE WHEN cin != '' THEN cin ELSE 'id:' || id END FROM attendees "
        "WHERE deleted = 0 AND (cin = ?1 OR 'id:' || id = ?1 OR (length(?1) >= 8 AND "
        "substr(id, 1, length(?1)) = ?1))",
        [text],
    ).fetchall()
    return sorted(str(row[0]) for row in rows)


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
    registry = Registry(db)
    with store.transaction("office") as stamp:
        registry.set_follow_up(
            Stamp(stamp.at, stamp.device_id, "office"), person_key="JA001", status="done", note=""
        )
    yield store, ids
    store.close()


@pytest.mark.parametrize("few", [0, 5000])
def test_registry_queries_give_what_they_gave(
    registry: tuple[Store, list[str]], few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_registry, "_FEW", few)
    store, ids = registry
    db = store.db
    reg = Registry(db)
    people = reg.people()
    assert people == former_people(db)
    keys = [p.person_key for p in people] + ["JA999", "id:nobody", ""]
    for key in keys:
        assert reg.people(person_key=key) == former_people(db, key), key
    groups = [(g.name_key, g.birth_year, g.phone, g.registrations) for g in reg.duplicates()]
    assert groups == former_duplicates(db)
    assert groups  # the fixture has some
    rnd = random.Random(3)
    subsets = [ids, ids[:1], ids[10:30], [], ["nobody"], rnd.sample(ids, 40)]
    for subset in subsets:
        found = reg.duplicates(attendee_ids=iter(subset))
        assert [(g.name_key, g.birth_year, g.phone, g.registrations) for g in found] == (
            former_duplicates(db, subset)
        )
        assert reg.cin_variants(subset) == former_cin_variants(db, subset)
    assert reg.cin_variants(ids)
    texts = [*keys, *(f"id:{i}" for i in ids[:5]), ids[7][:8], ids[7][:12], ids[7], ids[7][:6]]
    for text in [*texts, "ja001", "%", "_", "id:", "*"]:
        assert reg.person_keys_for(text) == former_person_keys_for(db, text), text
