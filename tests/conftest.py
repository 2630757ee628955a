"""Shared fixtures: a headless Qt platform, temporary data directories, a CLI runner, and a
throwaway PostgreSQL server with a fresh database per test."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FIELDAPP_DATA_DIR", None)
os.environ.pop("FIELDAPP_LANG", None)
os.environ.pop("FIELDAPP_OFFICE_PASSPHRASE_FILE", None)

from fieldapp.services.app import AppServices, open_services
from tests.postgres import PostgresDatabases
from tools.pg_cluster import ENV_URL, ClusterError, database_url, find_bindir, throwaway_cluster

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


# PostgreSQL: one throwaway server per run (tools/pg_cluster.py), a fresh database per test.

_IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The admin URL of this run's PostgreSQL server, started once for the whole session.

    `FIELDAPP_TEST_POSTGRES`, when set, names a server to use instead (it must allow CREATE
    DATABASE). Without the server binaries the tests that need it skip, except under `CI=true`
    where they fail: CI never passes by skipping them.
    """
    url = os.environ.get(ENV_URL)
    if url:
        yield url
        return
    if find_bindir() is None:
        message = (
            "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found: "
            "apt-get install postgresql"
        )
        if _IN_CI:
            pytest.fail(f"{message} (CI=true: the PostgreSQL tests must run)", pytrace=False)
        pytest.skip(message)
    try:
        with throwaway_cluster() as url:
            yield url
    except ClusterError as error:
        pytest.fail(f"could not start the throwaway PostgreSQL server: {error}", pytrace=False)


@pytest.fixture(scope="session")
def postgres_admin(postgres_server: str) -> Iterator[PostgresDatabases]:
    """Creates and drops the run's test databases on `postgres_server` (one admin session)."""
    databases = PostgresDatabases(postgres_server)
    yield databases
    databases.close()


@pytest.fixture
def postgres_databases(postgres_admin: PostgresDatabases) -> Iterator[Callable[[], str]]:
    """A factory: each call creates a fresh, empty database and returns its URL.

    Every database it made is dropped after the test, even with connections still open.
    """
    made: list[str] = []

    def create() -> str:
        made.append(postgres_admin.create())
        return database_url(postgres_admin.admin_url, made[-1])

    yield create
    for name in made:
        postgres_admin.drop(name)


@pytest.fixture
def postgres_url(postgres_databases: Callable[[], str]) -> str:
    """The URL of a fresh, empty PostgreSQL database for this test (dropped afterwards)."""
    return postgres_databases()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def office_database_url(request: pytest.FixtureRequest) -> str | None:
    """The office database each parametrised test runs on: `[sqlite]` then `[postgresql]`.

    None for `sqlite` (the embedded default: the office's SQLite file in its data folder), or
    the URL of a fresh, empty PostgreSQL database for `postgresql`. A test taking this fixture
    runs once per engine, e.g. `office init --database URL` when the value is not None.
    """
    if request.param == "sqlite":
        return None
    url: str = request.getfixturevalue("postgres_url")
    return url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test using the PostgreSQL fixtures `postgres` (`-m "not postgres"`)."""
    for item in items:
        if {"postgres_server", "postgres_admin", "postgres_databases", "postgres_url"} & set(
            getattr(item, "fixturenames", ())
        ):
            item.add_marker(pytest.mark.postgres)
