"""Saving one walk-in at the desk: `parse_attendee_fields` + `services.attendees.register`.

Measured save by save (each is its own transaction) on a desk database that already holds
10,000 people, beside a raw sqlite3 `INSERT` + `COMMIT` of the same fields into a plain table
of the same columns (WAL, synchronous=FULL, as fieldapp's store), the two interleaved.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.people import Person, generate, insert_people
from bench.results import Result
from bench.timing import percentile_rows, progress
from fieldapp.services.app import open_services
from fieldapp.services.attendee_input import parse_attendee_fields

RAW_COLUMNS = ("id", "session_id", "name_ar", "name_lat", "cin", "phone", "gender", "birth_year")


def _raw_table(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"CREATE TABLE t ({', '.join(RAW_COLUMNS)}, craft)")
    return conn


def _raw_insert(conn: sqlite3.Connection, n: int, person: Person) -> None:
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (str(n), "s1", *person.columns()),
    )
    conn.execute("COMMIT")


def run(*, quick: bool = False) -> list[Result]:
    """p50 and p95 over 200 (quick) or 500 saves of each."""
    saves = 200 if quick else 500
    already = 2_000 if quick else 10_000
    with tempfile.TemporaryDirectory(prefix="bench_register_") as tmp:
        services = open_services(data_dir=Path(tmp) / "desk", agent="bench")
        conn = _raw_table(Path(tmp) / "raw.sqlite3")
        try:
            session = services.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
            people = generate(already + saves, seed=11)
            insert_people(services, [(p, 0) for p in people[:already]], [session.id])
            progress(f"  {already:,} people already in the session, {saves} saves")

            def save(person: Person) -> None:
                data = parse_attendee_fields(person.fields(), consent=True)
                services.attendees.register(session_id=session.id, data=data)

            ours: list[float] = []
            theirs: list[float] = []
            for n, person in enumerate(people[already:]):
                start = time.perf_counter()
                save(person)
                middle = time.perf_counter()
                _raw_insert(conn, n, person)
                ours.append(middle - start)
                theirs.append(time.perf_counter() - middle)
        finally:
            conn.close()
            services.close()
    return percentile_rows(
        f"save one walk-in, {{p}} of {saves} (parse + register)",
        ours,
        "raw INSERT + COMMIT, {p}",
        theirs,
    )
