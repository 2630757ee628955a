"""Sync: export and import of 100,000 generated attendee records, each beside a raw baseline
in the same run: JSON Lines + zip for the export, `sqlite3.executemany` into the same schema
for the import. The bundle adds signing, encryption, validation, the merge rules, the search
index and the audit of what was imported. Setting up each office is outside the timing."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from bench.people import generate, insert_people
from bench.results import Result
from bench.timing import ms, progress
from fieldapp.services.app import AppServices, open_services
from fieldapp.store.outbox import BundleOutbox

REPEAT = 3


def _laptop(root: Path, office: AppServices, records: int) -> AppServices:
    """An enrolled laptop with one session of `records` generated attendees (inserted
    directly; the laptop's own search index is not filled, the bundle does not carry it)."""
    profile = root / "profile.json"
    office.office.write_profile(path=profile, office_name="bench", include_registry=False)
    laptop = open_services(data_dir=root / "laptop", agent="bench")
    laptop.enrolment.enrol(path=profile)
    session = laptop.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
    people = generate(records, seed=5)
    insert_people(laptop, [(p, 0) for p in people], [session.id], index=False)
    return laptop


Job = tuple[Callable[[int], object], Callable[[object], object]]


def _interleaved(*jobs: Job) -> list[float]:
    """Median time of each job's work (its setup untimed), the jobs taking turns."""
    times: list[list[float]] = [[] for _ in jobs]
    for run in range(REPEAT):
        for (setup, work), bucket in zip(jobs, times, strict=True):
            state = setup(run)
            start = time.perf_counter()
            work(state)
            bucket.append(time.perf_counter() - start)
    return [statistics.median(bucket) for bucket in times]


def run(*, quick: bool = False) -> list[Result]:
    """Export and import (median of 3 each, interleaved with their baselines) beside their
    baselines; the import also in records per second."""
    attendees = 10_000 if quick else 100_000
    root = Path(tempfile.mkdtemp(prefix="bench_sync_"))
    try:
        keys = open_services(data_dir=root / "keys", agent="bench")
        keys.office.init_identity()
        laptop = _laptop(root, keys, attendees)
        records = BundleOutbox(laptop.store.db).select(pending_only=False)
        total = sum(map(len, records.values()))
        progress(f"  {attendees:,} attendees, {total:,} records")

        bundle = root / "b.fieldbundle"

        def export(_: object) -> None:
            laptop.bundle_export.export_bundle(target=bundle, everything=True)

        def baseline_export(_: object) -> None:
            with zipfile.ZipFile(root / "plain.zip", "w", zipfile.ZIP_DEFLATED) as zf:
                for kind, rows in records.items():
                    zf.writestr(
                        f"{kind}.jsonl",
                        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    )

        export_time, raw_export_time = _interleaved(
            (lambda run: None, export), (lambda run: None, baseline_export)
        )

        def fresh_office(run: int) -> AppServices:
            directory = root / f"office{run}"
            shutil.copytree(keys.office.keys.directory, directory / "office")
            return open_services(data_dir=directory, agent="bench")

        def do_import(office: object) -> None:
            assert isinstance(office, AppServices)
            result = office.bundle_import.import_bundle(path=bundle, trust_new_devices=True)
            if result.new != total:
                raise RuntimeError(f"imported {result.new} of {total} records")
            office.close()

        def fresh_raw(run: int) -> sqlite3.Connection:
            office = fresh_office(run + REPEAT)
            path = office.data_dir / "fieldapp.sqlite3"
            office.close()
            return sqlite3.connect(path)

        def raw_import(conn: object) -> None:
            assert isinstance(conn, sqlite3.Connection)
            with conn:
                for kind in ("sessions", "attendees"):
                    rows = records[kind]
                    columns = list(rows[0])
                    conn.executemany(
                        f"INSERT INTO {kind} ({', '.join(columns)}) VALUES "
                        f"({', '.join('?' for _ in columns)})",
                        [[r[c] for c in columns] for r in rows],
                    )
            conn.close()

        imported, raw = _interleaved((fresh_office, do_import), (fresh_raw, raw_import))
        laptop.close()
        keys.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    size = f"{attendees // 1000}k"
    return [
        Result(
            f"bundle export, {size} attendees (sign + age)",
            "ms",
            ms(export_time),
            "JSONL + zip",
            ms(raw_export_time),
        ),
        Result(
            f"bundle import, {size} attendees (verify, merge)",
            "ms",
            ms(imported),
            "sqlite3 executemany, same schema",
            ms(raw),
            target=3.0,
        ),
        Result(
            "  same, records per second",
            "rows/s",
            total / imported,
            "sqlite3 executemany",
            total / raw,
            target=1 / 3,
            higher_is_better=True,
        ),
    ]
