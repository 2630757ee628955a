"""`fieldapp self-test`: one line per check, exit 0 only when all pass, the user's data untouched."""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.pdfgen import canvas

from fieldapp.services import self_test

CHECKS = (
    "fonts",
    "font licence",
    "translations",
    "default form",
    "temporary store",
    "Arabic checklist PDF",
    "Amiri embedded in PDF",
    "print preview",
)


def test_a_working_installation_passes_every_check_in_a_deleted_temp_dir(
    cli_process, data_dir: Path, tmp_path: Path
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    result = cli_process("self-test", env={"TMPDIR": str(temp), "TEMP": str(temp)})
    assert result.code == 0, result.out + result.err
    lines = result.out.splitlines()
    assert [line.split(" (")[0] for line in lines] == [f"ok  {name}" for name in CHECKS]
    assert "ok  Amiri embedded in PDF (Amiri-Bold, Amiri-Regular)" in lines
    # the checklist's size, counted in words, never as "page(s)"
    assert re.fullmatch(r"ok  Arabic checklist PDF \(2 pages, \d+ KB\)", lines[5]), lines[5]
    assert "all 8 checks passed" in result.err
    # --data-dir was given, yet never opened; the temporary folder is gone.
    assert not data_dir.exists()
    assert list(temp.iterdir()) == []


def test_a_missing_font_fails_with_a_clear_line_and_exit_1(
    cli, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    real = self_test.resource_path
    gone = tmp_path / "resources"

    def without_regular_font(*parts: str) -> Path:
        if parts == ("fonts", "Amiri-Regular.ttf"):
            return gone.joinpath(*parts)
        return real(*parts)

    monkeypatch.setattr(self_test, "resource_path", without_regular_font)
    result = cli("self-test")
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0].startswith("FAIL fonts: missing fonts/Amiri-Regular.ttf in ")
    assert "reinstall fieldapp" in lines[0]
    # The other checks still ran and passed; the summary says how many failed.
    assert all(line.startswith("ok  ") for line in lines[1:])
    assert "1 of 8 checks failed" in result.err
    assert not data_dir.exists()


def test_a_later_check_is_skipped_when_the_one_it_needs_failed(cli, monkeypatch) -> None:
    monkeypatch.setattr(self_test, "DEFAULT_FORM_FILE", "no-such-form.yaml")
    result = cli("self-test")
    assert result.code == 1
    assert "FAIL default form: " in result.out
    assert "no-such-form.yaml not found; reinstall fieldapp" in result.out
    assert "FAIL temporary store: not run, because default form failed" in result.out
    assert "FAIL print preview: not run, because" in result.out


def test_embedded_fonts_tells_a_standard_font_from_an_embedded_one(tmp_path: Path) -> None:
    path = tmp_path / "helvetica.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("Helvetica", 12)
    page.drawString(72, 720, "not embedded")
    page.save()
    assert self_test.embedded_fonts(path.read_bytes()) == set()


def test_the_checklist_size_is_counted_in_the_language_asked(tmp_path: Path) -> None:
    # the sample checklist has two pages: the Arabic dual, not "2 صفحة(ات)"
    report = self_test.run_self_test(work_dir=tmp_path, lang="ar")
    pdf = next(check for check in report.checks if check.name == "Arabic checklist PDF")
    assert pdf.ok and re.fullmatch(r"صفحتان، \d+ كيلوبايت", pdf.detail), pdf.detail
