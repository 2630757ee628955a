"""Sync: export and import of 100,000 attendee records, each beside a raw baseline in the
same run: JSON Lines + zip for the export, `sqlite3.executemany` into the same schema for the
import. The bundle adds signing, encryption, validation, the merge rules, the search index
and the audit of what was imported."""

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

from bench.timing import report
from fieldapp.domain.ids import uuid7
from fieldapp.services.app import AppServices, open_services
from fieldapp.store.sync_outbox import SyncOutbox

RECORDS = 100_000
REPEAT = 3


def _laptop(root: Path, office: AppServices) -> AppServices:
    profile = root / "profile.json"
    office.office.write_profile(path=profile, office_name="bench", include_registry=False)
    laptop = open_services(data_dir=root / "laptop", agent="bench")
    laptop.enrolment.enrol(path=profile)
    session = laptop.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
    device = laptop.store.device.device_id
    at = laptop.store.clock.now()
    rows = [
        (
            uuid7(),
            session.id,
            f"فاطمة الزهراء {n}",
            f"Fatima {n}",
            f"JA{n:06d}",
            f"+2126{n:08d}",
            "F",
            1950 + n % 50,
            "نسج",
            "",
            "",
            "walk_in",
            1,
            1,
            None,
            at,
            at,
            device,
            "bench",
            0,
        )
        for n in range(RECORDS)
    ]
    with laptop.store.db.atomic():
        laptop.store.db.conn.executemany(
            f"INSERT INTO attendees VALUES ({', '.join('?' for _ in rows[0])})", rows
        )
    return laptop


def _timed(setup: Callable[[int], object], work: Callable[[object], object]) -> float:
    times = []
    for run in range(REPEAT):
        state = setup(run)
        start = time.perf_counter()
        work(state)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print export and import figures beside their baselines."""
    root = Path(tempfile.mkdtemp(prefix="bench_sync_"))
    try:
        keys = open_services(data_dir=root / "keys", agent="bench")
        keys.office.init_identity()
        laptop = _laptop(root, keys)
        records = SyncOutbox(laptop.store.db).select(pending_only=False)
        print(f"{RECORDS} attendees, {sum(map(len, records.values()))} records", flush=True)

        bundle = root / "b.fieldbundle"
        export = _timed(
            lambda run: None,
            lambda _: laptop.sync.export_bundle(target=bundle, everything=True),
        )

        def baseline_export(_: object) -> None:
            with zipfile.ZipFile(root / "plain.zip", "w", zipfile.ZIP_DEFLATED) as zf:
                for kind, rows in records.items():
                    zf.writestr(
                        f"{kind}.jsonl",
                        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    )

        raw_export = _timed(lambda run: None, baseline_export)
        report("bundle export (sign + age)", export, "JSONL + zip", raw_export)

        def fresh_office(run: int) -> AppServices:
            directory = root / f"office{run}"
            shutil.copytree(keys.office.keys.directory, directory / "office")
            return open_services(data_dir=directory, agent="bench")

        def do_import(office: object) -> None:
            assert isinstance(office, AppServices)
            result = office.imports.import_bundle(path=bundle, trust_new_devices=True)
            assert result.new == sum(map(len, records.values()))
            office.close()

        imported = _timed(fresh_office, do_import)

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

        raw = _timed(fresh_raw, raw_import)
        report("bundle import (verify + validate + merge)", imported, "sqlite3 executemany", raw)
        laptop.close()
        keys.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
