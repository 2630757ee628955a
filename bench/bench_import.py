"""Importing a 10,000-row pre-registration CSV into a session.

fieldapp: `import_preregistration` (read the CSV, validate every row, check duplicates, insert,
index for search, audit) into a fresh data directory. Baseline: `sqlite3.executemany` of the
same rows, already in memory, into a plain table of the same columns, one transaction, WAL and
synchronous=FULL. Opening the databases is outside the timing of both.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.people import Person, generate
from bench.results import Result
from bench.timing import ms, progress
from fieldapp.services.app import open_services
from fieldapp.services.preregistration import import_preregistration

FIELDS = ("name_ar", "name_lat", "cin", "phone", "gender", "birth_year", "craft")


def write_csv(path: Path, people: list[Person]) -> None:
    """The list as the chamber sends it: a header row, national phone numbers."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(p.fields() for p in people)


def _fieldapp_import(folder: Path, listing: Path, rows: int) -> float:
    services = open_services(data_dir=folder, agent="bench")
    try:
        session = services.sessions.create_session(place="كلميم", date=dt.date(2025, 5, 1))
        start = time.perf_counter()
        report = import_preregistration(services.context, session_id=session.id, path=listing)
        elapsed = time.perf_counter() - start
    finally:
        services.close()
    if len(report.imported) != rows:  # one note per person imported
        raise RuntimeError(f"imported {len(report.imported)} of {rows} rows")
    return elapsed


def _raw_import(path: Path, people: list[Person]) -> float:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"CREATE TABLE t (id TEXT PRIMARY KEY, {', '.join(FIELDS)})")
        conn.commit()
        start = time.perf_counter()
        with conn:
            conn.executemany(
                "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (str(n), p.name_ar, p.name_lat, p.cin, p.phone, p.gender, p.birth_year, p.craft)
                    for n, p in enumerate(people)
                ),
            )
        return time.perf_counter() - start
    finally:
        conn.close()


def run(*, quick: bool = False) -> list[Result]:
    """Median of 3 imports of each; the time and the rows per second."""
    rows = 2_000 if quick else 10_000
    repeat = 3
    with tempfile.TemporaryDirectory(prefix="bench_import_") as tmp:
        base = Path(tmp)
        people = generate(rows, seed=3)
        listing = base / "list.csv"
        write_csv(listing, people)
        ours: list[float] = []
        theirs: list[float] = []
        for n in range(repeat):
            ours.append(_fieldapp_import(base / f"desk{n}", listing, rows))
            theirs.append(_raw_import(base / f"raw{n}.sqlite3", people))
            progress(f"  import {n + 1}/{repeat}: {ms(ours[-1]):.0f} ms")
    mine, raw = statistics.median(ours), statistics.median(theirs)
    return [
        Result(
            f"import {rows:,}-row CSV (validate, index, audit)",
            "ms",
            ms(mine),
            "sqlite3 executemany, no checks",
            ms(raw),
            target=3.0,
        ),
        Result(
            "  same, rows per second",
            "rows/s",
            rows / mine,
            "sqlite3 executemany",
            rows / raw,
            target=1 / 3,
            higher_is_better=True,
        ),
    ]
