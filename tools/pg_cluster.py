"""A throwaway PostgreSQL server for the test suite and the benchmarks.

`throwaway_cluster()` runs Debian's (or any) PostgreSQL binaries on a fresh data folder in a
temporary directory, listening only on a Unix socket there, tuned for speed rather than
durability (fsync off), and removes everything on exit. As root, `initdb` and `pg_ctl` refuse to
run, so the server runs as an unprivileged system user (`fieldapp-pg`, created once, or
`nobody`).

    python tools/pg_cluster.py run -- CMD [ARG...]

starts one, runs CMD with `FIELDAPP_TEST_POSTGRES` set to the admin URL, stops it and exits with
CMD's status. Only the standard library: it runs before and outside the venv too.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import os
import pwd
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ENV_URL = "FIELDAPP_TEST_POSTGRES"
SUPERUSER = "fieldapp"
SERVER_USER = "fieldapp-pg"
_SOCKET_PATH_MAX = 100  # sun_path is 108 bytes; the file name adds ".s.PGSQL.NNNNN"

# Durability traded for speed: the cluster dies with the run. max_connections leaves room for a
# pool per process in the concurrency tests.
SETTINGS = {
    "listen_addresses": "''",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "200",
    "shared_buffers": "32MB",
    "max_wal_size": "1GB",
    "checkpoint_timeout": "30min",
    "autovacuum": "off",
    "log_min_messages": "warning",
    "logging_collector": "off",
}


class ClusterError(RuntimeError):
    """The server could not be set up or started; the message says what to do."""


def find_bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None when PostgreSQL is missing.

    `pg_config --bindir` first (Debian's pg_config names the newest server installed), then
    the newest `/usr/lib/postgresql/*/bin`, then `initdb` on PATH.
    """
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config is not None:
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True
            ).stdout
            candidates.append(Path(out.strip()))
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += [Path(p) for p in sorted(versions, key=_version_key, reverse=True)]
    initdb = shutil.which("initdb")
    if initdb is not None:
        candidates.append(Path(initdb).resolve().parent)
    for bindir in candidates:
        if all((bindir / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return bindir
    return None


def _version_key(path: str) -> tuple[int, ...]:
    version = Path(path).parent.name
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _server_user() -> str | None:
    """The account the server runs as: None for the current one, a system user as root."""
    if os.geteuid() != 0:
        return None
    with contextlib.suppress(KeyError):
        pwd.getpwnam(SERVER_USER)
        return SERVER_USER
    useradd = shutil.which("useradd")
    if useradd is not None:
        subprocess.run(
            [
                useradd,
                "--system",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--shell",
                "/usr/sbin/nologin",
                "--user-group",
                SERVER_USER,
            ],
            capture_output=True,
            check=False,
        )
        # Another run may have created it at the same moment: look it up, whoever made it.
        with contextlib.suppress(KeyError):
            pwd.getpwnam(SERVER_USER)
            return SERVER_USER
    return "nobody"


def _as_user(user: str | None, command: list[str]) -> list[str]:
    if user is None:
        return command
    runuser = shutil.which("runuser")
    if runuser is not None:
        return [runuser, "-u", user, "--", *command]
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        raise ClusterError(
            "running as root needs runuser or setpriv (util-linux) to drop to a user"
        )
    entry = pwd.getpwnam(user)
    ids = [f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--clear-groups"]
    return [setpriv, *ids, "--", *command]


def _traversable_by_all(folder: Path) -> bool:
    """Whether every folder from / down to `folder` lets other users through (o+x)."""
    return all(os.stat(part).st_mode & stat.S_IXOTH for part in [folder, *folder.parents])


def _base_dir(user: str | None) -> Path:
    """Where the cluster's folder goes: RAM (/dev/shm) when possible, else the temp folder.

    A database on tmpfs is created in ~15 ms instead of ~150 ms on disk; nothing here needs
    to survive the run. As root, the folder must be reachable by the server's user.
    """
    candidates = [Path("/dev/shm"), Path(tempfile.gettempdir()), Path("/tmp")]
    for base in candidates:
        if (
            base.is_dir()
            and os.access(base, os.W_OK | os.X_OK)
            and len(str(base)) <= _SOCKET_PATH_MAX - 40
            and (user is None or _traversable_by_all(base))
        ):
            return base
    raise ClusterError(f"no writable temporary folder for the server among {candidates}")


def _free_port() -> int:
    """A port number for the socket's name (nothing listens on TCP; it keeps URLs distinct)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _locale() -> str:
    """C.UTF-8 when the system has it (Unicode-aware lower()), else plain C."""
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        names = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=True)
        if {"c.utf8", "c.utf-8"} & {name.lower() for name in names.stdout.split()}:
            return "C.UTF-8"
    return "C"


def _run(command: list[str], what: str, log: Path | None = None) -> None:
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise ClusterError(f"{what} failed ({proc.returncode}): {proc.stderr.strip()}{_tail(log)}")


def _tail(log: Path | None) -> str:
    """The end of the server's log, to explain a failed start."""
    if log is None or not log.is_file():
        return ""
    return "\n" + log.read_text(encoding="utf-8", errors="replace")[-2000:]


def admin_url(socket_dir: Path, port: int) -> str:
    """The libpq URL of the `postgres` database as the superuser, over the Unix socket."""
    return f"postgresql://{SUPERUSER}@/postgres?host={quote(str(socket_dir), safe='/')}&port={port}"


def database_url(url: str, database: str) -> str:
    """`url` with its database name replaced by `database` (host, port and user kept)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + quote(database)))


@contextlib.contextmanager
def throwaway_cluster(bindir: Path | None = None) -> Iterator[str]:
    """Start a fresh PostgreSQL server and yield its admin URL; stop and delete it on exit.

    The URL looks like `postgresql://fieldapp@/postgres?host=/dev/shm/fieldapp-pg-…/sock&port=…`:
    superuser `fieldapp`, trust authentication, only a Unix socket in a private folder. Raises
    ClusterError when the binaries are missing or the server does not come up.
    """
    bindir = bindir or find_bindir()
    if bindir is None:
        raise ClusterError(
            "PostgreSQL server binaries not found (initdb, pg_ctl, postgres): "
            "apt-get install postgresql"
        )
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="fieldapp-pg-", dir=_base_dir(user)))
    data, sockets, log = root / "data", root / "sock", root / "server.log"
    started = False
    try:
        sockets.mkdir(mode=0o700)
        if user is not None:
            entry = pwd.getpwnam(user)
            for path in (root, sockets):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        _run(
            _as_user(
                user,
                [
                    str(bindir / "initdb"),
                    "--pgdata",
                    str(data),
                    "--username",
                    SUPERUSER,
                    "--auth",
                    "trust",
                    "--encoding",
                    "UTF8",
                    "--locale",
                    _locale(),
                    "--no-sync",
                    "--no-instructions",
                ],
            ),
            "initdb",
        )
        port = _free_port()
        settings = {**SETTINGS, "port": str(port), "unix_socket_directories": f"'{sockets}'"}
        with (data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# tools/pg_cluster.py: a throwaway test server\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        started = True  # from here on, stop it whatever happens (a timed-out start may live on)
        _run(
            _as_user(
                user,
                [
                    str(bindir / "pg_ctl"),
                    "start",
                    "--pgdata",
                    str(data),
                    "--log",
                    str(log),
                    "--wait",
                    "--timeout",
                    "60",
                    "--silent",
                ],
            ),
            "pg_ctl start",
            log,
        )
        _wait_ready(bindir, sockets, port, log)
        yield admin_url(sockets, port)
    finally:
        if started:
            subprocess.run(
                _as_user(
                    user,
                    [
                        str(bindir / "pg_ctl"),
                        "stop",
                        "--pgdata",
                        str(data),
                        "--mode",
                        "immediate",
                        "--wait",
                        "--silent",
                    ],
                ),
                capture_output=True,
                check=False,
            )
        shutil.rmtree(root, ignore_errors=True)


def _wait_ready(bindir: Path, sockets: Path, port: int, log: Path) -> None:
    """pg_ctl --wait returns once the server is up; pg_isready confirms the socket answers."""
    pg_isready = bindir / "pg_isready"
    if not pg_isready.is_file():
        return
    proc = subprocess.run(
        [str(pg_isready), "--host", str(sockets), "--port", str(port), "--timeout", "30"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise ClusterError(f"PostgreSQL did not accept connections: {proc.stdout}{_tail(log)}")


def main(argv: Sequence[str] | None = None) -> int:
    """`run -- CMD...`: CMD's exit status, with a throwaway server for its duration."""
    parser = argparse.ArgumentParser(prog="pg_cluster.py", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help=f"run CMD with {ENV_URL} set to a fresh server's URL")
    run.add_argument("cmd", nargs=argparse.REMAINDER, help="-- CMD [ARG...]")
    args = parser.parse_args(argv)
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        parser.error("run needs a command: run -- CMD [ARG...]")
    try:
        with throwaway_cluster() as url:
            print(f"{ENV_URL}={url}", file=sys.stderr)
            try:
                return subprocess.run(cmd, env={**os.environ, ENV_URL: url}, check=False).returncode
            except KeyboardInterrupt:
                return 130
    except ClusterError as error:
        print(f"pg_cluster: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
