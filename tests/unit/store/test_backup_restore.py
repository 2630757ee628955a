"""Identity and damage: a lost key or a damaged file stops start-up with a message naming the
file (never a new identity, never a traceback); automatic backups at export and at a clean
exit, a kill during a backup harms no earlier backup, and `fieldapp restore` brings one back."""

from __future__ import annotations

import datetime as dt
import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldapp import atomic
from fieldapp.domain.models import AttendeeInput
from fieldapp.services.app import open_services
from fieldapp.store.backup import KEEP, list_backups
from fieldapp.store.errors import DataFolderDamaged

REPO = Path(__file__).resolve().parents[3]


def _laptop_with_person(folder: Path, name: str = "فاطمة") -> str:
    services = open_services(data_dir=folder, agent="t")
    try:
        session = services.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
        data = AttendeeInput(name_ar=name, cin="JA123456", consent=True)
        return services.attendees.register(session_id=session.id, data=data).id
    finally:
        services.close()


@pytest.mark.parametrize("lost", ["device_key.pem", "device.json"])
def test_a_lost_identity_file_stops_start_up_and_is_never_remade(tmp_path: Path, lost: str) -> None:
    folder = tmp_path / "laptop"
    _laptop_with_person(folder)
    (folder / lost).unlink()
    with pytest.raises(DataFolderDamaged) as failure:
        open_services(data_dir=folder)
    assert not (folder / lost).exists()
    for lang in ("en", "fr", "ar"):
        assert str(folder / lost) in failure.value.message(lang)
    assert "backups/identity" in failure.value.message("en")


@pytest.mark.parametrize(
    ("name", "content"),
    [("device.json", b'{"device_i'), ("device.json", b"[]"), ("device_key.pem", b"garbage")],
)
def test_a_damaged_identity_file_stops_start_up(tmp_path: Path, name: str, content: bytes) -> None:
    folder = tmp_path / "laptop"
    _laptop_with_person(folder)
    (folder / name).write_bytes(content)
    with pytest.raises(DataFolderDamaged, match="is damaged"):
        open_services(data_dir=folder)


def test_a_database_damaged_in_the_middle_is_told_clearly_in_the_cli(
    tmp_path: Path, cli_process, data_dir: Path
) -> None:
    _laptop_with_person(data_dir)
    database = data_dir / "fieldapp.sqlite3"
    size = database.stat().st_size
    with database.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(8192))
    result = cli_process("session", "list")
    assert result.code == 1
    assert "Traceback" not in result.err
    assert str(database) in result.err and "fieldapp restore --latest" in result.err
    assert "endommagée" in result.err and "تالفة" in result.err


def test_backups_at_export_and_at_exit_keep_the_last_ones(tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    for n in range(KEEP + 3):
        services = open_services(data_dir=folder, agent="t")
        services.sessions.create_session(place=f"مكان {n}", date=dt.date(2025, 8, 1))
        services.close()
    backups = list_backups(folder)
    assert len(backups) == KEEP
    assert all(p.name.endswith("-exit.sqlite3") for p in backups)
    assert (folder / "backups" / "identity" / "device_key.pem").exists()
    newest = sqlite3.connect(backups[-1])
    assert newest.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == KEEP + 3
    newest.close()
    # Opening and closing without writing makes no backup.
    open_services(data_dir=folder).close()
    assert list_backups(folder) == backups


def test_a_kill_during_a_backup_leaves_the_earlier_ones_intact(tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    _laptop_with_person(folder)
    services = open_services(data_dir=folder, agent="t")
    services.store.db.execute("CREATE TABLE ballast (x BLOB)")
    with services.store.db.conn:
        services.store.db.conn.executemany(
            "INSERT INTO ballast VALUES (?)", ((os.urandom(4096),) for _ in range(40_000))
        )
    services.close()  # a backup of ~160 MB
    before = {p: p.stat().st_size for p in list_backups(folder)}
    script = (
        "import sys; from fieldapp.services.app import open_services\n"
        f"s = open_services(data_dir={str(folder)!r})\n"
        "print('go', flush=True)\n"
        "s.store.backup('kill-test')\n"
        "print('finished', flush=True)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "go"
    deadline = time.monotonic() + 30
    while not list((folder / "backups").glob("*.partial")) and time.monotonic() < deadline:
        time.sleep(0.005)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert {p: p.stat().st_size for p in list_backups(folder)} == before
    for path in before:
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        conn.close()


def test_restore_brings_back_a_known_state(tmp_path: Path, cli, data_dir: Path) -> None:
    person = _laptop_with_person(data_dir)
    known = list_backups(data_dir)[-1]
    services = open_services(data_dir=data_dir, agent="t")
    services.attendees.delete(attendee_id=person)
    services.close()
    (data_dir / "fieldapp.sqlite3").write_bytes(b"not a database at all" * 100)
    listed = cli("restore", "--list")
    assert listed.code == 0 and known.name in listed.out
    restored = cli("restore", known.name)
    assert restored.code == 0, restored.err
    services = open_services(data_dir=data_dir, agent="t")
    try:
        assert services.store.attendees.get(person).name_ar == "فاطمة"
    finally:
        services.close()
    assert list(data_dir.glob("fieldapp.sqlite3.replaced-*"))


def test_a_full_stick_names_the_file_and_what_to_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    target = tmp_path / "stick" / "x.csv"
    target.parent.mkdir()
    with pytest.raises(atomic.DiskFull) as failure:
        atomic.atomic_write_bytes(target, b"data")
    assert str(target) in str(failure.value) and "Free some space" in str(failure.value)
    assert "Errno" not in str(failure.value)
    assert list(target.parent.iterdir()) == []


def test_a_database_written_by_a_newer_version_is_left_alone_and_told_in_the_cli(
    tmp_path: Path, cli_process, data_dir: Path
) -> None:
    _laptop_with_person(data_dir)
    database = data_dir / "fieldapp.sqlite3"
    with sqlite3.connect(database) as conn:  # what a later fieldapp's migration leaves
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) "
            "VALUES ((SELECT MAX(version) + 1 FROM schema_migrations), 'later', '2027-01-01')"
        )
    conn.close()
    before = database.read_bytes()
    with pytest.raises(DataFolderDamaged) as refused:
        open_services(data_dir=data_dir)
    assert not refused.value.restorable  # a backup would throw away the newer version's work
    assert str(database) in refused.value.message("fr")
    assert "version plus récente" in refused.value.message("fr")
    result = cli_process("session", "list")
    assert result.code == 1
    assert "Traceback" not in result.err
    assert "newer version of fieldapp" in result.err and "نسخة أحدث" in result.err
    assert database.read_bytes() == before
