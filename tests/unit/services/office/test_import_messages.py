"""The details under a refused bundle, and write failures, told in Arabic, French and English."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from fieldapp.atomic import DiskFull, write_error_message
from fieldapp.services.bundles.errors import ExportFailed, InvalidRecords, OwnershipRefused
from fieldapp.services.bundles.messages import Detail

WHERE = Detail("where", {"kind": "attendees", "line": 3})


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "attendees line 3: field 'cin' is not a CIN"),
        ("fr", "participants ligne 3 : champ «CIN» (cin) n'est pas un numéro de CIN"),
        ("ar", "المستفيدون، السطر 3: الخانة «رقم البطاقة الوطنية» (cin) ليس رقم بطاقة وطنية"),
    ],
)
def test_a_field_problem_names_the_record_the_field_and_why(lang: str, expected: str) -> None:
    detail = Detail("field", {"where": WHERE, "field": "cin", "reason": Detail("not_cin")})
    assert detail.text(lang) == expected


def test_every_detail_and_reason_has_all_three_languages() -> None:
    from fieldapp.domain import texts as catalogue

    for context in ("refusal_detail", "refusal_reason", "refusal_lead"):
        codes = catalogue.keys(context)
        assert codes, context
        for code in codes:
            key = f"{context}.{code}"
            shown = {
                catalogue.plural(key, 5, lang, limit=5)
                if code == "too_long"
                else catalogue.template(key, lang)
                for lang in ("ar", "fr", "en")
            }
            assert len(shown) == 3, code


def test_an_invalid_bundle_lists_its_records_in_the_readers_language() -> None:
    refusal = InvalidRecords(
        [Detail("twice", {"where": WHERE, "id": "r1"}), Detail("unknown_kind", {"name": "x"})]
    )
    assert "attendees line 3: record id r1 appears twice" in refusal.message("en")
    assert "l'identifiant r1 apparaît deux fois" in refusal.message("fr")
    assert "type de fiches inconnu « x »" in refusal.message("fr")
    assert "المعرّف r1 مكرر" in refusal.message("ar")
    assert str(refusal) == refusal.message("en")


def test_an_ownership_refusal_names_the_owner_in_each_language() -> None:
    placed = Detail(
        "placed_under",
        {"kind": "attendees", "id": "p1", "parent": "sessions", "parent_id": "s1", "device": "A"},
    )
    refusal = OwnershipRefused("C", [placed])
    assert "attendees record p1 is placed under sessions record s1" in refusal.message("en")
    assert "sous la fiche s1 (séances), qui appartient à l'appareil A" in refusal.message("fr")
    assert "تحت السجل s1 من الجلسات" in refusal.message("ar")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "USB stick is full"), ("fr", "clé USB est plein"), ("ar", "مفتاح USB ممتلئ")],
)
def test_a_full_stick_names_the_file_and_what_to_free(lang: str, expected: str) -> None:
    path = Path("/media/stick/day.fieldbundle")
    full = DiskFull(path)
    assert str(path) in full.message(lang) and expected in full.message(lang)
    failed = ExportFailed(path, full)
    assert failed.message(lang) == full.message(lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "can be written to"), ("fr", "accepte l'écriture"), ("ar", "تسمح بالكتابة")],
)
def test_a_read_only_folder_names_the_file_and_what_to_do(lang: str, expected: str) -> None:
    path = Path("/media/stick/day.fieldbundle")
    error = PermissionError(errno.EACCES, "Permission denied")
    text = write_error_message(path, error, lang)
    assert str(path) in text and expected in text and "Permission denied" in text
