"""`python -m fieldapp forms validate|show` in a subprocess, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "data" / "forms" / "broken"


def fieldapp(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FIELDAPP_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    env.pop("FIELDAPP_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "fieldapp", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_bundled_forms_validate(tmp_path: Path) -> None:
    files = sorted(str(path) for path in (ROOT / "forms").glob("*.yaml"))
    assert files
    result = fieldapp("forms", "validate", *files, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"{files[0]}: ok (form outreach-amo-rna version " in result.stdout
    assert result.stderr == ""


def test_broken_forms_are_refused_one_line_per_problem(tmp_path: Path) -> None:
    good = str(ROOT / "forms" / "outreach-amo-rna.yaml")
    bad = str(BROKEN / "unknown_reference.yaml")
    result = fieldapp("forms", "validate", good, bad, data_dir=tmp_path)
    assert result.returncode == 1
    assert f"{good}: ok" in result.stdout
    assert (
        f"{bad}: question 'age': relevant: unknown question 'height'" in result.stderr.splitlines()
    )


def test_show_summary_and_json(tmp_path: Path) -> None:
    summary = fieldapp("--lang", "fr", "forms", "show", "outreach-amo-rna", data_dir=tmp_path)
    assert summary.returncode == 0, summary.stderr
    assert "Journée de sensibilisation" in summary.stdout
    assert "amo_enroll_tns: Assurance maladie (AMO) à la CNSS par le registre" in summary.stdout
    assert not (tmp_path / "fieldapp.sqlite3").exists()
    shown = fieldapp("forms", "show", "outreach-amo-rna", "--json", data_dir=tmp_path)
    payload = json.loads(shown.stdout)
    assert payload["id"] == "outreach-amo-rna"
    assert len(payload["content_hash"]) == 64
    assert payload["definition"]["questions"][0]["id"] == "intro"
    missing = fieldapp("forms", "show", "nope", data_dir=tmp_path)
    assert missing.returncode == 1
    assert "form 'nope' not found" in missing.stderr


def test_show_speaks_the_language_asked_and_keeps_ids_and_expressions(tmp_path: Path) -> None:
    french = fieldapp("--lang", "fr", "forms", "show", "outreach-amo-rna", data_dir=tmp_path)
    assert french.returncode == 0, french.stderr
    lines = french.stdout.splitlines()
    assert lines[1].startswith("source : ") and "questions :" in lines and "résultats :" in lines
    assert "  practice_mode [select_one obligatoire choix : practice_mode] Comment exercez" in (
        french.stdout
    )
    assert "[text affichée si : ${craft_sector} = 'other'] Précisez le métier" in french.stdout
    for english in ("required", "relevant:", "constraint:", "choices=", "outcomes:"):
        assert english not in french.stdout, english
    arabic = fieldapp("--lang", "ar", "forms", "show", "outreach-amo-rna", data_dir=tmp_path)
    assert arabic.returncode == 0, arabic.stderr
    lines = arabic.stdout.splitlines()
    assert lines[1].startswith("المصدر: \u2068") and "الأسئلة:" in lines and "النتائج:" in lines
    assert "إجباري" in arabic.stdout and "يظهر إذا: \u2068${craft_sector} = 'other'\u2069" in (
        arabic.stdout
    )
    assert "  11 \u2068rna_register_artisan\u2069: " in arabic.stdout  # ids isolated, counts bare
    for english in ("required", "relevant:", "constraint:", "choices=", "outcomes:", "source:"):
        assert english not in arabic.stdout, english


def test_decision_table_of_the_default_form(tmp_path: Path) -> None:
    csv_path = tmp_path / "table.csv"
    result = fieldapp(
        "forms", "decision-table", "outreach-amo-rna", "-o", str(csv_path), data_dir=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "combinations in" in result.stdout
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("row,practice_mode,has_diploma,years_practice,rna_status")
    assert any("rna_not_yet_eligible + amo_tadamon_rsu" in line for line in lines)
    pdf = tmp_path / "table.pdf"
    result = fieldapp(
        "--lang",
        "fr",
        "forms",
        "decision-table",
        str(ROOT / "forms" / "outreach-amo-rna.yaml"),
        "-o",
        str(pdf),
        "--province",
        "Tan-Tan",
        data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Relu pour la CNSS" in text and "https://rna.gov.ma/faq/" in text
    assert "Aucune combinaison ne donne deux résultats qui s'excluent" in text
    bad = fieldapp(
        "forms",
        "decision-table",
        "outreach-amo-rna",
        "-o",
        str(tmp_path / "t.doc"),
        data_dir=tmp_path,
    )
    assert bad.returncode == 1 and ".pdf or .csv" in bad.stderr
