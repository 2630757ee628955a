"""The office registry at regional size: 100,000 people (10,000 with --quick), some coming
back to a second session, across 20 sessions, linked to people as an import links them.

- duplicate finding (cross-script, blocked) beside reading the same registrations and
  computing their name keys (the floor any finder pays); the check after an import of 100
  new registrations beside the whole registry's;
- the first and a middle page of 100 people (keyset) beside the whole listing, with a
  100 ms limit on the page.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from bench import bench_office_engines
from bench.people import generate, insert_people, spread
from bench.results import Result
from bench.timing import median_time, ms, progress
from fieldapp.domain.person_match import skeleton
from fieldapp.services.app import open_services
from fieldapp.store.office.people import People

PAGE = 100


def run(*, quick: bool = False, national: bool = False) -> list[Result]:
    """Duplicate finding and the paged people listing, each beside a same-run baseline; then
    the same office work on each engine (`bench_office_engines.py`; `national`: its national
    sizes only)."""
    if national:
        return bench_office_engines.run(national=True)
    return _embedded(quick=quick) + bench_office_engines.run(quick=quick)


def _embedded(*, quick: bool) -> list[Result]:
    count = 10_000 if quick else 100_000
    repeat = 3 if quick else 5
    root = Path(tempfile.mkdtemp(prefix="bench_office_"))
    try:
        office = open_services(data_dir=root / "office", agent="bench")
        sessions = [
            office.sessions.create_session(place=f"مكان {n}", date=dt.date(2025, 1 + n % 12, 1)).id
            for n in range(20)
        ]
        progress(f"office: {count:,} registrations")
        insert_people(office, spread(generate(count, seed=11), len(sessions)), sessions)
        with office.store.transaction("bench") as stamp:
            People(office.office_database).link_new(stamp.at)
        registry = office.office.registry
        db = office.store.db
        people = db.execute("SELECT COUNT(*) FROM people").fetchone()[0]
        progress(f"office: {people:,} people")

        def read_keys() -> None:
            for row in db.execute("SELECT name_ar, name_lat FROM attendees WHERE deleted = 0"):
                skeleton(row[0] or row[1])

        groups = len(registry.duplicates())
        progress(f"office: {groups:,} possible-duplicate groups")
        finding = median_time(registry.duplicates, repeat=max(1, repeat - 2))
        floor = median_time(read_keys, repeat=repeat)
        # After an import of one session's 100 new registrations: only their blocks.
        newest = [r[0] for r in db.execute("SELECT id FROM attendees ORDER BY id DESC LIMIT 100")]
        after_import = median_time(lambda: registry.duplicates(attendee_ids=newest), repeat=repeat)
        whole = median_time(registry.people, repeat=max(1, repeat - 2))
        first = median_time(lambda: registry.people_page(limit=PAGE), repeat=repeat)
        ids = [r[0] for r in db.execute("SELECT id FROM people ORDER BY id DESC")]
        middle_key = ids[len(ids) // 2]
        middle = median_time(
            lambda: registry.people_page(limit=PAGE, after=middle_key), repeat=repeat
        )
        office.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    label = f"{people // 1000}k people"
    return [
        Result(
            f"office duplicates, {label} ({groups:,} groups)", "ms", ms(finding),
            "read + name keys only", ms(floor), group="office",
        ),
        Result(
            f"office duplicates of 100 new registrations, {label}", "ms", ms(after_import),
            "whole registry", ms(finding), group="office",
        ),
        Result(
            f"office people, first page of {PAGE}, {label}", "ms", ms(first),
            "whole listing", ms(whole), group="office", limit=100,
        ),
        Result(
            f"office people, middle page of {PAGE}, {label}", "ms", ms(middle),
            "whole listing", ms(whole), group="office", limit=100,
        ),
    ]  # fmt: skip
