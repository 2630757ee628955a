"""One outreach day from the command line: 30 people pre-registered, 5 checked in, 2
walk-ins. Every count says 7 present (2 of them walk-ins) and 25 expected who did not come:
the session list, the summary, the sheet, the CSV and XLSX, the bundle, and the office after
import, where the 25 are a follow-up list of their own."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import CliResult


def _runner(data: Path):
    from fieldapp.cli import main

    def run(*args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        old = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            try:
                code = main(["--data-dir", str(data), "--lang", "fr", *args])
            except SystemExit as exit_:
                code = int(exit_.code or 0)
        finally:
            sys.stdout, sys.stderr = old
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


def _ok(result: CliResult) -> CliResult:
    assert result.code == 0, result.err
    return result


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_thirty_pre_registered_five_checked_in_two_walk_ins(tmp_path: Path) -> None:
    laptop, office = _runner(tmp_path / "laptop"), _runner(tmp_path / "office")
    _ok(office("office", "init", "--unprotected"))
    profile = tmp_path / "profile.json"
    _ok(office("office", "profile", "-o", str(profile), "--name", "Chambre Guelmim"))
    _ok(laptop("enroll", str(profile)))

    session = _ok(
        laptop("session", "new", "--place", "Sidi Ifni", "--date", "2025-08-01")
    ).out.strip()
    listing = tmp_path / "liste.csv"
    listing.write_text(
        "cin,name_lat,phone\n"
        + "".join(f"JA{100000 + n},Personne {n},06{12340000 + n}\n" for n in range(30)),
        encoding="utf-8",
    )
    report = json.loads(_ok(laptop("attendees", "import", session, str(listing), "--json")).out)
    assert len(report["imported"]) == 30 and report["rejected"] == []
    people = json.loads(_ok(laptop("attendees", "list", session, "--json")).out)
    assert {p["status"] for p in people} == {"expected"}
    for person in people[:5]:
        assert "present" in _ok(laptop("attendees", "check-in", person["id"])).out
    for n in range(2):
        _ok(
            laptop(
                "attendees", "add", session, "--name-lat", f"Visiteur {n}",
                "--cin", f"JB{200000 + n}", "--consent",
            )
        )  # fmt: skip

    statuses = [p["status"] for p in json.loads(laptop("attendees", "list", session, "--json").out)]
    assert (statuses.count("present"), statuses.count("walk_in")) == (5, 2)
    assert statuses.count("expected") == 25

    [listed] = json.loads(_ok(laptop("session", "list", "--json")).out)
    assert (listed["attendees"], listed["present"], listed["walk_ins"], listed["expected"]) == (
        32, 7, 2, 25,
    )  # fmt: skip

    summary = tmp_path / "bilan.pdf"
    _ok(laptop("summary", session, "-o", str(summary), "--lang", "fr"))
    text = _pdf_text(summary)
    assert "Présents : 7 (dont sans préinscription : 2)" in text
    assert "Attendus non arrivés : 25" in text
    assert "sur les inscrits (32), ci-dessous sur les présents (7)" in text

    sheet = tmp_path / "feuille.pdf"
    _ok(laptop("sheet", session, "-o", str(sheet), "--lang", "fr"))
    sheet_text = _pdf_text(sheet)
    assert "Préinscrits non arrivés (25)" in sheet_text
    assert len(re.findall(r"\b\d\d:\d\d\b", sheet_text)) == 7  # arrival times

    sheet_csv = tmp_path / "presence.csv"
    _ok(laptop("sheet", session, "-o", str(sheet_csv), "--lang", "fr"))
    with sheet_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    column = [r["Présence"] for r in rows]
    assert (column.count("Présent"), column.count("Sur place"), column.count("Attendu")) == (
        5, 2, 25,
    )  # fmt: skip
    sheet_xlsx = tmp_path / "presence.xlsx"
    _ok(laptop("sheet", session, "-o", str(sheet_xlsx), "--lang", "fr"))
    sheet_rows = list(load_workbook(sheet_xlsx).active.iter_rows(values_only=True))
    at = list(sheet_rows[0]).index("Présence")
    assert [r[at] for r in sheet_rows[1:]].count("Attendu") == 25

    exported = json.loads(
        _ok(laptop("bundle", "export", "-o", str(tmp_path / "day.fieldbundle"), "--json")).out
    )
    assert exported["counts"]["attendees"] == 32
    assert exported["attendance"] == {
        "total": 32, "present": 7, "expected": 25, "walk_ins": 2, "absent": 0,
    }  # fmt: skip

    _ok(office("bundle", "import", "--trust-device", exported["file"]))
    registry = json.loads(_ok(office("office", "people", "--json")).out)
    assert len(registry) == 32
    attended = [p for p in registry if p["attended"]]
    absent = [p for p in registry if p["absent"]]
    assert len(attended) == 7 and len(absent) == 25
    assert all(p["last_place"] == "" and p["last_date"] == "" for p in absent)
    assert all(p["last_place"] == "Sidi Ifni" for p in attended)
    to_call = json.loads(
        _ok(office("office", "people", "--filter", "pre_registered_absent", "--json")).out
    )
    assert sorted(p["cin"] for p in to_call) == sorted(p["cin"] for p in absent)
    walk_ins = [p for p in attended if p["cin"].startswith("JB")]
    assert len(walk_ins) == 2
    [at_office] = json.loads(_ok(office("session", "list", "--json")).out)
    assert (at_office["present"], at_office["expected"], at_office["walk_ins"]) == (7, 25, 2)
