"""Helpers shared by the sync service tests: an office, enrolled laptops, a canonical dump.

(Named test_sync_* to sit with the sync tests; it holds one smoke test of its own.)
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldapp.domain.models import AttendeeInput
from fieldapp.services.app import AppServices, open_services
from fieldapp.services.office.database_setting import URL_FILE, save_database_url
from fieldapp.sync import BundleContent, write_bundle

MERGED_TABLES = ("sessions", "attendees", "answers", "print_events", "audit", "follow_ups")


# Where the offices of the running test keep their registry: None for the data folder's own
# SQLite file, else a function giving a fresh PostgreSQL database URL per office (set by the
# `office_engine` fixture, tests/unit/services/office/conftest.py).
_ENGINE: dict[str, Callable[[], str] | None] = {"new_database": None}


def use_engine(new_database: Callable[[], str] | None) -> None:
    """Make the offices of the running test on SQLite (None) or on fresh PostgreSQL
    databases from `new_database`."""
    _ENGINE["new_database"] = new_database


def make_office(root: Path, database_url: str | None = None) -> AppServices:
    """An office data directory with its keys, its registry on `database_url` (default: the
    engine the test runs on)."""
    directory = root / "office"
    new_database = _ENGINE["new_database"]
    if database_url is None and new_database is not None:
        database_url = new_database()
    office = open_services(data_dir=directory, agent="clerk")
    office.office_keys.create()
    if database_url is not None:
        save_database_url(directory, database_url)
    office.office.info()
    return office


def office_with_keys_of(source: AppServices, directory: Path) -> AppServices:
    """A second office in `directory` holding `source`'s keys (as IT installs on another
    clerk's PC), its registry on a database of its own (a fresh one on PostgreSQL)."""
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        source.office_keys.directory, directory / "office", ignore=shutil.ignore_patterns(URL_FILE)
    )
    new_database = _ENGINE["new_database"]
    if new_database is not None:
        save_database_url(directory, new_database())
    return open_services(data_dir=directory, agent="clerk")


def make_laptop(root: Path, name: str, office: AppServices) -> AppServices:
    """A laptop data directory enrolled with `office`."""
    profile = root / f"{name}-profile.json"
    if not profile.exists():
        office.office.write_profile(path=profile, office_name="غرفة كلميم")
    laptop = open_services(data_dir=root / name, agent=name)
    laptop.enrolment.enrol(path=profile)
    return laptop


def person(
    name: str, cin: str = "", phone: str = "+212612345678", year: int = 1980
) -> AttendeeInput:
    """An attendee input with consent."""
    return AttendeeInput(name_ar=name, cin=cin, phone=phone, birth_year=year, consent=True)


def new_session(laptop: AppServices, place: str = "كلميم", day: int = 1) -> str:
    """A session id on `laptop`."""
    return laptop.sessions.create_session(place=place, date=dt.date(2025, 8, day)).id


def dump(services: AppServices) -> dict[str, Any]:
    """The merged tables and the search index, in a canonical order."""
    db = services.office_database
    result: dict[str, Any] = {}
    for table in MERGED_TABLES:
        result[table] = [dict(row) for row in db.query(f"SELECT * FROM {table} ORDER BY 1, 2")]
    result["search"] = [
        dict(row) for row in db.query("SELECT * FROM attendee_search ORDER BY attendee_id")
    ]
    return result


def full_dump(services: AppServices) -> str:
    """Every table (for "nothing changed" checks), as JSON text."""
    db = services.office_database
    return json.dumps(
        {
            t: [list(r) for r in db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()]
            for t in db.tables()
        },
        ensure_ascii=False,
        default=str,
    )


def forged_bundle(
    laptop: AppServices,
    office: AppServices,
    path: Path,
    *,
    sequence: int,
    records: dict[str, list[dict[str, Any]]] | None = None,
    forms: tuple[dict[str, Any], ...] = (),
) -> Path:
    """A bundle signed by `laptop`'s real key with hand-made records (for refusals)."""
    if records is None:
        records = laptop.bundle_export._outbox.select(pending_only=False)
    content = BundleContent(
        device_id=laptop.store.device.device_id,
        device_public_key=laptop.store.device.public_key_bytes,
        sequence=sequence,
        app_version="0.1.0",
        created_at="2025-08-01T18:00:00.000000Z",
        sessions=({"id": "s", "place": "x", "date": "2025-08-01"},),
        forms=forms,
        records=records,
    )
    write_bundle(
        path,
        content=content,
        device_key=laptop.store.device.private_key,
        recipient=office.office.info().recipient,
    )
    return path
