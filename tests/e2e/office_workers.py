"""What each clerk's process does in the concurrency tests (top-level functions: they run in
processes started with spawn, as on Windows). Each opens the office data folder itself, waits
at the barrier so that all start together, and sends back what it saw."""

from __future__ import annotations

import csv
import time
import traceback
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier, Event
from pathlib import Path
from typing import Any

from fieldapp.documents.labels import field_heading
from fieldapp.domain.attendee_fields import BY_NAME
from fieldapp.services.app import open_services
from fieldapp.services.bundles.errors import UnknownPerson
from fieldapp.services.office.decisions import ChangedMeanwhile

# The registry export's CIN column (the export is in Arabic unless told otherwise).
CIN_HEADING = field_heading(BY_NAME["cin"], "ar")
# How long a follow-up waits for the person's bundle to be imported by another clerk.
WAIT_SECONDS = 60.0


def _report(queue: Queue[Any], kind: str, work: Any) -> None:
    try:
        queue.put((kind, "ok", work()))
    except BaseException:
        queue.put((kind, "error", traceback.format_exc()))


def import_bundle(data_dir: str, bundle: str, barrier: Barrier, queue: Queue[Any]) -> None:
    """One clerk imports one laptop's bundle."""

    def work() -> dict[str, Any]:
        services = open_services(data_dir=Path(data_dir), agent=f"clerk {Path(bundle).stem}")
        try:
            barrier.wait()
            report = services.bundle_import.import_bundles(
                paths=[Path(bundle)], trust_new_devices=True
            )
            return report.to_dict()
        finally:
            services.close()

    _report(queue, "import", work)


def export_registry(
    data_dir: str, folder: str, barrier: Barrier, done: Event, queue: Queue[Any]
) -> None:
    """A clerk exports the registry again and again (CSV and XLSX) while the imports run,
    and once more after; sends back the CINs of every CSV written."""

    def work() -> list[list[str]]:
        services = open_services(data_dir=Path(data_dir), agent="clerk exports")
        snapshots: list[list[str]] = []
        try:
            barrier.wait()
            last = False
            while not last:
                last = done.is_set()
                n = len(snapshots)
                path, count = services.office.export_people(path=Path(folder) / f"r{n}.csv")
                services.office.export_people(path=Path(folder) / f"r{n}.xlsx")
                with path.open(encoding="utf-8-sig", newline="") as handle:
                    rows = list(csv.DictReader(handle))
                assert len(rows) == count, (len(rows), count)
                snapshots.append(sorted(row[CIN_HEADING] for row in rows))
            return snapshots
        finally:
            services.close()

    _report(queue, "export", work)


def set_follow_ups(
    data_dir: str, wanted: list[tuple[str, str, str]], barrier: Barrier, queue: Queue[Any]
) -> None:
    """A clerk sets the follow-up of each (CIN, status, note) as soon as that person has
    arrived in the registry; a change by someone else in between is read again and retried."""

    def work() -> int:
        services = open_services(data_dir=Path(data_dir), agent="clerk follow-up")
        try:
            barrier.wait()
            deadline = time.monotonic() + WAIT_SECONDS
            pending = list(wanted)
            while pending:
                cin, status, note = pending[0]
                try:
                    services.office.set_follow_up(person=cin, status=status, note=note)
                    pending.pop(0)
                except (UnknownPerson, ChangedMeanwhile):
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            return len(wanted)
        finally:
            services.close()

    _report(queue, "follow-up", work)


def edit_follow_up(
    data_dir: str, cin: str, status: str, version: int, barrier: Barrier, queue: Queue[Any]
) -> None:
    """A clerk saves a follow-up from the version they read; sends back what happened."""

    def work() -> dict[str, Any]:
        services = open_services(data_dir=Path(data_dir), agent=f"clerk {status}")
        try:
            barrier.wait()
            try:
                person = services.office.set_follow_up(
                    person=cin, status=status, note=f"by {status}", expected_version=version
                )
            except ChangedMeanwhile as changed:
                return {
                    "saved": False,
                    "by": changed.by,
                    "at": changed.at,
                    "current": changed.current,
                    "message": changed.describe("en"),
                }
            return {"saved": True, "at": person.follow_up_at, "version": person.follow_up_version}
        finally:
            services.close()

    _report(queue, "edit", work)
