"""The suite's throwaway PostgreSQL server: fresh databases, isolated, shared by many clients."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from tests.postgres import PostgresDatabases
from tools.pg_cluster import ENV_URL, database_url

REPO = Path(__file__).resolve().parents[3]


def _tables(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            " ORDER BY table_name"
        ).fetchall()
    return [row[0] for row in rows]


def test_a_fresh_database_is_empty_and_takes_writes(postgres_url: str) -> None:
    assert _tables(postgres_url) == []
    with psycopg.connect(postgres_url) as conn:
        conn.execute("CREATE TABLE artisan (cin text PRIMARY KEY, name text NOT NULL)")
        conn.execute("INSERT INTO artisan VALUES (%s, %s)", ("AB123456", "فاطمة بنعلي"))
    with psycopg.connect(postgres_url) as conn:
        encoding = conn.execute("SHOW server_encoding").fetchone()
        row = conn.execute("SELECT name, upper('élan') FROM artisan").fetchone()
    assert encoding == ("UTF8",)
    assert row == ("فاطمة بنعلي", "ÉLAN")
    assert _tables(postgres_url) == ["artisan"]


def test_two_fresh_databases_do_not_see_each_other(
    postgres_databases: Callable[[], str],
) -> None:
    first, second = postgres_databases(), postgres_databases()
    assert first != second
    with psycopg.connect(first) as conn:
        conn.execute("CREATE TABLE office (region text)")
        conn.execute("INSERT INTO office VALUES ('Fès-Meknès')")
    assert _tables(first) == ["office"]
    assert _tables(second) == []
    with psycopg.connect(second) as conn:
        conn.execute("CREATE TABLE office (region text)")
        assert conn.execute("SELECT count(*) FROM office").fetchone() == (0,)


def test_many_clients_write_at_once(postgres_url: str) -> None:
    clients = 24
    with psycopg.connect(postgres_url) as conn:
        conn.execute("CREATE TABLE attendance (client int PRIMARY KEY, backend int NOT NULL)")
    all_open = threading.Barrier(clients + 1, timeout=60)
    errors: list[BaseException] = []

    def client(number: int) -> None:
        try:
            with psycopg.connect(postgres_url) as conn:  # one connection per thread
                all_open.wait()  # every client connected
                conn.execute("INSERT INTO attendance VALUES (%s, pg_backend_pid())", (number,))
                all_open.wait()  # every row written, none committed
                all_open.wait()  # the watcher has looked; commit
        except BaseException as error:
            errors.append(error)
            all_open.abort()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    with psycopg.connect(postgres_url, autocommit=True) as watcher:
        all_open.wait()
        all_open.wait()
        connected = watcher.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid()"
        ).fetchone()
        uncommitted = watcher.execute("SELECT count(*) FROM attendance").fetchone()
        all_open.wait()
        for thread in threads:
            thread.join(timeout=60)
        rows = watcher.execute(
            "SELECT count(*), count(DISTINCT backend) FROM attendance"
        ).fetchone()
    assert errors == []
    assert connected == (clients,)
    assert uncommitted == (0,)
    assert rows == (clients, clients)


def test_a_dropped_database_is_gone_even_with_a_client_still_connected(
    postgres_admin: PostgresDatabases,
) -> None:
    name = postgres_admin.create()
    with psycopg.connect(database_url(postgres_admin.admin_url, name)) as client:
        client.execute("SELECT 1")
        postgres_admin.drop(name)
        postgres_admin.wait()
        with pytest.raises(psycopg.OperationalError):
            client.execute("SELECT 1")
    with psycopg.connect(postgres_admin.admin_url) as admin:
        names = {row[0] for row in admin.execute("SELECT datname FROM pg_database").fetchall()}
    assert name not in names


def test_database_url_keeps_the_socket_and_user() -> None:
    url = "postgresql://fieldapp@/postgres?host=/tmp/fieldapp-pg-x/sock&port=5999"
    assert database_url(url, "t_1") == (
        "postgresql://fieldapp@/t_1?host=/tmp/fieldapp-pg-x/sock&port=5999"
    )


def test_the_command_line_runs_a_command_against_its_own_server(postgres_server: str) -> None:
    probe = (
        "import os, sys, psycopg;"
        f"url = os.environ[{ENV_URL!r}];"
        "conn = psycopg.connect(url);"
        "print(conn.execute('SELECT current_user').fetchone()[0]);"
        "sys.exit(7)"
    )
    env = {key: value for key, value in os.environ.items() if key != ENV_URL}
    proc = subprocess.run(
        [sys.executable, "tools/pg_cluster.py", "run", "--", sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 7, proc.stderr
    assert proc.stdout.strip() == "fieldapp"
    assert f"{ENV_URL}=postgresql://fieldapp@/postgres?host=" in proc.stderr
    host = proc.stderr.split("host=", 1)[1].split("&", 1)[0]
    assert not Path(host).exists()  # stopped and removed


def test_office_database_url_is_none_for_sqlite_and_a_fresh_database_for_postgresql(
    office_database_url: str | None, request: pytest.FixtureRequest
) -> None:
    engine = request.node.callspec.params["office_database_url"]
    if engine == "sqlite":
        assert office_database_url is None
        assert request.node.get_closest_marker("postgres") is None
    else:
        assert engine == "postgresql"
        assert office_database_url is not None
        assert _tables(office_database_url) == []
        assert request.node.get_closest_marker("postgres") is not None
