from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from fieldapp.domain.models import Origin
from fieldapp.services.app import AppServices
from fieldapp.services.preregistration import ImportRefused, import_preregistration

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture
def session_id(services: AppServices) -> str:
    return services.sessions.create_session(place="Sidi Ifni", date=dt.date(2025, 8, 1)).id


def _import(services: AppServices, session_id: str, path: Path, lang: str = "en"):
    return import_preregistration(services.context, session_id=session_id, path=path, lang=lang)


def test_messy_csv_gives_an_exact_report(services: AppServices, session_id: str) -> None:
    report = _import(services, session_id, DATA / "prereg_messy.csv")
    assert [n.line for n in report.imported] == [2, 3, 4, 7, 8, 11, 12]
    assert [(d.line, d.cin) for d in report.duplicates] == [(10, "JA123456")]
    assert "line 2" in report.duplicates[0].reason
    assert [(r.line, r.field, r.code, r.value) for r in report.rejected] == [
        (5, "name", "name_required", ""),
        (6, "cin", "cin_format", "J9"),
    ]
    assert [(w.line, w.name, w.cin, w.field, w.value, w.code) for w in report.warnings] == [
        (7, "يوسف العمراني", "JD44444", "phone", "12345", "phone_invalid"),
        (8, "حسن أوشن", "JE55555", "birth_year", "1850", "birth_year_range"),
        (12, "مينة تاكموتي", "JG77777", "gender", "Z", "gender_invalid"),
    ]
    people = {a.cin: a for a in services.attendees.list_in_session(session_id)}
    assert set(people) == {
        "JA123456", "JB22222", "BK7788", "JD44444", "JE55555", "JF66666", "JG77777"
    }  # fmt: skip
    assert people["JD44444"].phone == "" and people["JE55555"].birth_year is None
    assert people["JG77777"].gender is None
    assert people["JA123456"].phone == "+212612345678"
    assert people["JB22222"].phone == "+212661234567"
    assert people["BK7788"].name_lat == "Ouali, Brahim"
    assert people["BK7788"].birth_year == 1975
    assert all(a.origin is Origin.PRE_REGISTERED and not a.checked_in for a in people.values())


def test_hostile_names_are_stored_verbatim(
    services: AppServices, session_id: str, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        'name_lat,cin\n"Robert\'); DROP TABLE attendees;--",JF66666\n', encoding="utf-8"
    )
    _import(services, session_id, path)
    [attendee] = services.attendees.list_in_session(session_id)
    assert attendee.name_lat == "Robert'); DROP TABLE attendees;--"


def test_reimporting_the_same_file_changes_nothing(services: AppServices, session_id: str) -> None:
    _import(services, session_id, DATA / "prereg_messy.csv")
    before = services.attendees.list_in_session(session_id)
    audit_before = services.store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    again = _import(services, session_id, DATA / "prereg_messy.csv")
    assert again.imported == ()
    assert len(again.duplicates) == 8
    assert services.attendees.list_in_session(session_id) == before
    assert services.store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audit_before


def test_reasons_are_given_in_the_users_language(services: AppServices, session_id: str) -> None:
    report = _import(services, session_id, DATA / "prereg_messy.csv", lang="ar")
    assert report.rejected[1].reason.startswith("رقم البطاقة الوطنية")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\r\n\r\n", "empty"),
        (b"nom,prenom\nA,B\n", "bad.csv: 2 missing columns: cin, name_ar / name_lat"),
        ("name_ar,cin\nأحمد,JA1\n".encode("cp1256"), "not UTF-8"),
        (b"PK\x03\x04\x00\x00binary", "not a CSV text file"),
        (b'name_lat,cin\n"unclosed,JA1\n', ""),
    ],
)
def test_unusable_files_are_refused_and_nothing_is_written(
    services: AppServices, session_id: str, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    if message:
        with pytest.raises(ImportRefused, match=message):
            _import(services, session_id, path)
    else:
        # An unclosed quote swallows the rest of the file: the row is refused, not half-read.
        report = _import(services, session_id, path)
        assert report.imported == ()
    assert services.attendees.list_in_session(session_id) == []


def test_a_50_mb_file_is_refused_before_reading(
    services: AppServices, session_id: str, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(b"name_lat,cin\n")
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(ImportRefused, match="too large"):
        _import(services, session_id, path)


def test_missing_file_and_folder_are_refused(
    services: AppServices, session_id: str, tmp_path: Path
) -> None:
    with pytest.raises(ImportRefused, match="no such file"):
        _import(services, session_id, tmp_path / "nope.csv")
    with pytest.raises(ImportRefused, match="folder"):
        _import(services, session_id, tmp_path)


def test_tab_and_comma_delimiters_and_lf(
    services: AppServices, session_id: str, tmp_path: Path
) -> None:
    for name, text in (
        ("t.csv", "cin\tname_lat\nJA1000\tA\n"),
        ("c.csv", "cin,name_lat\nJA2000,B\n"),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert len(_import(services, session_id, path).imported) == 1
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.mark.parametrize(
    ("header", "lang", "said"),
    [
        (b"name_ar,phone", "en", "bad.csv: missing column: cin."),
        (b"phone", "en", "bad.csv: 2 missing columns: cin, name_ar / name_lat."),
        (b"name_ar,phone", "fr", "bad.csv : colonne manquante : cin."),
        (b"phone", "fr", "bad.csv : 2 colonnes manquantes : cin, name_ar / name_lat."),
        (b"name_ar,phone", "ar", "\u2068bad.csv\u2069: عمود ناقص: \u2068cin\u2069."),
        (
            b"phone",
            "ar",
            "\u2068bad.csv\u2069: عمودان ناقصان: \u2068cin, name_ar / name_lat\u2069.",
        ),
    ],
)
def test_missing_columns_are_counted_in_the_language_of_the_import(
    services: AppServices, session_id: str, tmp_path: Path, header: bytes, lang: str, said: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(header + b"\nx,0612345678\n")
    with pytest.raises(ImportRefused) as refused:
        import_preregistration(services.context, session_id=session_id, path=path, lang=lang)
    assert str(refused.value).startswith(said), str(refused.value)
