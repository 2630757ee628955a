"""Shared fixtures: a headless Qt platform, temporary data directories, a CLI runner."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FIELDAPP_DATA_DIR", None)
os.environ.pop("FIELDAPP_LANG", None)
os.environ.pop("FIELDAPP_OFFICE_PASSPHRASE_FILE", None)

from fieldapp.services.app import AppServices, open_services

if TYPE_CHECKING:
    from tests.office_keys_kit import ProtectedOffice

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def protected_office(tmp_path_factory: pytest.TempPathFactory) -> ProtectedOffice:
    """An office key folder protected by a passphrase, with a profile and a laptop's bundle
    (made once: scrypt is slow; copy it with `install`)."""
    from tests.office_keys_kit import make_protected_office

    return make_protected_office(tmp_path_factory.mktemp("protected-office"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, not yet created data directory."""
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path) -> Iterator[AppServices]:
    """Services on a fresh data directory, agent 'tester'."""
    app = open_services(data_dir=data_dir, agent="tester")
    yield app
    app.close()


@dataclass
class CliResult:
    """Exit code and captured streams of one CLI run."""

    code: int
    out: str
    err: str


@pytest.fixture
def cli(data_dir: Path):
    """Run the CLI in-process on the test's data directory: `cli("session", "list")`."""
    from fieldapp.cli import main

    def run(*args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        old_out, old_err = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            try:
                code = main(["--data-dir", str(data_dir), *args])
            except SystemExit as exit_:
                code = int(exit_.code or 0)
        finally:
            sys.stdout, sys.stderr = old_out, old_err
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture
def cli_process(data_dir: Path):
    """Run `python -m fieldapp` in a subprocess on the test's data directory."""

    def run(*args: str, env: dict[str, str] | None = None) -> CliResult:
        full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
        proc = subprocess.run(
            [sys.executable, "-m", "fieldapp", "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=full_env,
            cwd=REPO,
            timeout=120,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run
