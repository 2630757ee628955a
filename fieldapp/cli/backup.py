"""`fieldapp restore`: list the automatic backups, or bring one back in place of the database.

Runs without opening the database (it may be the damaged file being replaced); no fieldapp
window may be open on the data folder meanwhile.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli.common import CliEnv, CliError
from fieldapp.cli.guard import guarded
from fieldapp.paths import resolve_data_dir
from fieldapp.services.backups import restore_latest
from fieldapp.store.backup import list_backups, restore_backup


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `restore` command."""
    restore = sub.add_parser("restore", help="restore the database from an automatic backup")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", help="a backup file (see --list)")
    which.add_argument("--latest", action="store_true", help="the most recent backup")
    which.add_argument("--list", action="store_true", help="list the backups, oldest first")
    restore.set_defaults(handler=guarded(_restore))


def _restore(env: CliEnv) -> int:
    data_dir = resolve_data_dir(env.data_dir)
    backups = list_backups(data_dir)
    if env.args.list:
        for path in backups:
            env.print(str(path))
        if not backups:
            env.error(env.text("cli.no_backup", folder=data_dir / "backups"))
        return 0
    if env.args.latest:
        latest = restore_latest(data_dir)
        if latest is None:
            raise CliError(env.text("cli.nothing_to_restore", folder=data_dir / "backups"))
        restored, chosen = latest[0], latest[1].path
    else:
        chosen = Path(env.args.backup)
        if not chosen.is_file():
            named = data_dir / "backups" / env.args.backup
            if not named.is_file():
                raise CliError(env.text("cli.no_backup_file", file=env.args.backup))
            chosen = named
        restored = restore_backup(data_dir, chosen)
    env.print(str(restored))
    env.error(env.text("cli.restored", database=restored, backup=chosen))
    return 0
