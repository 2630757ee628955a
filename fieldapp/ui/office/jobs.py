"""Start a service call off the GUI thread and route its progress, result or refusal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fieldapp.services.bundles.errors import SyncError
from fieldapp.sync import BundleError
from fieldapp.ui.worker import Job, ProgressFn, start

SYNC_REFUSALS: tuple[type[BaseException], ...] = (SyncError, BundleError, OSError)


def run_job(
    work: Callable[[ProgressFn], Any],
    *,
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    progress: Callable[[int, int], None] | None = None,
    expected: tuple[type[BaseException], ...] = SYNC_REFUSALS,
) -> Job:
    """Run `work(progress)` on the thread pool; `done(result)` or `failed(error)` is called
    on the GUI thread. Returns the started job (kept alive until it reports)."""
    job = Job(work, expected=expected)
    if progress is not None:
        job.signals.progress.connect(progress)
    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    start(job)
    return job
