"""A bundle import in a worker job while the GUI thread saves walk-ins and drafts: each thread
on its own connection, no error, nothing lost, no transaction mixed into another."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from fieldapp.paths import DATABASE_NAME
from fieldapp.services.preregistration import import_preregistration
from fieldapp.ui import worker
from tests.unit.services.office.office_kit import make_laptop, make_office, new_session, person

PEOPLE = 4000


def _prereg_csv(path: Path, count: int) -> Path:
    lines = ["name_ar,cin,phone"]
    lines += [f"مشارك {n},JB{100000 + n},06{n % 100000000:08d}" for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(path: Path, sql: str, *params: object) -> int:
    """A count read on a connection of its own: what is committed, nothing else."""
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql, params).fetchone()[0])


@pytest.mark.slow
def test_bundle_import_in_a_worker_while_the_gui_thread_saves(qtbot, tmp_path: Path) -> None:
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "lap1", office)
    try:
        field_session = new_session(laptop)
        import_preregistration(
            laptop.context, session_id=field_session, path=_prereg_csv(tmp_path / "p.csv", PEOPLE)
        )
        bundle = laptop.bundle_export.export_bundle(target=tmp_path)
        office_db = tmp_path / "office" / DATABASE_NAME
        desk = new_session(office, place="مكتب الغرفة")

        threads: list[int] = []
        # The import waits at its first step until the desk has saved three walk-ins, so the
        # overlap is certain however fast either side runs.
        desk_has_saved = threading.Event()

        def work(report: worker.ProgressFn) -> object:
            threads.append(threading.get_ident())
            return office.bundle_import.import_bundles(
                paths=[bundle.path],
                trust_new_devices=True,
                progress=lambda _step: desk_has_saved.wait(timeout=60),
            )

        job = worker.Job(work)
        results: list[object] = []
        failures: list[BaseException] = []
        job.signals.finished.connect(results.append)
        job.signals.failed.connect(failures.append)
        worker.start(job)

        imported_seen: set[int] = set()
        saved: list[str] = []
        during = 0
        deadline = time.monotonic() + 120
        while not (results or failures) and time.monotonic() < deadline:
            n = len(saved)
            walk_in = office.attendees.register(
                session_id=desk, data=person(f"زائر {n}", f"WK{n:06d}")
            )
            office.drafts.save(
                key=f"attendee:{desk}", session_id=desk, payload={"name_ar": f"زائر {n + 1}"}
            )
            saved.append(walk_in.id)
            if len(saved) >= 3:
                desk_has_saved.set()
            # Committed on its own: another connection sees it at once, import still running.
            assert _count(office_db, "SELECT count(*) FROM attendees WHERE id = ?", walk_in.id)
            imported_seen.add(
                _count(
                    office_db, "SELECT count(*) FROM attendees WHERE session_id = ?", field_session
                )
            )
            if not (results or failures):
                during += 1
            qtbot.wait(1)  # let the worker's signals through, as the event loop would

        assert failures == []
        [report] = results
        assert report.ok, report.to_dict()  # type: ignore[attr-defined]
        assert threads and threads[0] != threading.get_ident()
        assert during >= 3, "the GUI thread saved nothing while the import ran"
        # The import's records appeared all at once: never a part of them.
        assert imported_seen <= {0, PEOPLE}
        assert (
            _count(office_db, "SELECT count(*) FROM attendees WHERE session_id = ?", field_session)
            == PEOPLE
        )
        # Every walk-in saved during the import is there, with its audit entry.
        assert _count(
            office_db, "SELECT count(*) FROM attendees WHERE session_id = ?", desk
        ) == len(saved)
        assert office.drafts.load(key=f"attendee:{desk}") == {"name_ar": f"زائر {len(saved)}"}
        audited = _count(
            office_db,
            "SELECT count(DISTINCT record_id) FROM audit WHERE record_id IN "
            f"({','.join('?' * len(saved))})",
            *saved,
        )
        assert audited == len(saved)
    finally:
        laptop.close()
        office.close()
