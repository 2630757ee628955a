"""The attendee checklist PDF: content, order, pagination, languages, page sizes."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldapp.documents import ChecklistEntry, render_checklists
from fieldapp.documents.bidi_text import display_line
from fieldapp.documents.checklist import qr_code
from fieldapp.domain.models import ChecklistItem, ItemKind, Outcome

from . import _samples as s


def _render(tmp_path: Path, entries: list[ChecklistEntry], **kwargs: object) -> tuple[Path, int]:
    path = tmp_path / "checklist.pdf"
    options: dict[str, object] = {
        "session": s.session(),
        "chamber": s.CHAMBER_AR,
        "printed_on": s.PRINTED_ON,
    }
    options.update(kwargs)
    pages = render_checklists(path, entries=entries, **options)  # type: ignore[arg-type]
    return path, pages


def _fatima_entry() -> ChecklistEntry:
    return ChecklistEntry(s.fatima(), s.outcomes_ar(), s.fatima().id)


@s.needs_pdftotext
def test_checklist_holds_names_ids_and_every_item(tmp_path: Path) -> None:
    path, pages = _render(tmp_path, [_fatima_entry()])
    assert pages == 1 == len(PdfReader(path).pages)
    text = s.pdftotext(path)
    for expected in (
        s.CHAMBER_AR,
        "كلميم",
        "دار الصانع، شارع محمد الخامس",
        "2025-08-01",
        "فاطمة الزهراء بنعلي",
        "Fatima Zahra Benali",
        "JA123456",
        "06 12 34 56 78",  # the national form, as artisans know their number
        "الخطوات",
        "الوثائق المطلوب إحضارها",
        "أين تتوجه",
        "الصفحة 1 من 1",
    ):
        assert s.squash(expected) in s.squash(text), expected
    flat = s.squash(text)
    for outcome in s.outcomes_ar():
        assert s.squash(outcome.title) in flat
        assert s.squash(outcome.explanation) in flat
        for item in outcome.items:
            if "(" in item.text:  # extractors re-order brackets their own way: checked below
                continue
            assert s.squash(item.text) in flat, item.text


@s.needs_pdftotext
def test_outcomes_print_in_the_given_order(tmp_path: Path) -> None:
    rna, amo = s.outcomes_ar()
    path, _ = _render(tmp_path, [ChecklistEntry(s.fatima(), (amo, rna), "x")])
    flat = s.squash(s.pdftotext(path))
    assert flat.index(s.squash(amo.title)) < flat.index(s.squash(rna.title))


@s.needs_pdftotext
def test_long_item_wraps_over_several_lines_with_words_in_order(tmp_path: Path) -> None:
    path, _ = _render(tmp_path, [_fatima_entry()])
    lines = [line.strip() for line in s.pdftotext(path).splitlines() if line.strip()]
    first_words = " ".join(s.LONG_ITEM.split()[:4])
    start = next(i for i, line in enumerate(lines) if line.startswith(first_words))
    joined = ""
    end = start
    while len(s.squash(joined)) < len(s.squash(s.LONG_ITEM)):
        joined = f"{joined} {lines[end]}".strip()
        end += 1
    assert end - start >= 2
    assert s.squash(joined) == s.squash(s.LONG_ITEM)


def test_lines_with_brackets_are_drawn_in_visual_order(tmp_path: Path) -> None:
    # pdfium reports characters with their x position: sorted by x they give the drawing
    # order; bracket glyphs are normalised because extractors mirror them by guesswork.
    path, _ = _render(tmp_path, [_fatima_entry()])
    drawn = [re.sub("[()]", "|", line) for line in s.visual_lines(path)]
    for logical in ("شهادة الحساب البنكي RIB (24 رقما)", "املأ استمارة التسجيل (نموذج رقم 2)"):
        expected = re.sub("[()]", "|", s.clean(display_line(logical, rtl=True)))
        assert expected in drawn


@s.needs_pdftotext
def test_batch_numbers_pages_per_attendee(tmp_path: Path) -> None:
    many_items = tuple(
        ChecklistItem(f"d{i}", ItemKind.DOCUMENT, f"وثيقة رقم {i} مطلوبة للملف") for i in range(40)
    )
    long_outcome = Outcome("long", "ملف طويل", "شرح", 1, many_items)
    entries = [
        ChecklistEntry(s.abdellah(), (long_outcome,), "a"),
        _fatima_entry(),
        ChecklistEntry(dataclasses.replace(s.abdellah(), id="c"), (), "c"),
    ]
    path, pages = _render(tmp_path, entries)
    texts = [s.squash(t) for t in s.pages_text(path)]
    assert pages == len(texts) == 4
    assert "الصفحة1من2" in texts[0] and "الصفحة2من2" in texts[1]
    assert "فاطمةالزهراءبنعلي" in texts[2] and "الصفحة1من1" in texts[2]
    assert "الصفحة1من1" in texts[3]
    assert "عبدالله" in texts[0] and "عبداللهأوعلي" in texts[3]
    assert "لميكتملالاستبيانبعد" in texts[3]
    flat = texts[0] + texts[1]
    assert all(f"وثيقةرقم{i}مطلوبةللملف" in flat for i in range(40))


@s.needs_pdftotext
def test_french_checklist_is_left_to_right(tmp_path: Path) -> None:
    outcome = Outcome(
        "rna",
        "Inscription au Registre national de l'artisanat",
        "Vous pouvez vous inscrire.",
        1,
        (ChecklistItem("d1", ItemKind.DOCUMENT, "Copie de la CIN (recto verso)"),),
    )
    path, _ = _render(
        tmp_path,
        [ChecklistEntry(s.fatima(), (outcome,), "ref")],
        session=s.session_fr(),
        lang="fr",
        chamber=s.CHAMBER_FR,
    )
    text = s.pdftotext(path)
    assert "CIN : JA123456" in text
    assert "Copie de la CIN (recto verso)" in text
    assert "Page 1 sur 1" in text
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    x = {m[1]: float(m[0]) for m in re.findall(r'xMin="([\d.]+)"[^>]*>([^<]+)</word>', bbox)}
    assert x["Copie"] < x["de"] < x["la"]
    assert x["1."] < x["Inscription"] < x["national"]
    assert x["1."] < 50  # text starts at the left margin (42.5 pt)


@s.needs_pdftotext
def test_a5_is_smaller_and_still_complete(tmp_path: Path) -> None:
    path, pages = _render(tmp_path, [_fatima_entry()], page_size="A5")
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)
    text = s.squash(s.pdftotext(path))
    assert pages >= 1
    assert f"الصفحة{pages}من{pages}" in text
    assert "شهادةالتسجيلفيالسجلالوطني" in text


def test_font_is_embedded(tmp_path: Path) -> None:
    path, _ = _render(tmp_path, [_fatima_entry()])
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert names and all("Amiri" in name for name in names)
    for font in fonts.values():
        assert "/FontFile2" in font.get_object()["/FontDescriptor"]


def test_qr_code_carries_the_reference() -> None:
    qr = qr_code("0198a1b2-1111-7000-8000-000000000001", 60)
    assert qr.value == "0198a1b2-1111-7000-8000-000000000001"
    assert (qr.width, qr.height) == (60, 60)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"lang": "de"}, "unsupported language"), ({"page_size": "Letter"}, "unsupported page size")],
)
def test_bad_arguments_raise_value_error(
    tmp_path: Path, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        _render(tmp_path, [_fatima_entry()], **kwargs)
    assert not list(tmp_path.iterdir())
