"""Compound Arabic names typed with or without the space, Latin spellings that sound alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fieldapp.domain.arabic import compound_variants
from fieldapp.domain.ids import uuid7
from fieldapp.domain.models import Attendee, Session
from fieldapp.store import Store, load_or_create_device
from fieldapp.store.search import INDEX_VERSION, SearchIndex, phonetic_keys


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path, load_or_create_device(tmp_path))
    yield opened
    opened.close()


def _people(store: Store, *names: tuple[str, str]) -> dict[str, str]:
    with store.transaction("a") as stamp:
        session = store.sessions.insert(
            stamp, Session(id=uuid7(), place="Tan-Tan", date=dt.date(2025, 3, 1))
        )
        ids = {}
        for name_ar, name_lat in names:
            person = Attendee(id=uuid7(), session_id=session.id, name_ar=name_ar, name_lat=name_lat)
            store.attendees.insert(stamp, person)
            ids[name_ar or name_lat] = person.id
    return ids


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("عبد الله الصحراوي", "عبدالله"),
        ("عبدالله الصحراوي", "عبد الله"),
        ("عبد الرحمن بوزيد", "عبدالرحمن"),
        ("عبدالرحمن بوزيد", "عبد الرحمن"),
        ("أبو بكر السالمي", "ابوبكر"),
        ("ابوبكر السالمي", "أبو بكر"),
        ("محمد بن علي", "بنعلي"),
        ("سيدي ولد أحمد", "ولداحمد"),
    ],
)
def test_compound_names_with_or_without_the_space(store: Store, stored: str, typed: str) -> None:
    ids = _people(store, (stored, ""), ("فاطمة الزهراء", ""))
    assert store.search.match(typed) == [ids[stored]]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Mohamed Alaoui", "Muhammad"),
        ("Muhammad Alaoui", "Mohammed"),
        ("Brahim Ait Lahcen", "Ibrahim"),
        ("Ibrahim Ait Lahcen", "Brahim"),
        ("Youssef Ouali", "Youssouf"),
        ("Youssouf Ouali", "Youssef"),
    ],
)
def test_latin_spellings_that_sound_alike(store: Store, stored: str, typed: str) -> None:
    ids = _people(store, ("", stored), ("", "Fatima Zahra"))
    assert store.search.match(typed) == [ids[stored]]


def test_an_exact_spelling_ranks_first(store: Store) -> None:
    ids = _people(store, ("", "Mohammed Alaoui"), ("", "Mohamed Alaoui"))
    assert store.search.match("Mohamed")[0] == ids["Mohamed Alaoui"]


def test_variants_and_keys() -> None:
    assert compound_variants("عبد الله") == ["عبدالله"]
    assert compound_variants("عبدالرحمن") == ["عبد", "الرحمن"]
    assert compound_variants("فاطمة") == []
    assert phonetic_keys("mohamed") == phonetic_keys("muhammad")
    assert phonetic_keys("ibrahim")[-1] == phonetic_keys("brahim")[0]
    assert phonetic_keys("عبد") == []


def test_an_index_written_by_an_older_version_is_rebuilt(store: Store) -> None:
    ids = _people(store, ("عبد الله", "Mohamed"))
    # what version 1 wrote: the normalised names only, and no version stamp
    store.db.execute("UPDATE attendee_search SET name_ar = 'عبد الله', name_lat = 'mohamed'")
    store.db.execute("DELETE FROM meta WHERE key = 'search_index_version'")
    store.db.conn.commit()
    assert store.search.match("عبدالله") == []
    rebuilt = SearchIndex(store.db)
    assert rebuilt.match("عبدالله") == [ids["عبد الله"]]
    assert rebuilt.match("Muhammad") == [ids["عبد الله"]]
    assert store.settings.get("search_index_version") == INDEX_VERSION


def test_tatweel_is_printed_as_typed_and_ignored_by_search(store: Store) -> None:
    from fieldapp.documents.bidi_text import display_line

    ids = _people(store, ("محمـد الصالح", ""))
    assert store.search.match("محمد") == [ids["محمـد الصالح"]]
    assert "\u0640" in display_line("محمـد الصالح", rtl=True)
