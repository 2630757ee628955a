"""Answers, eligibility and documents from the CLI, on a realistic session."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

DATA = Path(__file__).resolve().parents[1] / "data"
PDFTOTEXT = shutil.which("pdftotext")


def _text(pdf: Path) -> str:
    assert PDFTOTEXT
    out = subprocess.run(
        [PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # pdftotext marks embedded left-to-right runs (U+202A…U+202C); they are not text
    return unicodedata.normalize("NFKC", out).translate(dict.fromkeys(range(0x202A, 0x202F)))


@pytest.fixture
def session(cli) -> tuple[str, dict[str, str]]:
    session_id = cli(
        "session",
        "new",
        "--place",
        "سيدي إفني",
        "--date",
        "2025-08-01",
        "--venue",
        "قاعة المسيرة الخضراء",
    ).out.strip()
    cli("attendees", "import", session_id, str(DATA / "prereg_messy.csv"))
    people = json.loads(cli("attendees", "list", session_id, "--json").out)
    return session_id, {p["cin"]: p["id"] for p in people}


def test_answers_give_the_right_outcomes_and_arabic_items(cli, session) -> None:
    _, ids = session
    attendee = ids["JA123456"]
    result = cli(
        "answers",
        "set",
        attendee,
        "has_diploma=no",
        "years_practice=12",
        "practice_mode=individual",
        "rna_status=not_registered",
        "amo_status=none",
        "tax_regime=none",
        "can_pay=yes",
        "rsu_status=not_in_rsu",
        "documents_held=cin_copy",
        'dependants=[{"relationship": "child", "name": "سارة", "birth_year": 2015}]',
    )
    assert result.code == 0, result.err
    report = json.loads(cli("--lang", "ar", "eligibility", attendee, "--json").out)
    ids_found = [o["id"] for o in report["outcomes"]]
    # reviewed (issue 14): twelve years register now as an artisan; the master title is an
    # option; CNSS comes after the register, never in parallel
    assert ids_found[:2] == ["rna_register_artisan", "rna_master_option"]
    assert {"amo_enrol_after_register", "declare_dependants"} <= set(ids_found)
    assert "amo_enroll_tns" not in ids_found
    texts = [item["text"] for o in report["outcomes"] for item in o["items"]]
    assert "أحضر نسخة بطاقتك الوطنية (CIN) التي عندك" in texts
    assert len(texts) == len(set(texts))
    french = json.loads(cli("--lang", "fr", "eligibility", attendee, "--json").out)
    assert french["outcomes"][0]["title"].startswith("Inscrivez-vous au registre")


def test_a_beginner_is_told_what_to_do_instead(cli, session) -> None:
    _, ids = session
    attendee = ids["JB22222"]
    cli(
        "answers",
        "set",
        attendee,
        "has_diploma=no",
        "years_practice=1",
        "rna_status=not_registered",
        "amo_status=cnops",
        "practice_mode=individual",
    )
    outcomes = [o["id"] for o in json.loads(cli("eligibility", attendee, "--json").out)["outcomes"]]
    assert "rna_not_yet_eligible" in outcomes
    # reviewed (issue 14): CNOPS cover is "check with CNSS", not "already covered"
    assert "amo_covered_check_activity" in outcomes
    assert "amo_enroll_tns" not in outcomes


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ("years_practice=-3", "years_practice"),
        ("bogus=1", "bogus"),
        ("rna_status=maybe", "rna_status"),
        ("years_practice", "KEY=VALUE"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_saved(
    cli, session, pair: str, message: str
) -> None:
    _, ids = session
    attendee = ids["BK7788"]
    result = cli("answers", "set", attendee, pair)
    assert result.code == 1
    assert message in result.err
    shown = json.loads(cli("answers", "show", attendee, "--json").out)
    assert shown["answers"] == {}


COMPLETE_ANSWERS = (
    "has_diploma=yes",
    "years_practice=4",
    "rna_status=not_registered",
    "amo_status=none",
    "practice_mode=individual",
    "tax_regime=none",
    "can_pay=yes",
    "rsu_status=unknown",
)


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils not installed")
def test_documents_come_out_of_the_cli(cli, session, tmp_path: Path) -> None:
    session_id, ids = session
    cli("answers", "set", ids["JA123456"], *COMPLETE_ANSWERS)
    one = tmp_path / "checklist.pdf"
    assert cli("checklist", ids["JA123456"], "-o", str(one)).code == 0
    text = _text(one)
    assert "أحمد بنعلي" in text and "JA123456" in text
    assert "اصنع نسخة من بطاقتك الوطنية" in text

    # A checklist whose questionnaire is not complete would give advice on missing answers.
    fatima = next(key for key in ids if key != "JA123456")
    refused = cli("--lang", "fr", "checklist", ids[fatima], "-o", str(tmp_path / "f.pdf"))
    assert refused.code == 1
    assert "répondez à ces questions avant d'imprimer" in refused.err
    assert "Traceback" not in refused.err

    batch = tmp_path / "all.pdf"
    partial = cli("checklist", "--session", session_id, "-o", str(batch), "--lang", "fr")
    assert partial.code == 0
    assert "questionnaire not complete" in partial.err
    assert "Fatima Zahra Benali" not in _text(batch)
    for key in ids:
        if key != "JA123456":
            cli("answers", "set", ids[key], *COMPLETE_ANSWERS)
    assert cli("checklist", "--session", session_id, "-o", str(batch), "--lang", "fr").code == 0
    assert "Fatima Zahra Benali" in _text(batch)
    people = json.loads(cli("attendees", "list", session_id, "--json").out)
    assert all(p["printed_at"] for p in people)

    sheet = tmp_path / "sheet.pdf"
    assert cli("sheet", session_id, "-o", str(sheet)).code == 0
    assert "ورقة الحضور" in _text(sheet)
    csv_path = tmp_path / "sheet.csv"
    assert cli("sheet", session_id, "-o", str(csv_path)).code == 0
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "BK7788" in csv_path.read_text(encoding="utf-8-sig")
    xlsx = tmp_path / "sheet.xlsx"
    assert cli("sheet", session_id, "-o", str(xlsx), "--lang", "fr").code == 0
    values = [c for row in load_workbook(xlsx).active.iter_rows(values_only=True) for c in row]
    assert "JF66666" in values

    summary = tmp_path / "summary.pdf"
    assert cli("summary", session_id, "-o", str(summary)).code == 0
    assert "4" in _text(summary)
    assert not list(tmp_path.glob(".*.tmp"))


def test_document_refusals(cli, session, tmp_path: Path) -> None:
    session_id, ids = session
    assert cli("sheet", session_id, "-o", str(tmp_path / "sheet.doc")).code == 1
    assert cli("summary", session_id, "-o", str(tmp_path / "summary.txt")).code == 1
    result = cli("checklist", ids["JA123456"], "-o", str(tmp_path / "missing-dir" / "c.pdf"))
    assert result.code == 1
    assert "Traceback" not in result.err


def test_form_edited_without_new_version_is_refused(cli, data_dir: Path, session) -> None:
    _, ids = session
    answered = cli(
        "answers",
        "set",
        ids["JA123456"],
        "has_diploma=yes",
        "years_practice=4",
        "rna_status=not_registered",
        "amo_status=none",
        "practice_mode=individual",
        "tax_regime=none",
        "can_pay=yes",
        "rsu_status=unknown",
    )
    assert answered.code == 0
    forms_dir = data_dir / "forms"
    forms_dir.mkdir()
    original = (Path(__file__).resolve().parents[2] / "forms" / "outreach-amo-rna.yaml").read_text(
        encoding="utf-8"
    )
    marker = "اصنع نسخة من بطاقتك الوطنية (CIN)"
    assert marker in original
    # Same id and version, one label changed:
    edited = original.replace(marker, marker + " (مصادق عليها)", 1)
    (forms_dir / "outreach-amo-rna.yaml").write_text(edited, encoding="utf-8")
    result = cli("session", "new", "--place", "Tan-Tan", "--date", "2025-09-01")
    assert result.code == 1
    assert "new version number" in result.err
    # Answers given under the stored version still evaluate with it.
    report = json.loads(cli("--lang", "ar", "eligibility", ids["JA123456"], "--json").out)
    texts = [item["text"] for o in report["outcomes"] for item in o["items"]]
    assert marker in texts
    assert marker + " (مصادق عليها)" not in texts
