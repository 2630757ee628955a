"""Write files so that a crash never leaves a half-written one: temp file, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class DiskFull(OSError):
    """The disk or USB stick holding `path` is full; the message names the file and what to
    do (not `[Errno 28]` and a temporary name)."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.ENOSPC, "no space left on the device", str(path))
        self.path = path

    def __str__(self) -> str:
        return (
            f"{self.path} could not be written: the disk or USB stick is full. Free some "
            "space on it (old bundles or other files you no longer need), then try again"
        )


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO[bytes]]:
    """Yield a file opened in `mode` on a temporary name beside `path`; on success it is
    flushed, fsynced and renamed onto `path` (`os.replace`, atomic on POSIX and Windows).
    On error the temporary file is removed and `path` is left as it was.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, encoding=encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            raise DiskFull(path) from error
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_write(path) as handle:
        handle.write(data)
