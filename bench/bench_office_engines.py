"""The office registry on each engine: embedded SQLite and PostgreSQL (a throwaway server,
`tools/pg_cluster.py`), the same work on both.

- import of a bundle set (4 laptops' bundles, one import command) beside the engine's own bulk
  load of the same session and attendee records into the same schema: `executemany` on
  SQLite, `COPY` on PostgreSQL; in rows per second;
- the registry at size (generated registrations linked to people, as `bench_office.py` makes
  them; moved to PostgreSQL with `office migrate`): the whole people listing beside a raw read
  of the attendees, the first page of 100 people (limit 100 ms) beside the whole listing, and
  duplicate finding beside reading the registrations and computing their name keys.

Sizes: default 10,000 attendances imported and a 100,000-registration registry; `--quick`
2,000 and 10,000; `--national` (`make bench BENCH_ARGS="office --national"`) 100,000
attendances imported and registries of 100,000 and 1,000,000 registrations.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from bench.people import generate, insert_people, spread
from bench.results import Result
from bench.timing import median_time, ms, progress
from fieldapp.domain.person_match import skeleton
from fieldapp.paths import DATABASE_NAME
from fieldapp.services.app import AppServices, open_services
from fieldapp.services.office.database_setting import save_database_url
from fieldapp.services.office.keys import OFFICE_DIR
from fieldapp.store.office.people import People
from fieldapp.store.office.postgres import PostgresOffice
from fieldapp.store.outbox import BundleOutbox
from tools.pg_cluster import database_url, find_bindir, throwaway_cluster

LAPTOPS = 4
PAGE = 100
SQLITE, POSTGRESQL = "sqlite", "postgresql"


class Server:
    """Fresh databases on one throwaway PostgreSQL server."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url

    def database(self) -> str:
        """A new, empty database's URL."""
        name = f"bench_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url, autocommit=True) as admin:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return database_url(self.admin_url, name)


@contextlib.contextmanager
def _server() -> Iterator[Server | None]:
    if find_bindir() is None:
        progress("  PostgreSQL binaries not found (apt-get install postgresql): SQLite rows only")
        yield None
        return
    with throwaway_cluster() as url:
        yield Server(url)


def run(*, quick: bool = False, national: bool = False) -> list[Result]:
    """Both engines: a bundle-set import, then the registry at each size."""
    attendances = 100_000 if national else 2_000 if quick else 10_000
    sizes = (100_000, 1_000_000) if national else (10_000,) if quick else (100_000,)
    repeat = 1 if national else 3
    root = Path(tempfile.mkdtemp(prefix="bench_office_engines_"))
    rows: list[Result] = []
    try:
        with _server() as server:
            engines = [SQLITE] + ([POSTGRESQL] if server is not None else [])
            keys = open_services(data_dir=root / "keys", agent="bench")
            keys.office.init_identity()
            bundles, records = _bundles(root, keys, attendances)
            for engine in engines:
                rows += _import_rows(root, keys, engine, server, bundles, records)
            for size in sizes:
                rows += _registry_rows(root / f"registry{size}", keys, size, server, repeat)
            keys.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return rows


def _bundles(
    root: Path, keys: AppServices, attendances: int
) -> tuple[list[Path], dict[str, list[dict[str, Any]]]]:
    """`LAPTOPS` enrolled laptops, each one session with its share of generated attendees
    (every tenth a person from another laptop coming back), exported; and their records."""
    profile = root / "profile.json"
    keys.office.write_profile(path=profile, office_name="bench", include_registry=False)
    people = spread(generate(attendances, seed=21), LAPTOPS)
    bundles: list[Path] = []
    records: dict[str, list[dict[str, Any]]] = {"sessions": [], "attendees": []}
    for n in range(LAPTOPS):
        laptop = open_services(data_dir=root / f"laptop{n}", agent=f"agent {n}")
        laptop.enrolment.enrol(path=profile)
        session = laptop.sessions.create_session(place=f"مكان {n}", date=dt.date(2025, 8, n + 1))
        mine = [(person, 0) for person, at in people if at == n]
        insert_people(laptop, mine, [session.id], index=False)
        selected = BundleOutbox(laptop.store.db).select(pending_only=False)
        for kind in records:
            records[kind] += selected[kind]
        bundles.append(laptop.bundle_export.export_bundle(target=root / f"b{n}.fieldbundle").path)
        laptop.close()
    progress(f"  {LAPTOPS} bundles, {len(records['attendees']):,} attendances")
    return bundles, records


def _office(root: Path, keys: AppServices, name: str, url: str | None) -> AppServices:
    directory = root / name
    shutil.copytree(keys.office_keys.directory, directory / OFFICE_DIR)
    if url is not None:
        save_database_url(directory, url)
    office = open_services(data_dir=directory, agent="bench")
    office.office_database  # noqa: B018  (opened, migrated: outside the timing)
    return office


def _import_rows(
    root: Path,
    keys: AppServices,
    engine: str,
    server: Server | None,
    bundles: list[Path],
    records: dict[str, list[dict[str, Any]]],
) -> list[Result]:
    total = sum(map(len, records.values()))
    url = server.database() if server is not None and engine == POSTGRESQL else None
    office = _office(root, keys, f"import-{engine}", url)
    started = time.perf_counter()
    report = office.bundle_import.import_bundles(paths=bundles, trust_new_devices=True)
    imported = time.perf_counter() - started
    if not report.ok:
        raise RuntimeError(f"bench import failed on {engine}: {report.to_dict()}")
    office.close()

    if engine == SQLITE:
        bare = _office(root, keys, "bulk-sqlite", None)
        path = bare.data_dir / DATABASE_NAME
        bare.close()
        conn = sqlite3.connect(path)
        started = time.perf_counter()
        with conn:
            for kind, rows in records.items():
                columns = list(rows[0])
                conn.executemany(
                    f"INSERT INTO {kind} ({', '.join(columns)}) VALUES "
                    f"({', '.join('?' for _ in columns)})",
                    [[r[c] for c in columns] for r in rows],
                )
        bulk = time.perf_counter() - started
        conn.close()
        baseline = "sqlite3 executemany, same rows and schema"
    else:
        assert server is not None
        target = PostgresOffice.open(server.database(), device_id="bench")  # the schema
        conn_pg = target.connection()
        started = time.perf_counter()
        with conn_pg.transaction(), conn_pg.cursor() as cursor:
            for kind, rows in records.items():
                columns = list(rows[0])
                statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
                    sql.Identifier(kind), sql.SQL(", ").join(map(sql.Identifier, columns))
                )
                with cursor.copy(statement) as copy:
                    for r in rows:
                        copy.write_row([_pg(r[c]) for c in columns])
        bulk = time.perf_counter() - started
        target.close()
        baseline = "COPY, same rows and schema"
    size = f"{len(records['attendees']) // 1000}k attendances"
    return [
        Result(
            f"office import [{engine}], {LAPTOPS} bundles, {size}", "ms", ms(imported),
            baseline, ms(bulk), group="office",
        ),
        Result(
            "  same, rows per second", "rows/s", total / imported, baseline.split(",")[0],
            total / bulk, higher_is_better=True, group="office",
        ),
    ]  # fmt: skip


def _pg(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


def _registry_rows(
    root: Path, keys: AppServices, size: int, server: Server | None, repeat: int
) -> list[Result]:
    """The registry of `size` generated registrations on SQLite, then moved to PostgreSQL."""
    root.mkdir(parents=True)
    office = _office(root, keys, "office", None)
    sessions = [
        office.sessions.create_session(place=f"مكان {n}", date=dt.date(2025, 1 + n % 12, 1)).id
        for n in range(20)
    ]
    progress(f"  registry: {size:,} registrations")
    insert_people(office, spread(generate(size, seed=11), len(sessions)), sessions)
    with office.store.transaction("bench") as stamp:
        People(office.office_database).link_new(stamp.at)
    rows = _registry_figures(office, SQLITE, repeat)
    if server is not None:
        started = time.perf_counter()
        report = office.office_move.move(to=server.database())
        moved = time.perf_counter() - started
        progress(f"  moved to PostgreSQL: {report.rows:,} rows in {moved:.1f} s")
        office.close()
        on_server = open_services(data_dir=office.data_dir, agent="bench")
        rows += _registry_figures(on_server, POSTGRESQL, repeat)
        on_server.close()
    else:
        office.close()
    return rows


def _registry_figures(office: AppServices, engine: str, repeat: int) -> list[Result]:
    db = office.office_database
    registry = office.office.registry
    people = db.execute("SELECT COUNT(*) FROM people").fetchone()[0]
    label = f"{people // 1000:,}k people"

    def raw_read() -> None:
        for _row in db.execute("SELECT * FROM attendees WHERE deleted = 0"):
            pass

    def read_keys() -> None:
        for row in db.execute("SELECT name_ar, name_lat FROM attendees WHERE deleted = 0"):
            skeleton(row[0] or row[1])

    whole = median_time(registry.people, repeat=repeat)
    raw = median_time(raw_read, repeat=repeat)
    first = median_time(lambda: registry.people_page(limit=PAGE), repeat=max(3, repeat))
    finding = median_time(registry.duplicates, repeat=repeat)
    floor = median_time(read_keys, repeat=repeat)
    progress(f"  [{engine}] {label}: listing {whole:.1f} s, duplicates {finding:.1f} s")
    return [
        Result(
            f"office people, whole listing [{engine}], {label}", "ms", ms(whole),
            "raw read of the attendees", ms(raw), group="office",
        ),
        Result(
            f"office people, first page of {PAGE} [{engine}], {label}", "ms", ms(first),
            "whole listing", ms(whole), group="office", limit=100,
        ),
        Result(
            f"office duplicates [{engine}], {label}", "ms", ms(finding),
            "read + name keys only", ms(floor), group="office",
        ),
    ]  # fmt: skip
