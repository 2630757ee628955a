"""`fieldapp office migrate --to postgresql://…`: an office built by the suite's kit (several
laptops' bundles, decisions, follow-ups) moved to PostgreSQL, checked, and still working."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from fieldapp.cli import main
from fieldapp.domain import texts
from fieldapp.paths import DATABASE_NAME
from fieldapp.services.app import open_services
from fieldapp.services.office.database_setting import stored_database_url
from fieldapp.store.sql import POSTGRESQL, SQLITE
from tests.conftest import CliResult
from tests.unit.services.office.office_kit import make_office

from .office_world import (
    canonical_dump,
    file_sha256,
    import_all,
    laptop_bundle,
    office_shapes,
    take_decisions,
)

pytestmark = pytest.mark.postgres


def _cli(data_dir: Path, *args: str) -> CliResult:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    finally:
        sys.stdout, sys.stderr = old
    return CliResult(code, out.getvalue(), err.getvalue())


def _without_clock(dump: dict[str, list[list[object]]]) -> dict[str, list[list[object]]]:
    # The move is a write on the server: its own stamp follows the file's last one.
    return {**dump, "meta": [row for row in dump["meta"] if row[0] != "clock_last"]}


def _clock(dump: dict[str, list[list[object]]]) -> str:
    return str(next(row[1] for row in dump["meta"] if row[0] == "clock_last"))


def test_migrate_copies_the_office_leaves_the_file_alone_and_keeps_working(
    tmp_path: Path, postgres_databases: Callable[[], str]
) -> None:
    office = make_office(tmp_path)
    office_dir = office.data_dir
    bundles = [laptop_bundle(office, tmp_path, i, f"lap{i}") for i in (1, 2, 3)]
    import_all(office, bundles)
    take_decisions(office)
    sqlite = office.office_database
    assert sqlite.dialect == SQLITE
    shapes = office_shapes(sqlite)
    before = canonical_dump(sqlite, shapes)
    people_before = [(p.person_key, p.sessions, p.follow_up) for p in office.office.people()]
    assert before["person_decisions"] and before["follow_ups"] and before["sync_imports"]
    office.close()
    file = office_dir / DATABASE_NAME
    file_hash = file_sha256(file)

    url = postgres_databases()
    moved = _cli(office_dir, "office", "migrate", "--to", url)
    assert moved.code == 0, moved.err
    assert "now uses" in moved.err and "left untouched" in moved.err
    # every table checked, the rebuilt search index included
    assert {line.split()[0] for line in moved.out.splitlines()} == {s.name for s in shapes}
    assert file_sha256(file) == file_hash  # the SQLite file was only read
    assert stored_database_url(office_dir) == url

    server = open_services(data_dir=office_dir, agent="clerk")
    try:
        pg = server.office_database
        assert pg.dialect == POSTGRESQL
        after = canonical_dump(pg, shapes)
        assert _without_clock(after) == _without_clock(before)
        assert _clock(after) > _clock(before)
        people = [(p.person_key, p.sessions, p.follow_up) for p in server.office.people()]
        assert people == people_before
        # The moved office goes on: a new laptop's bundle, a search, a follow-up.
        import_all(server, [laptop_bundle(server, tmp_path, 4, "lap4")])
        assert len(server.office.people()) > len(people_before)
        assert server.office.resolve_person("JS040005")
        # The rebuilt index finds the moved attendees and the new one alike.
        named = {row["id"]: row["name_ar"] for row in pg.query("SELECT id, name_ar FROM attendees")}
        assert sorted(named[i] for i in pg.search.match("فاطمة")) == [
            f"فاطمة {i}" for i in (1, 2, 3, 4)
        ]
        again = server.office.set_follow_up(person="JS040005", status="contacted", note="")
        assert again.follow_up == "contacted"
    finally:
        server.close()
    assert file_sha256(file) == file_hash  # the embedded file is no longer written


def test_migrate_refuses_a_database_that_is_not_empty(
    tmp_path: Path, postgres_databases: Callable[[], str]
) -> None:
    url = postgres_databases()
    first = make_office(tmp_path / "first")
    import_all(first, [laptop_bundle(first, tmp_path / "first", 1, "lap1")])
    first_dir = first.data_dir
    first.close()
    assert _cli(first_dir, "office", "migrate", "--to", url).code == 0

    second = make_office(tmp_path / "second")
    second_dir = second.data_dir
    second.close()
    file_hash = file_sha256(second_dir / DATABASE_NAME)
    refused = _cli(second_dir, "--lang", "fr", "office", "migrate", "--to", url)
    assert refused.code == 1
    assert "n'est pas vide" in refused.err and "rien n'a été copié" in refused.err
    assert "Traceback" not in refused.err
    assert stored_database_url(second_dir) is None  # the second office stays on its file
    assert file_sha256(second_dir / DATABASE_NAME) == file_hash

    # An office already on the server has nothing to move.
    again = _cli(first_dir, "office", "migrate", "--to", postgres_databases())
    assert again.code == 1 and "already keeps its registry" in again.err


def test_migrate_refuses_a_password_in_the_url(tmp_path: Path) -> None:
    office = make_office(tmp_path)
    office_dir = office.data_dir
    office.close()
    refused = _cli(
        office_dir, "office", "migrate", "--to", "postgresql://clerk:secret@server/fieldapp"
    )
    assert refused.code == 1 and "PGPASSFILE" in refused.err and "secret" not in refused.err
    assert stored_database_url(office_dir) is None


def _small_office(root: Path) -> Path:
    office = make_office(root)
    import_all(office, [laptop_bundle(office, root, 1, "lap1")])
    office_dir = office.data_dir
    office.close()
    return office_dir


@pytest.mark.parametrize(
    ("lang", "steps", "summary"),
    [
        ("ar", ("نسخ الجدول", "مطابقة الجدول", "إعادة بناء فهرس البحث"), "يستعمل المكتب الآن"),
        ("fr", ("copie de la table", "vérification de la table", "reconstruction"), "désormais"),
    ],
)
def test_migrate_tells_its_steps_and_its_report_in_the_clerks_language(
    tmp_path: Path,
    postgres_databases: Callable[[], str],
    lang: str,
    steps: tuple[str, ...],
    summary: str,
) -> None:
    office_dir = _small_office(tmp_path)
    moved = _cli(office_dir, "--lang", lang, "office", "migrate", "--to", postgres_databases())
    assert moved.code == 0, moved.err
    assert all(step in moved.err for step in steps), moved.err
    assert summary in moved.err
    # The step names of the code are not what the clerk reads.
    assert not re.search(r"\] (copy|rebuild|check|done)\b", moved.err), moved.err
    tables = {line.split()[0] for line in moved.out.splitlines()}
    assert "attendees" in tables and "follow_ups" in tables


def test_a_text_missing_from_every_catalogue_never_hides_a_finished_move(
    tmp_path: Path, postgres_databases: Callable[[], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As with the stale catalogue that made `office migrate` crash after its commit: the
    # summary's count of tables has no text anywhere.
    plural = texts.plural

    def without_count_tables(key: str, n: int, lang: str, **params: object) -> str:
        if key == "cli.count_tables":
            raise texts.MissingText(key)
        return plural(key, n, lang, **params)

    monkeypatch.setattr(texts, "plural", without_count_tables)
    office_dir = _small_office(tmp_path)
    url = postgres_databases()
    moved = _cli(office_dir, "--lang", "ar", "office", "migrate", "--to", url)
    assert moved.code == 0 and "Traceback" not in moved.err
    assert "attendees" in {line.split()[0] for line in moved.out.splitlines()}
    # The facts instead of the sentence: where the registry now is, and the setting's file.
    assert url in moved.err and str(office_dir / "office" / "database-url") in moved.err
    assert stored_database_url(office_dir) == url
