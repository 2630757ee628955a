"""The rotating log file in the data directory. Never holds a CIN, phone number or name.

Code logs ids and counts only; as a second guard a filter masks anything shaped like a
CIN or a phone number before it reaches the file.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
import sys
from pathlib import Path

LOG_FILE = "fieldapp.log"
_CIN = re.compile(r"\b[A-Za-z]{1,2}\d{4,7}\b")
# International (+212612345678, 00212…) or national (0612345678, 06 12 34 56 78) numbers.
_PHONE = re.compile(r"(?<![\w.:-])(?:\+|00)?\d{8,14}\b|\b0\d(?:[ .\-]?\d{2}){4}\b")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def redact(text: str) -> str:
    """Mask CIN- and phone-shaped text, keeping record ids (UUIDs) readable."""
    ids: list[str] = []

    def keep(match: re.Match[str]) -> str:
        ids.append(match.group(0))
        return f"\x00{len(ids) - 1}\x00"

    text = _UUID.sub(keep, text)
    text = _CIN.sub("[cin]", text)
    text = _PHONE.sub("[phone]", text)
    return re.sub(r"\x00(\d+)\x00", lambda m: ids[int(m.group(1))], text)


class RedactingFormatter(logging.Formatter):
    """A formatter whose message and traceback go through `redact` (the time is left alone)."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        """Mask personal data in the message."""
        record.message = redact(record.message)
        return super().formatMessage(record)

    def formatException(self, ei: logging._SysExcInfoType) -> str:
        """Mask personal data in tracebacks (exception messages may quote input)."""
        return redact(super().formatException(ei))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600 (owner only), like every file in the data
    folder, whatever the umask; rotated files keep that mode."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if sys.platform != "win32":
            os.fchmod(fd, 0o600)  # a file made by an older fieldapp was 0644
        return io.TextIOWrapper(
            io.FileIO(fd, "a"), encoding=self.encoding, errors=self.errors, write_through=True
        )


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file in `log_dir`; return the file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(log_dir, 0o700)
    path = log_dir / LOG_FILE
    root = logging.getLogger("fieldapp")
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == path.resolve():
                return path
            root.removeHandler(handler)
            handler.close()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True
    )
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
