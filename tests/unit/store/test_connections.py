"""Each thread its own connection; a second writer waits for the first instead of failing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from fieldapp.store.connections import ThreadDatabases, write_transaction


def _in_thread(function):
    """Run `function` on a new thread; return its result or raise its error."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = function()
        except BaseException as error:  # handed back to the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=60)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("result")


def test_each_thread_has_its_own_connection_to_the_same_file(tmp_path: Path) -> None:
    db = ThreadDatabases(tmp_path / "x.sqlite3")
    db.execute("CREATE TABLE t (v TEXT)")
    db.execute("INSERT INTO t VALUES ('gui')")
    mine = db.conn
    theirs, seen = _in_thread(lambda: (db.conn, db.execute("SELECT v FROM t").fetchall()))
    assert theirs is not mine
    assert seen == [("gui",)]
    assert _in_thread(lambda: db.execute("PRAGMA journal_mode").fetchone()[0]) == "wal"


def test_an_in_memory_database_refuses_other_threads() -> None:
    db = ThreadDatabases(":memory:")
    db.execute("CREATE TABLE t (v TEXT)")
    with pytest.raises(RuntimeError, match="in-memory"):
        _in_thread(lambda: db.execute("SELECT * FROM t"))


def test_a_second_writer_waits_for_the_first_commit(tmp_path: Path) -> None:
    db = ThreadDatabases(tmp_path / "x.sqlite3")
    db.execute("CREATE TABLE t (v INTEGER)")
    holding = threading.Event()
    release = threading.Event()

    def long_write() -> None:
        with write_transaction(db):
            db.execute("INSERT INTO t VALUES (1)")
            holding.set()
            release.wait(30)

    worker = threading.Thread(target=long_write)
    worker.start()
    assert holding.wait(30)
    # Reads go on during the other connection's write and see only what is committed.
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    threading.Timer(0.3, release.set).start()
    with write_transaction(db):  # waits for the worker's commit, then reads and writes
        total = db.execute("SELECT count(*) FROM t").fetchone()[0]
        db.execute("INSERT INTO t VALUES (?)", [total + 1])
    worker.join(30)
    assert [row[0] for row in db.execute("SELECT v FROM t ORDER BY v")] == [1, 2]


def test_a_failed_write_transaction_leaves_nothing(tmp_path: Path) -> None:
    db = ThreadDatabases(tmp_path / "x.sqlite3")
    db.execute("CREATE TABLE t (v INTEGER)")
    with pytest.raises(ValueError), write_transaction(db):
        db.execute("INSERT INTO t VALUES (1)")
        raise ValueError("refused")
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    assert not db.conn.in_transaction
