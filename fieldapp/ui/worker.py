"""Run long work (imports, printing many) off the GUI thread, with progress and a result.

A job's database work goes through the pool thread's own SQLite connection, opened by the store
on first use (`fieldapp.store.connections`): no connection is shared with the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]


class WorkerSignals(QObject):
    """Signals:
    progress(int, int): done and total so far.
    finished(object): the job's return value.
    failed(object): the exception the job raised.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """A function run on the thread pool; it receives a progress callback."""

    def __init__(
        self,
        function: Callable[[ProgressFn], Any],
        *,
        expected: tuple[type[BaseException], ...] = (),
    ) -> None:
        """`expected` errors are refusals to show the user, not faults to log with a traceback."""
        super().__init__()
        self.signals = WorkerSignals()
        self._function = function
        self._expected = expected

    def run(self) -> None:
        """Called on a pool thread."""
        try:
            result = self._function(self.signals.progress.emit)
        except self._expected as error:
            log.info("background job refused: %s", type(error).__name__)
            self.signals.failed.emit(error)
        except Exception as error:
            log.exception("background job failed")
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


_running: set[Job] = set()


def start(job: Job) -> None:
    """Queue `job` on the global thread pool.

    The job (and so its signals object) is kept alive until it reports back: a caller that
    drops its reference still gets its `finished` or `failed` slots called.
    """
    _running.add(job)
    job.setAutoDelete(False)

    def forget(_result: object) -> None:
        QTimer.singleShot(0, lambda: _running.discard(job))

    job.signals.finished.connect(forget)
    job.signals.failed.connect(forget)
    QThreadPool.globalInstance().start(job)


def running() -> int:
    """How many started jobs have not reported back yet."""
    return len(_running)
