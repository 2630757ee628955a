"""A database failure is told wholly in the user's language: what was being done and what was
being read are catalogue texts too, never the English words the code names them by."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldapp.domain import texts
from fieldapp.store import Store, StoreError, load_or_create_device
from fieldapp.store.office.errors import DatabaseFailed

PACKAGE = Path(__file__).resolve().parents[3] / "fieldapp"
LATIN = re.compile(r"[A-Za-z]")
SERVER = "postgresql://clerk@db.chamber:5433/office"
REASON = "disk full"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path, load_or_create_device(tmp_path))
    yield opened
    opened.close()


def _busy_error(tmp_path: Path) -> sqlite3.Error:
    """A real SQLITE_BUSY: another connection holds the write lock."""
    path = tmp_path / "other.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        holder.execute("CREATE TABLE t (x)")
        holder.execute("BEGIN IMMEDIATE")
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            return error
        raise AssertionError("the second writer was not refused")
    finally:
        other.close()
        holder.close()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ar", "تعذرت قراءة المعطيات (الجلسات): قاعدة البيانات مستعملة في نافذة أخرى"),
        ("fr", "lecture impossible (les séances): la base est utilisée par une autre fenêtre"),
        ("en", "cannot read the sessions: the database is in use by another fieldapp window"),
    ],
)
def test_a_failed_read_on_the_laptop_names_what_was_read_in_the_users_language(
    store: Store, tmp_path: Path, lang: str, expected: str
) -> None:
    busy = _busy_error(tmp_path)
    with pytest.raises(StoreError) as caught, store.reading("sessions"):
        raise busy
    message = caught.value.message(lang)
    assert message.startswith(expected)
    if lang == "ar":
        assert not LATIN.search(message), message


@pytest.mark.parametrize(
    ("what", "data", "french"),
    [
        ("opening", "", "a échoué (à l'ouverture)"),
        ("saving", "", "a échoué (à l'enregistrement)"),
        ("testing", "", "a échoué (pendant le test de la connexion)"),
        ("reading", "registry", "a échoué (en lisant le registre des personnes)"),
        ("reading", "trusted_devices", "a échoué (en lisant les ordinateurs de confiance)"),
        ("reading", "tables", "a échoué (en lisant les tables de la base)"),
    ],
)
def test_the_office_database_failure_has_no_english_word_in_arabic_or_french(
    what: str, data: str, french: str
) -> None:
    error = DatabaseFailed(SERVER, what, REASON, data=data)
    arabic = error.message("ar")
    # The server's name and its own reason are quoted as they are; every other word is Arabic.
    assert SERVER in arabic and REASON in arabic
    assert not LATIN.search(arabic.replace(SERVER, "").replace(REASON, "")), arabic
    assert french in error.message("fr")
    english = error.message("en")
    assert english == str(error)
    assert english.startswith(f"The office database {SERVER} failed while ")


def test_the_office_failure_says_what_was_read() -> None:
    error = DatabaseFailed(SERVER, "reading", REASON, data="registry")
    assert "أثناء قراءة سجل الأشخاص" in error.message("ar")
    assert "failed while reading the registry of people: disk full" in error.message("en")


# The activities and the data the code names (`reading("registry")`, `DatabaseFailed(…,
# "saving", …)`) are ids of the catalogue: each one the code uses has its text.
_READING = re.compile(r"""\.reading\(\s*["']([a-z_]+)["']\)""")
_FAILED = re.compile(r"""DatabaseFailed\(\s*[^,]+,\s*["']([a-z_]+)["']""")
_DATA = re.compile(r"""DatabaseFailed\([^\n]*data=["']([a-z_]+)["']""")


def test_every_activity_and_data_the_code_names_has_its_text() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py")))
    data = set(_READING.findall(code)) | set(_DATA.findall(code))
    activities = set(_FAILED.findall(code))
    assert {"registry", "sessions", "tables"} <= data, "update the patterns"
    assert {"opening", "saving", "testing", "reading"} <= activities, "update the patterns"
    missing = [f"db_data.{d}" for d in sorted(data) if not texts.has_text(f"db_data.{d}")]
    missing += [
        f"db_activity.{a}" for a in sorted(activities) if not texts.has_text(f"db_activity.{a}")
    ]
    assert missing == []
