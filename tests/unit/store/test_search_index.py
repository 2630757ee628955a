"""The search index stays keyed by attendee (migration 5), complete and correct through every
kind of write, and the desk search gives what the former implementation gave."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path

import pytest

from fieldapp.domain.ids import uuid7
from fieldapp.domain.models import Attendance, Attendee, Gender, Origin, Session
from fieldapp.services.app import AppServices
from fieldapp.services.attendees import MatchKind, SearchResult
from fieldapp.store import Store, load_or_create_device
from fieldapp.store.attendees import from_row
from fieldapp.store.migrations import current_version, migrate
from fieldapp.store.search import match_expression, query_tokens, search_text
from fieldapp.store.store import connect


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path, load_or_create_device(tmp_path))
    yield opened
    opened.close()


def _session(store: Store, place: str = "Tan-Tan", day: int = 1) -> Session:
    with store.transaction("a") as stamp:
        return store.sessions.insert(
            stamp, Session(id=uuid7(), place=place, date=dt.date(2025, 3, day))
        )


def assert_index_complete(store: Store) -> None:
    """One index row per live attendee, under minus its rowid, holding its normalised text."""
    live = {
        row[1]: (row[0], search_text(*row[2:]))
        for row in store.db.execute(
            "SELECT rowid, id, name_ar, name_lat, cin, phone FROM attendees WHERE deleted = 0"
        )
    }
    indexed = {
        row[1]: (-row[0], tuple(row[2:]))
        for row in store.db.execute(
            "SELECT rowid, attendee_id, name_ar, name_lat, cin, phone FROM attendee_search"
        )
    }
    count = store.db.execute("SELECT COUNT(*) FROM attendee_search").fetchone()[0]
    assert count == len(indexed)
    assert indexed == live


def test_every_write_keeps_the_index_keyed_and_complete(store: Store) -> None:
    session = _session(store)
    people = [
        Attendee(id=uuid7(), session_id=session.id, name_ar=f"فاطمة {n}", cin=f"JA{n:04d}")
        for n in range(30)
    ]
    with store.transaction("a") as stamp:
        store.attendees.insert_many(stamp, people[:20])
    with store.transaction("a") as stamp:
        store.attendees.insert(stamp, people[20])
        store.attendees.insert_many(stamp, people[21:])
    assert_index_complete(store)
    with store.transaction("a") as stamp:
        store.attendees.update(stamp, replace(people[3], name_ar="خديجة", phone="+212612345678"))
        store.attendees.delete(stamp, people[4].id)
    with store.transaction("a") as stamp:
        store.prints.record(stamp, attendee_id=people[5].id, document="checklist")
    assert_index_complete(store)
    assert store.search.match("خديجه") == [people[3].id]
    assert store.search.match("0612345678") == [people[3].id]
    assert store.search.match("JA0004") == []


def test_search_index_add_new_looks_the_rowids_up(store: Store) -> None:
    session = _session(store)
    attendee = Attendee(id=uuid7(), session_id=session.id, name_lat="Hélène")
    with store.transaction("a") as stamp:
        store.attendees.insert(stamp, attendee)
        store.db.execute("DELETE FROM attendee_search")
        store.search.add_new([(attendee.id, "", "Hélène", "", "")])
    assert_index_complete(store)
    assert store.search.match("helene") == [attendee.id]


def test_a_row_indexed_under_another_rowid_is_still_removed(store: Store) -> None:
    session = _session(store)
    attendee = Attendee(id=uuid7(), session_id=session.id, name_lat="Omar")
    with store.transaction("a") as stamp:
        store.attendees.insert(stamp, attendee)
        store.db.execute("DELETE FROM attendee_search")
        store.db.execute(
            "INSERT INTO attendee_search (rowid, attendee_id, name_lat) VALUES (777, ?, 'omar')",
            [attendee.id],
        )
    with store.transaction("a") as stamp:
        store.attendees.update(stamp, replace(attendee, name_lat="Omar Sahli"))
    assert_index_complete(store)
    assert store.search.match("sahli") == [attendee.id]


def _version_4_database(path: Path) -> None:
    db = connect(path)
    migrate(db, now="2025-01-01T00:00:00.000000Z", target=4)
    db.execute(
        "INSERT INTO sessions (id, place, date, form_id, created_at, updated_at, device_id) "
        "VALUES ('s1', 'Guelmim', '2025-01-01', 'f', 't', 't', 'd')"
    )
    for n, (name, deleted) in enumerate([("أحمد", 0), ("فاطمة", 0), ("سعيد", 1), ("مينة", 0)]):
        db.execute(
            "INSERT INTO attendees (id, session_id, name_ar, created_at, updated_at, device_id, "
            "deleted) VALUES (?, 's1', ?, 't', 't', 'd', ?)",
            [f"a{n}", name, deleted],
        )
    # The index as version 4 kept it: FTS5's own rowids, with a stale row for the deleted
    # attendee, one for an attendee that does not exist, and one attendee indexed twice.
    for attendee_id, name in [
        ("a3", "مينه"),
        ("a0", "احمد"),
        ("a1", "فاطمه"),
        ("a2", "سعيد"),
        ("ghost", "شبح"),
        ("a1", "فاطمه"),
    ]:
        db.execute(
            "INSERT INTO attendee_search (attendee_id, name_ar, name_lat, cin, phone) "
            "VALUES (?, ?, '', '', '')",
            [attendee_id, name],
        )
    db.conn.commit()
    db.close()


def test_migration_5_keys_the_index_by_attendee(tmp_path: Path) -> None:
    device = load_or_create_device(tmp_path)  # the laptop's identity predates its database
    _version_4_database(tmp_path / "fieldapp.sqlite3")
    store = Store.open(tmp_path, device)
    try:
        assert current_version(store.db) >= 5
        assert_index_complete(store)
        assert store.search.match("احمد") == ["a0"]
        assert store.search.match("فاطمة") == ["a1"]
        assert store.search.match("سعيد") == []
        assert store.search.match("شبح") == []
    finally:
        store.close()


# -- the desk search, beside the implementation it replaced -----------------------------


def former_search(
    services: AppServices, query: str, *, session_id: str | None = None, limit: int = 50
) -> list[SearchResult]:
    """`AttendeeService.search` as it was before the one-statement search."""
    store = services.store
    tokens = query_tokens(query)
    ids: list[str] = []
    if tokens:
        ids = [
            row[0]
            for row in store.db.execute(
                "SELECT s.attendee_id FROM attendee_search s "
                "JOIN attendees a ON a.id = s.attendee_id "
                "WHERE attendee_search MATCH ? AND a.deleted = 0 "
                "ORDER BY bm25(attendee_search), a.updated_at DESC LIMIT ?",
                [match_expression(tokens), limit * 2],
            )
        ]
    rows = {
        row["id"]: from_row(row)
        # Nobody is printed here: printed_at (read from the print events) is NULL.
        for row in store.db.query("SELECT *, NULL AS printed_at FROM attendees WHERE deleted = 0")
    }
    found = [rows[i] for i in ids if i in rows]
    sessions = {s.id: s for s in store.sessions.list()}
    here_cins = {a.cin for a in found if a.session_id == session_id and a.cin}
    results: list[SearchResult] = []
    seen: set[str] = set()
    for attendee in found:
        session = sessions.get(attendee.session_id)
        if session is None:
            continue
        if session_id is None or attendee.session_id == session_id:
            if attendee.session_id != session_id:
                kind = MatchKind.KNOWN_ELSEWHERE
            elif not attendee.checked_in:
                kind = MatchKind.PRE_REGISTERED
            else:
                kind = MatchKind.REGISTERED_HERE
        else:
            key = attendee.cin or attendee.id
            if key in here_cins or key in seen:
                continue
            seen.add(key)
            kind = MatchKind.KNOWN_ELSEWHERE
        results.append(SearchResult(attendee, kind, session.place, session.date.isoformat()))
    order = [MatchKind.REGISTERED_HERE, MatchKind.PRE_REGISTERED, MatchKind.KNOWN_ELSEWHERE]
    results.sort(key=lambda r: order.index(r.kind))
    return results[:limit]


FIRST = ["فاطمة", "أحمد", "محمد", "خديجة", "إبراهيم", "مينة", "يوسف", "زينب"]
LAST = ["بنعلي", "أوعلي", "العمراني", "آيت لحسن", "تاكموتي", "أوشن"]
LATIN = ["Fatima", "Ahmed", "Mohamed", "Khadija", "Brahim", "Mina", "Youssef", "Zineb"]


def _status(n: int) -> Attendance:
    """Walk-ins came; a pre-registered person (every fifth) came unless n is a multiple of 7."""
    if n % 5:
        return Attendance.WALK_IN
    return Attendance.PRESENT if n % 7 else Attendance.EXPECTED


@pytest.fixture
def desk(services: AppServices) -> tuple[AppServices, list[str]]:
    """Three sessions of people, some coming back with the same CIN, some checked in, one
    deleted; every save its own transaction, so that no two share an `updated_at`."""
    rnd = random.Random(5)
    store = services.store
    sessions = [
        services.sessions.create_session(place=p, date=dt.date(2025, 4, d)).id
        for p, d in (("كلميم", 1), ("طانطان", 8), ("أسا", 15))
    ]
    people = []
    for n in range(120):
        first = rnd.randrange(len(FIRST))
        people.append(
            (
                f"{FIRST[first]} {rnd.choice(LAST)} {n}",
                f"{LATIN[first]} {n}" if n % 3 else "",
                f"J{'ABC'[n % 3]}{1000 + n}",
                f"+2126{rnd.randrange(10**8):08d}" if n % 2 else "",
            )
        )
    for n in range(180):
        name_ar, name_lat, cin, phone = people[n % 120]
        session = sessions[n // 60]
        if n >= 120 and n % 4 == 0:
            continue
        attendee = Attendee(
            id=uuid7(),
            session_id=session,
            name_ar=name_ar,
            name_lat=name_lat,
            cin=cin,
            phone=phone,
            gender=Gender.FEMALE if n % 2 else None,
            birth_year=1950 + n % 50,
            origin=Origin.PRE_REGISTERED if n % 5 == 0 else Origin.WALK_IN,
            status=_status(n),
        )
        with store.transaction("tester") as stamp:
            store.attendees.insert(stamp, attendee)
        if n == 42:
            with store.transaction("tester") as stamp:
                store.attendees.delete(stamp, attendee.id)
        if n % 11 == 0:
            with store.transaction("tester") as stamp:
                store.attendees.update(stamp, replace(attendee, status=Attendance.PRESENT))
    return services, sessions


QUERIES = [
    "فاطمة",
    "فاطمه بنعلي",
    "احمد",
    "ابراهيم اوعلي",
    "خديجة 17",
    "زينب آيت",
    "fatima",
    "ahmed 1",
    "moh",
    "JA10",
    "jb 1004",
    "JC1099",
    "06",
    "2126",
    "0612",
    "يوسف تاكموتي",
    "مينه",
    "O'Neil ) (",
    "",
]


@pytest.mark.parametrize("query", QUERIES)
def test_desk_search_gives_what_the_former_search_gave(
    desk: tuple[AppServices, list[str]], query: str
) -> None:
    services, sessions = desk
    for session_id in (None, *sessions):
        for limit in (50, 5):
            before = former_search(services, query, session_id=session_id, limit=limit)
            after = services.attendees.search(query, session_id=session_id, limit=limit)
            tokens = query_tokens(query)
            matches: dict[str, float] = {}
            if tokens:
                matches = dict(
                    services.store.db.execute(
                        "SELECT attendee_id, rank FROM attendee_search "
                        "WHERE attendee_search MATCH ?",
                        [match_expression(tokens)],
                    ).fetchall()
                )
            if len(matches) <= 2 * limit:  # no cut among equally good matches: the same list
                assert after == before, (query, session_id, limit)
            else:  # an equally good list: the same number, matches all, kinds in order
                assert len(after) == len(before)
                assert {r.attendee.id for r in after} <= set(matches)
                assert [r.kind for r in after] == sorted(
                    (r.kind for r in after), key=list(MatchKind).index
                )


def test_among_equal_matches_the_latest_added_come_first(services: AppServices) -> None:
    session = services.sessions.create_session(place="كلميم", date=dt.date(2025, 4, 1))
    ids = []
    for n in range(40):
        attendee = Attendee(id=uuid7(), session_id=session.id, name_ar="فاطمة", cin=f"JA{n:04d}")
        with services.store.transaction("tester") as stamp:
            services.store.attendees.insert(stamp, attendee)
        ids.append(attendee.id)
    found = [r.attendee.id for r in services.attendees.search("فاطمة", limit=10)]
    assert found == ids[::-1][:10]


def test_reindexing_one_attendee_does_not_scan_the_index(store: Store) -> None:
    session = _session(store)
    attendee = Attendee(id=uuid7(), session_id=session.id, name_ar="فاطمة", cin="JA1234")
    with store.transaction("a") as stamp:
        store.attendees.insert(stamp, attendee)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        with store.transaction("a") as stamp:
            store.attendees.update(stamp, replace(attendee, status=Attendance.PRESENT))
            store.attendees.delete(stamp, attendee.id)
    finally:
        store.db.conn.set_trace_callback(None)
    deletes = [s for s in statements if s.startswith("DELETE FROM attendee_search")]
    assert len(deletes) == 2
    assert all("rowid =" in s for s in deletes)  # never the scan by attendee_id
