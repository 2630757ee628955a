"""The test databases on the run's PostgreSQL server (see the fixtures in tests/conftest.py)."""

from __future__ import annotations

import queue
import threading
import uuid

import psycopg
from psycopg import sql


class PostgresDatabases:
    """Creates the tests' databases and drops them on a thread of its own.

    A drop waits for the dropped database's last backends to exit (up to ~100 ms after a
    client disconnects), so it runs off the tests' path; `wait()` blocks until every drop asked
    for is done and raises the first failure.
    """

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self._admin = psycopg.connect(admin_url, autocommit=True)
        self._drops: queue.Queue[str | None] = queue.Queue()
        self._errors: list[Exception] = []
        self._thread = threading.Thread(target=self._drop_loop, name="postgres-drops")
        self._thread.start()

    def create(self) -> str:
        """Create a fresh, empty database (from template1); return its name."""
        name = f"t_{uuid.uuid4().hex}"
        self._admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return name

    def drop(self, name: str) -> None:
        """Drop `name` soon, even with clients still connected to it."""
        self._drops.put(name)

    def wait(self) -> None:
        """Return once every drop asked for so far has run; raise the first that failed."""
        self._drops.join()
        if self._errors:
            raise self._errors[0]

    def close(self) -> None:
        """Finish the pending drops and disconnect."""
        self._drops.put(None)
        self._thread.join()
        self._admin.close()
        if self._errors:
            raise self._errors[0]

    def _drop_loop(self) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as admin:  # this thread's own
            while (name := self._drops.get()) is not None:
                try:
                    admin.execute(
                        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                            sql.Identifier(name)
                        )
                    )
                except psycopg.Error as error:
                    self._errors.append(error)
                finally:
                    self._drops.task_done()
