"""The registry export is for a clerk phoning people back: opened in a spreadsheet, it reads in
the clerk's language — headings, gender, follow-up status, outcomes by their titles — with
phones as text, an Arabic sheet right to left, and the stored codes nowhere in it."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldapp.domain.models import AttendeeInput, Gender
from fieldapp.domain.people import PersonRow
from fieldapp.services.app import AppServices
from fieldapp.services.office.registry import FOLLOW_UP_STATUSES
from fieldapp.services.office.registry_export import export_people
from tests.conftest import CliResult

from .office_kit import make_laptop, make_office, new_session


@pytest.fixture
def office(tmp_path: Path) -> Iterator[AppServices]:
    """An office that imported one laptop's day: Fatima, told to register, then contacted."""
    office = make_office(tmp_path)
    laptop = make_laptop(tmp_path, "lap1", office)
    try:
        fatima = laptop.attendees.register(
            session_id=new_session(laptop),
            data=AttendeeInput(
                name_ar="فاطمة", cin="JA123456", phone="+212612345678", birth_year=1980,
                gender=Gender.FEMALE, consent=True,
            ),
        )  # fmt: skip
        laptop.answers.set_answers(attendee_id=fatima.id, values={"rna_status": "not_registered"})
        bundle = laptop.bundle_export.export_bundle(target=tmp_path)
        report = office.bundle_import.import_bundles(paths=[bundle.path], trust_new_devices=True)
        assert report.ok, report.to_dict()
    finally:
        laptop.close()
    office.office.set_follow_up(person="JA123456", status="contacted", note="rappeler lundi")
    yield office
    office.close()


def _outcomes(office: AppServices, lang: str, separator: str) -> tuple[list[str], str]:
    """Fatima's outcome ids, and the cell that lists their titles (from the form) in `lang`."""
    (person,) = office.office.people()
    (form,) = office.forms.list_forms()
    assert person.outcomes
    titles = [form.outcome_title(outcome, lang) for outcome in person.outcomes]
    return list(person.outcomes), separator.join(titles)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_french_csv_reads_in_french(office: AppServices, tmp_path: Path) -> None:
    path, count = office.office.export_people(path=tmp_path / "suivi.csv", lang="fr")
    (row,) = _csv_rows(path)
    assert count == 1
    assert row["CIN"] == "JA123456" and row["Nom (arabe)"] == "فاطمة"
    assert row["Téléphone"] == "06 12 34 56 78"
    assert row["Sexe"] == "Femme"
    assert row["Année de naissance"] == "1980"
    assert row["Séances suivies"] == "1" and row["Lieu de la dernière séance"] == "كلميم"
    ids, titles = _outcomes(office, "fr", ", ")
    assert row["Orientations"] == titles
    assert row["Suivi"] == "Contacté" and row["Note de suivi"] == "rappeler lundi"
    # The stored codes are not what a clerk reads.
    assert not {"F", "contacted"} & set(row.values())
    assert not any(outcome in cell for outcome in ids for cell in row.values())


def test_an_arabic_workbook_reads_right_to_left_in_arabic(
    office: AppServices, tmp_path: Path
) -> None:
    path, _count = office.office.export_people(path=tmp_path / "suivi.xlsx", lang="ar")
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.sheet_view.rightToLeft is True
    assert sheet.title == "سجل الأشخاص"
    heading, cells = (list(row) for row in sheet.iter_rows(min_row=1, max_row=2))
    row = {h.value: c for h, c in zip(heading, cells, strict=True)}
    assert all(h.font.bold for h in heading)
    assert row["الجنس"].value == "أنثى"
    assert row["المتابعة"].value == "تم الاتصال"
    assert row["التوجيهات"].value == _outcomes(office, "ar", "، ")[1]
    phone = row["الهاتف"]
    assert phone.value == "06 12 34 56 78" and phone.data_type == "s"
    assert row["سنة الازدياد"].value == 1980
    assert all(c.data_type != "f" for c in cells)


@pytest.fixture
def data_dir(office: AppServices) -> Path:
    """The `cli` fixture's data folder: the office's."""
    return office.data_dir


def test_the_cli_export_follows_lang(
    office: AppServices, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    result = cli("--lang", "fr", "office", "export", "-o", str(tmp_path / "r.csv"))
    assert result.code == 0, result.err
    (row,) = _csv_rows(tmp_path / "r.csv")
    assert row["Suivi"] == "Contacté" and row["Sexe"] == "Femme"
    english = cli("office", "export", "-o", str(tmp_path / "r.xlsx"))
    assert english.code == 0, english.err
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None and sheet.sheet_view.rightToLeft is not True
    first = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert first[:2] == ["Person ID", "CIN"] and "Follow-up" in first
    # Scripts keep the codes: `office people --json`.
    people = cli("office", "people", "--json")
    ids, _titles = _outcomes(office, "en", ", ")
    assert '"follow_up": "contacted"' in people.out and f'"{ids[0]}"' in people.out


def _person(outcomes: tuple[str, ...], follow_up: str) -> PersonRow:
    return PersonRow(
        person_key="p1", attendee_id="a1", cin="JA123456", name_ar="فاطمة", name_lat="",
        phone="", birth_year=None, gender=None, craft="", province="", commune="",
        sessions=1, first_date="2025-08-01", last_date="2025-08-01", last_place="كلميم",
        last_session_id="s", outcomes=outcomes, answers_complete=True, follow_up=follow_up,
        follow_up_note="", follow_up_at="",
    )  # fmt: skip


def test_an_outcome_of_a_form_this_office_lacks_is_labelled_so(tmp_path: Path) -> None:
    titles = {"known": "Inscription au registre"}
    path = export_people(
        tmp_path / "r.csv", [_person(("known", "retired"), "")], lang="fr", outcome_titles=titles
    )
    (row,) = _csv_rows(path)
    assert row["Orientations"] == (
        "Inscription au registre, Orientation absente des formulaires installés : retired"
    )
    assert row["Suivi"] == "Non défini"
    assert row["Sexe"] == "" and row["Téléphone"] == ""


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_every_follow_up_status_has_its_word(tmp_path: Path, lang: str) -> None:
    people = [_person((), status) for status in FOLLOW_UP_STATUSES]
    path = export_people(tmp_path / "r.csv", people, lang=lang)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        heading, *rows = list(csv.reader(handle))
    column = heading.index({"ar": "المتابعة", "fr": "Suivi", "en": "Follow-up"}[lang])
    words = [row[column] for row in rows]
    assert len(set(words)) == len(FOLLOW_UP_STATUSES)
    assert not set(words) & set(FOLLOW_UP_STATUSES)
