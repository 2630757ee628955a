"""A list with a fault in every optional field: everyone who can be identified is imported,
each fault is a warning naming the person, the field and the value as typed; only rows with
no CIN, a malformed CIN or no name are refused; importing again changes nothing; the rows to
correct can be saved, corrected and imported again."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from fieldapp.domain.models import DEFAULT_FORM_ID
from fieldapp.domain.validators import phone_assigned
from fieldapp.services.app import AppServices
from fieldapp.services.preregistration import KnownCrafts, import_preregistration

FAULTS = Path(__file__).resolve().parents[2] / "data" / "prereg_faults.csv"


@pytest.fixture
def session_id(services: AppServices) -> str:
    return services.sessions.create_session(place="Guelmim", date=dt.date(2025, 8, 1)).id


def _import(services: AppServices, session_id: str, path: Path = FAULTS, lang: str = "en"):
    crafts = KnownCrafts.of_form(services.forms.require(DEFAULT_FORM_ID))
    return import_preregistration(
        services.context, session_id=session_id, path=path, lang=lang, crafts=crafts
    )


def test_every_identifiable_person_is_imported_with_exact_warnings(
    services: AppServices, session_id: str
) -> None:
    report = _import(services, session_id)
    assert [(n.line, n.cin) for n in report.imported] == [
        (line, f"JA1000{line - 1:02d}") for line in (2, 3, 4, 5, 6, 7, 8, 9)
    ] + [(13, "JA100012"), (14, "JA100013")]
    assert [(r.line, r.name, r.cin, r.field, r.value, r.code) for r in report.rejected] == [
        (10, "خديجة بلقاسم", "", "cin", "", "required"),
        (11, "عبد الله أوعلي", "J9", "cin", "J9", "cin_format"),
        (12, "", "JA100011", "name", "", "name_required"),
    ]
    assert [(w.line, w.name, w.cin, w.field, w.value, w.code) for w in report.warnings] == [
        (3, "فاطمة أوعلي", "JA100002", "phone", "0686123456", "phone_unassigned"),
        (4, "يوسف العمراني", "JA100003", "phone", "0732123456", "phone_unassigned"),
        (5, "Brahim Ait Baha", "JA100004", "phone", "07 99 12 34 56", "phone_unassigned"),
        (6, "مينة تاكموتي", "JA100005", "phone", "12", "phone_invalid"),
        (7, "حسن أوشن", "JA100006", "birth_year", "19 80", "birth_year_format"),
        (8, "زينب آيت لحسن", "JA100007", "birth_year", "1850", "birth_year_range"),
        (9, "سعيد أمزيان", "JA100008", "gender", "X", "gender_invalid"),
        (14, "سعاد بناني", "JA100013", "craft", "صناعة الصابون البلدي", "craft_unlisted"),
    ]
    # Every reason says what to do, in full.
    assert report.warnings[0].reason == (
        "Phone: the number '0686123456' is possible but not assigned in the known numbering "
        "plan: kept; check it with the person at check-in"
    )
    people = {a.cin: a for a in services.attendees.list_in_session(session_id)}
    assert len(people) == 10
    # A craft not in the form's list is kept as typed; one in it ("نسيج") is no fault.
    assert people["JA100013"].craft == "صناعة الصابون البلدي"
    # Possible but unassigned numbers are kept, in E.164, and flagged.
    for cin, phone in (
        ("JA100002", "+212686123456"),
        ("JA100003", "+212732123456"),
        ("JA100004", "+212799123456"),
    ):
        assert people[cin].phone == phone and not phone_assigned(phone)
    assert phone_assigned(people["JA100001"].phone)
    # A faulty optional field is left empty; the rest of the person is kept.
    assert people["JA100005"].phone == "" and people["JA100005"].name_ar == "مينة تاكموتي"
    assert people["JA100006"].birth_year is None and people["JA100006"].phone
    assert people["JA100007"].birth_year is None
    assert people["JA100008"].gender is None and people["JA100008"].birth_year == 1985


def test_json_report_lists_each_entry_with_name_cin_field_value_and_reason(
    services: AppServices, session_id: str
) -> None:
    report = _import(services, session_id, lang="fr").to_dict()
    assert set(report) >= {"imported", "duplicates", "rejected", "warnings"}
    for key in ("imported", "duplicates", "rejected", "warnings"):
        for entry in report[key]:  # type: ignore[attr-defined]
            assert {"line", "name", "cin", "field", "value", "reason"} <= set(entry)
    assert report["rejected"][1]["reason"].startswith("CIN: CIN invalide « J9 »")  # type: ignore[index]


def test_reimporting_changes_nothing(services: AppServices, session_id: str) -> None:
    _import(services, session_id)
    before = services.store.db.execute("SELECT * FROM attendees ORDER BY id").fetchall()
    audit = services.store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    again = _import(services, session_id)
    assert again.imported == () and len(again.duplicates) == 10
    assert services.store.db.execute("SELECT * FROM attendees ORDER BY id").fetchall() == before
    assert services.store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audit


def test_rows_to_correct_are_saved_and_import_again_once_corrected(
    services: AppServices, session_id: str, tmp_path: Path
) -> None:
    report = _import(services, session_id)
    path = tmp_path / "to-correct.csv"
    assert report.write_corrections(path) == 11  # 3 refused + 8 warned rows
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["cin"] for r in rows][:3] == ["JA100002", "JA100003", "JA100004"]
    assert "National ID (CIN)" in rows[7]["problem"]  # line 10, no CIN
    # The clerk fills in the missing CIN and the malformed one, then imports the file again.
    rows[7]["cin"], rows[8]["cin"], rows[9]["name_ar"] = "JA100009", "JA100010", "نادية"
    # … and the phone and birth year the list got wrong for two people already imported.
    by_cin = {r["cin"]: r for r in rows}
    by_cin["JA100005"]["phone"], by_cin["JA100006"]["birth_year"] = "0612345699", "1980"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    second = _import(services, session_id, path)
    assert [n.cin for n in second.imported] == ["JA100009", "JA100010", "JA100011"]
    assert second.rejected == () and "problem" in second.ignored_columns
    assert len(services.attendees.list_in_session(session_id)) == 13
    completed = {d.cin: d for d in second.duplicates if d.code == "duplicate_completed"}
    assert set(completed) == {"JA100005", "JA100006"}
    assert "Phone" in completed["JA100005"].reason
    people = {a.cin: a for a in services.attendees.list_in_session(session_id)}
    assert people["JA100005"].phone == "+212612345699"
    assert people["JA100006"].birth_year == 1980
    # A person already seen at the desk is not changed by a list.
    services.attendees.check_in(attendee_id=people["JA100007"].id)
    by_cin["JA100007"]["birth_year"] = "1977"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    third = _import(services, session_id, path)
    assert "JA100007" not in {d.cin for d in third.duplicates if d.code == "duplicate_completed"}
    assert services.attendees.get(people["JA100007"].id).birth_year is None


def test_a_cin_typed_for_someone_else_fills_in_nothing(
    services: AppServices, session_id: str, tmp_path: Path
) -> None:
    _import(services, session_id)
    other = tmp_path / "other.csv"
    other.write_text("cin,name_ar,birth_year\nJA100007,سعاد الإدريسي,1966\n", encoding="utf-8")
    [duplicate] = _import(services, session_id, other).duplicates
    assert duplicate.code == "duplicate_cin"
    [zineb] = [a for a in services.attendees.list_in_session(session_id) if a.cin == "JA100007"]
    assert zineb.birth_year is None and zineb.name_ar == "زينب آيت لحسن"
