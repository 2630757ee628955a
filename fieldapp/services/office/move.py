"""Moving an office from its embedded SQLite file to a PostgreSQL server (`office migrate`).

One user action, one transaction on the server: every table of the office is streamed with
COPY, the search index is rebuilt there, and every table's row count and content hash
(`store/office/transfer.py`) is compared with the file's before anything is committed. A
difference rolls the whole copy back. The SQLite file is only read (one read transaction: a
consistent snapshot), never written. Only after the commit is the URL saved as the office's
database setting, so the next start opens the server.

The target must be empty: a database holding any table with rows (or a table the office does
not have) is refused before anything is written there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from fieldapp.domain.texts import text
from fieldapp.services.bundles.errors import NotAnOffice
from fieldapp.services.office.database_setting import (
    PasswordInUrl,
    office_database_url,
    save_database_url,
)
from fieldapp.services.office.keys import OfficeKeys
from fieldapp.store.office.database import OfficeDatabase
from fieldapp.store.office.engines import check_database_url
from fieldapp.store.office.errors import OfficeDatabaseError, redact_url
from fieldapp.store.office.postgres import PostgresOffice
from fieldapp.store.office.transfer import (
    TableDigest,
    TableShape,
    copy_table,
    sqlite_shape,
    table_digest,
    target_contents,
)
from fieldapp.store.sql import SQLITE

_log = logging.getLogger(__name__)
# Filled by the server's own migrations, not copied.
SCHEMA_TABLE = "schema_migrations"
# Rebuilt on the server from the copied attendees (FTS5 there, a trigram table here), then
# compared with the file's.
SEARCH_TABLE = "attendee_search"
_WINNERS = "moved_attendees"

# (step, table, steps done, steps in all): the step is one of STEPS, the table the one it is
# done to ('' for "done"); the CLI says each in the clerk's language.
Progress = Callable[[str, str, int, int], None]
STEPS = ("copy", "rebuild", "check", "done")


class AlreadyOnServer(OfficeDatabaseError):
    """The office's registry is not the embedded file: there is nothing to move."""

    def __init__(self, description: str) -> None:
        self.description = description
        super().__init__()

    def message(self, lang: str) -> str:
        """Where the registry already is."""
        return text("office_database.already_on_server", lang, database=self.description)


class TargetNotEmpty(OfficeDatabaseError):
    """The PostgreSQL database already holds data: the move would mix two registries."""

    def __init__(self, description: str, tables: list[str]) -> None:
        self.description = description
        self.shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
        super().__init__()

    def message(self, lang: str) -> str:
        """The database, the tables found in it, and what to give instead."""
        return text(
            "office_database.target_not_empty", lang, database=self.description, tables=self.shown
        )


class CopyMismatch(OfficeDatabaseError):
    """A table on the server differs from the file after the copy: rolled back."""

    def __init__(self, description: str, table: str) -> None:
        self.description = description
        self.table = table
        super().__init__()

    def message(self, lang: str) -> str:
        """The table that differed, and that nothing changed."""
        return text(
            "office_database.copy_mismatch", lang, database=self.description, table=self.table
        )


@dataclass(frozen=True, slots=True)
class MoveReport:
    """What `office migrate` did: where to, each table's checked count and hash, and the
    setting now naming the server (overridden while `FIELDAPP_OFFICE_DATABASE` is set)."""

    target: str
    tables: tuple[TableDigest, ...]
    setting_file: Path
    overridden_by_env: bool

    @property
    def rows(self) -> int:
        """Rows copied, in all tables."""
        return sum(t.rows for t in self.tables)


class OfficeMove:
    """Copies the embedded office registry into an empty PostgreSQL database."""

    def __init__(
        self,
        *,
        data_dir: Path,
        keys: OfficeKeys,
        database: OfficeDatabase,
        device_id: str,
        agent: Callable[[], str],
    ) -> None:
        self._data_dir = Path(data_dir)
        self._keys = keys
        self._source = database
        self._device_id = device_id
        self._agent = agent

    def move(self, *, to: str, progress: Progress | None = None) -> MoveReport:
        """Copy the office into the empty database `to`, check it, save it as the office's
        database. Refused (nothing written anywhere) if this is not an office on its own file,
        the URL holds a password, or the target is not empty."""
        if not self._keys.exists():
            raise NotAnOffice("this data folder has no office keys: run `fieldapp office init`")
        source = self._source
        if source.dialect != SQLITE:
            raise AlreadyOnServer(source.description)
        url = check_database_url(to)
        if urlsplit(url).password is not None:
            raise PasswordInUrl()
        shapes = [
            sqlite_shape(source, table)
            for table in source.tables()
            if table not in (SCHEMA_TABLE, SEARCH_TABLE)
        ]
        known = {shape.name for shape in shapes} | {SCHEMA_TABLE, SEARCH_TABLE}
        contents = target_contents(url)
        in_the_way = sorted(
            t for t, rows in contents.items() if t not in known or (rows and t != SCHEMA_TABLE)
        )
        if in_the_way:
            raise TargetNotEmpty(redact_url(url), in_the_way)

        target = PostgresOffice.open(url, device_id=self._device_id)
        try:
            digests = self._copy(target, shapes, progress)
        finally:
            target.close()
        setting = save_database_url(self._data_dir, url)
        _log.info("office registry moved to %s (%d tables)", redact_url(url), len(digests))
        return MoveReport(
            target=redact_url(setting or url),
            tables=tuple(digests),
            setting_file=self._data_dir / "office" / "database-url",
            overridden_by_env=office_database_url(self._data_dir) != setting,
        )

    def _copy(
        self, target: PostgresOffice, shapes: list[TableShape], progress: Progress | None
    ) -> list[TableDigest]:
        source = self._source
        steps = 2 * len(shapes) + 2
        done = 0

        def step(what: str, table: str = "") -> None:
            nonlocal done
            if progress is not None:
                progress(what, table, done, steps)
            done += 1

        search = sqlite_shape(source, SEARCH_TABLE)
        for shape in shapes:
            missing = set(shape.columns) - set(target.columns(shape.name))
            if missing:
                raise CopyMismatch(target.description, shape.name)
        clock = source.execute("SELECT value FROM meta WHERE key = 'clock_last'").fetchone()
        if clock is not None:
            # The move is a write on the server: its stamp comes after the file's last one.
            target.clock.observe(str(clock[0]))
        digests: list[TableDigest] = []
        with source.savepoint(), target.transaction(self._agent()):  # one snapshot of the file
            target.execute("DELETE FROM meta")  # nothing but what the file holds
            for shape in shapes:
                step("copy", shape.name)
                copy_table(source, target, shape)
            step("rebuild", SEARCH_TABLE)
            target.execute(f"CREATE TEMP TABLE {_WINNERS} (id TEXT PRIMARY KEY, existing BOOLEAN)")
            target.execute(f"INSERT INTO {_WINNERS} (id, existing) SELECT id, FALSE FROM attendees")
            target.search.reindex_merged(_WINNERS)
            target.execute(f"DROP TABLE {_WINNERS}")
            for shape in [*shapes, search]:
                step("check", shape.name)
                mine, theirs = table_digest(source, shape), table_digest(target, shape)
                if mine != theirs:
                    _log.error(
                        "move: %s differs (%d rows, %s on the file; %d, %s on the server)",
                        shape.name,
                        mine.rows,
                        mine.sha256[:12],
                        theirs.rows,
                        theirs.sha256[:12],
                    )
                    raise CopyMismatch(target.description, shape.name)
                digests.append(mine)
            # Fresh statistics for the planner: the tables were empty a moment ago.
            target.execute("ANALYZE")
        step("done")
        return digests
