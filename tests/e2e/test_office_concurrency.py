"""Several clerks on one PostgreSQL office at once: 4 processes import 4 laptops' bundles at
the same time while 2 others export the registry and set follow-ups; the office they leave is
the one a single clerk builds on SQLite by importing the same bundles one by one. And two
clerks saving one person's follow-up at once: the second is told, nothing is lost."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fieldapp.services.app import AppServices, open_services
from fieldapp.services.office.database_setting import save_database_url
from fieldapp.services.office.keys import OFFICE_DIR
from fieldapp.store.sql import POSTGRESQL, SqlDatabase
from tests.unit.services.office.office_kit import make_office

from . import office_workers
from .office_world import LAPTOPS, canonical_dump, import_all, laptop_bundle, office_shapes

pytestmark = pytest.mark.postgres
SPAWN = multiprocessing.get_context("spawn")
TIMEOUT_SECONDS = 120
# Each laptop's own people (the shared CIN JK999999 is on every laptop).
OWN_CINS = {i: {f"JA{i:02d}0001", f"JS{i:02d}0005"} for i in (1, 2, 3, 4)}
FOLLOW_UPS = [
    ("JA010001", "contacted", "rang on Monday"),
    ("JK999999", "registered", "RNA file given"),
    ("JS040005", "unreachable", "no answer twice"),
    ("JA030001", "enrolled_amo", ""),
]


def _twin_office(source: AppServices, root: Path, url: str) -> Path:
    """A second office folder with the same keys (it opens the same bundles), its registry
    on the PostgreSQL database `url`."""
    folder = root / "server-office"
    shutil.copytree(source.data_dir / OFFICE_DIR, folder / OFFICE_DIR)
    save_database_url(folder, url)
    opened = open_services(data_dir=folder, agent="it")
    try:
        assert opened.office_database.dialect == POSTGRESQL  # schema made once, before the run
    finally:
        opened.close()
    return folder


def office_state(db: SqlDatabase, shapes: Any) -> dict[str, Any]:
    """The registry in engine-neutral form, with only what must differ between two offices
    that did the same work left out:

    - person ids are made by each office when it first meets a person (UUIDv7): a person is
      named by the smallest attendee id linked to them instead;
    - the office's own clock stamps (when a person was created, a laptop trusted, a bundle
      imported, a form version first seen, a follow-up saved, the stored clock) and the
      office's device id: two offices, two clocks and two identities;
    - the clerks' names on what the office itself wrote (the test's clerks are per process);
    - schema_migrations (when each engine's migrations ran) and the embedded search index's
      version key in meta (FTS5's, SQLite only).
    """
    dump = canonical_dump(db, shapes)
    links = dump.pop("person_links")
    label: dict[str, str] = {}
    for attendee_id, person_id, _by_clerk in links:
        label[person_id] = min(label.get(person_id, attendee_id), attendee_id)
    dump["person_links"] = sorted([a, label[p], by] for a, p, by in links)
    dump["people"] = sorted(
        [label[pid], version, merged] for pid, _at, version, merged in dump["people"]
    )
    dump["follow_ups"] = sorted(
        [label[pid], status, note, version]
        for pid, status, note, _at, _device, _agent, version in dump["follow_ups"]
    )
    dump["sync_devices"] = [row[:3] for row in dump["sync_devices"]]  # id, key, fingerprint
    dump["sync_imports"] = [[d, s, sha, counts] for d, s, sha, _at, counts in dump["sync_imports"]]
    dump["form_versions"] = [row[:4] for row in dump["form_versions"]]
    dump.pop("meta")
    return dump


def _run(processes: list[Any]) -> None:
    for process in processes:
        process.start()


def test_four_imports_two_clerks_at_once_equal_one_by_one_on_sqlite(
    tmp_path: Path, postgres_url: str
) -> None:
    reference = make_office(tmp_path)
    bundles = [laptop_bundle(reference, tmp_path, i, name) for i, name in enumerate(LAPTOPS, 1)]
    server_dir = _twin_office(reference, tmp_path, postgres_url)

    exports = tmp_path / "exports"
    exports.mkdir()
    barrier = SPAWN.Barrier(len(bundles) + 2)
    done = SPAWN.Event()
    queue = SPAWN.Queue()
    importers = [
        SPAWN.Process(
            target=office_workers.import_bundle, args=(str(server_dir), str(b), barrier, queue)
        )
        for b in bundles
    ]
    clerks = [
        SPAWN.Process(
            target=office_workers.export_registry,
            args=(str(server_dir), str(exports), barrier, done, queue),
        ),
        SPAWN.Process(
            target=office_workers.set_follow_ups,
            args=(str(server_dir), FOLLOW_UPS, barrier, queue),
        ),
    ]
    _run(importers + clerks)
    results: list[tuple[str, str, Any]] = []
    for _ in importers:
        results.append(queue.get(timeout=TIMEOUT_SECONDS))
    done.set()
    for _ in clerks:
        results.append(queue.get(timeout=TIMEOUT_SECONDS))
    for process in importers + clerks:
        process.join(TIMEOUT_SECONDS)
        assert process.exitcode == 0
    failures = [detail for _kind, status, detail in results if status != "ok"]
    assert not failures, failures[0]
    for kind, _status, detail in results:
        if kind == "import":
            assert detail["files"][0]["status"] == "imported", detail
    text = repr(results)
    assert "deadlock" not in text and "database is locked" not in text

    # Every export is one snapshot: each laptop's people all there or none.
    [snapshots] = [detail for kind, _s, detail in results if kind == "export"]
    for cins in snapshots:
        present = set(cins)
        for own in OWN_CINS.values():
            assert own <= present or not (own & present), cins
    everyone = set().union(*OWN_CINS.values(), {"JK999999"})
    assert everyone <= set(snapshots[-1])
    last = len(snapshots) - 1
    sheet = load_workbook(exports / f"r{last}.xlsx", read_only=True).active
    assert sheet is not None and sheet.max_row == len(snapshots[-1]) + 1  # header + people

    # The same office, built by one clerk on SQLite, bundle after bundle.
    import_all(reference, bundles)
    for cin, status, note in FOLLOW_UPS:
        reference.office.set_follow_up(person=cin, status=status, note=note)
    shapes = office_shapes(reference.office_database)
    expected = office_state(reference.office_database, shapes)
    server = open_services(data_dir=server_dir, agent="it")
    try:
        assert office_state(server.office_database, shapes) == expected
        people = {p.cin: (p.follow_up, p.follow_up_note) for p in server.office.people()}
        assert all(people[cin] == (status, note) for cin, status, note in FOLLOW_UPS)
    finally:
        server.close()
        reference.close()


def test_two_clerks_save_one_follow_up_at_once_the_second_is_told(
    tmp_path: Path, postgres_url: str
) -> None:
    office = make_office(tmp_path)
    bundle = laptop_bundle(office, tmp_path, 1, "lap1")
    server_dir = _twin_office(office, tmp_path, postgres_url)
    office.close()
    first = open_services(data_dir=server_dir, agent="it")
    try:
        import_all(first, [bundle])
        seen = next(p for p in first.office.people() if p.cin == "JA010001")
    finally:
        first.close()

    barrier = SPAWN.Barrier(2)
    queue = SPAWN.Queue()
    clerks = [
        SPAWN.Process(
            target=office_workers.edit_follow_up,
            args=(str(server_dir), "JA010001", status, seen.follow_up_version, barrier, queue),
        )
        for status in ("contacted", "closed")
    ]
    _run(clerks)
    outcomes = [queue.get(timeout=TIMEOUT_SECONDS) for _ in clerks]
    for process in clerks:
        process.join(TIMEOUT_SECONDS)
    assert all(status == "ok" for _k, status, _d in outcomes), outcomes
    results = [detail for _k, _s, detail in outcomes]
    [saved] = [r for r in results if r["saved"]]
    [told] = [r for r in results if not r["saved"]]
    # The second clerk is told who saved, when, and what the follow-up is now.
    winner = told["current"].split()[0]
    assert winner in ("contacted", "closed") and told["current"] == f"{winner} by {winner}"
    assert told["by"] == f"clerk {winner}" and told["at"] == saved["at"]
    assert told["message"].startswith(f"This person was changed by {told['by']} at {saved['at']}")
    assert f"Current value: {told['current']}" in told["message"]

    # Nothing lost: the saved one is there, at the next version; a stale save from the CLI
    # is refused with the same message, and does not change it.
    server = open_services(data_dir=server_dir, agent="it")
    try:
        now = next(p for p in server.office.people() if p.cin == "JA010001")
    finally:
        server.close()
    assert (now.follow_up, now.follow_up_note) == (winner, f"by {winner}")
    assert now.follow_up_version == saved["version"] == seen.follow_up_version + 1
    stale = subprocess.run(
        [sys.executable, "-m", "fieldapp", "--data-dir", str(server_dir), "--lang", "fr",
         "office", "follow-up", "JA010001", "--status", "declined",
         "--version", str(seen.follow_up_version)],
        capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT_SECONDS,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert stale.returncode == 1 and "Traceback" not in stale.stderr
    assert f"modifiée par {told['by']} à {saved['at']}" in stale.stderr
    server = open_services(data_dir=server_dir, agent="it")
    try:
        after = next(p for p in server.office.people() if p.cin == "JA010001")
    finally:
        server.close()
    assert (after.follow_up, after.follow_up_version) == (now.follow_up, now.follow_up_version)
