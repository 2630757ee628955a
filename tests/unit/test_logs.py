"""The log file is private (0600) like every file in the data folder, rotated files too."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from fieldapp.logs import setup_logging


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_log_and_its_rotations_are_0600_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = setup_logging(tmp_path / "logs")
        logger = logging.getLogger("fieldapp.test_logs")
        logger.info("first line")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        handler = next(
            h for h in logging.getLogger("fieldapp").handlers if hasattr(h, "doRollover")
        )
        handler.doRollover()  # type: ignore[attr-defined]
        logger.info("after the rotation")
        for file in (path, path.with_name(path.name + ".1")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    finally:
        os.umask(old)
        for handler in list(logging.getLogger("fieldapp").handlers):
            logging.getLogger("fieldapp").removeHandler(handler)
            handler.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_a_log_left_0644_by_an_older_version_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "fieldapp.log").write_text("old\n")
    (folder / "fieldapp.log").chmod(0o644)
    try:
        path = setup_logging(folder)
        logging.getLogger("fieldapp.test_logs").info("new line")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        for handler in list(logging.getLogger("fieldapp").handlers):
            logging.getLogger("fieldapp").removeHandler(handler)
            handler.close()
