"""Write files so that a crash never leaves a half-written one: temp file, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from fieldapp.domain.messages import message_text


class DiskFull(OSError):
    """The disk or USB stick holding `path` is full; the message names the file and what to
    do (not `[Errno 28]` and a temporary name)."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.ENOSPC, "no space left on the device", str(path))
        self.path = path

    def __str__(self) -> str:
        return self.message("en")

    def message(self, lang: str) -> str:
        """The file and what to free, in `lang` (ar, fr or en)."""
        return message_text("disk_full", lang, {"file": self.path})


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


def write_error_message(path: Path, error: OSError, lang: str = "en") -> str:
    """What to tell the user when `path` cannot be written, in `lang`: the file, and what to
    do (free space on a full disk, or check the folder)."""
    if isinstance(error, DiskFull) or error.errno == errno.ENOSPC:
        return message_text("disk_full", lang, {"file": path})
    reason = error.strerror or type(error).__name__
    return message_text("write_failed", lang, {"file": path, "reason": reason})


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_write(path) as handle:
        handle.write(data)
