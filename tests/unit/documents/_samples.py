"""Realistic sessions, attendees and outcomes from Guelmim-Oued Noun, built directly."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from fieldapp.domain.models import (
    Attendance,
    Attendee,
    ChecklistItem,
    Gender,
    ItemKind,
    Origin,
    Outcome,
    Session,
)

CHAMBER_AR = "غرفة الصناعة التقليدية لجهة كلميم وادنون"
CHAMBER_FR = "Chambre d'Artisanat de la Région Guelmim-Oued Noun"
PRINTED_ON = dt.date(2025, 8, 1)
LONG_ITEM = (
    "احمل معك نسخة مصادق عليها من بطاقة التعريف الوطنية وشهادة السكنى وشهادة مزاولة الحرفة "
    "مسلمة من السلطة المحلية ثم توجه إلى المديرية الإقليمية للصناعة التقليدية بكلميم لإيداع "
    "ملف التسجيل في السجل الوطني للصناعة التقليدية قبل نهاية الشهر"
)


def session() -> Session:
    return Session(
        id="0198a1b2-0000-7000-8000-000000000001",
        place="كلميم",
        date=dt.date(2025, 8, 1),
        venue="دار الصانع، شارع محمد الخامس",
        province="كلميم",
        partners=("الصندوق الوطني للضمان الاجتماعي CNSS", "المديرية الإقليمية للصناعة التقليدية"),
        topics=("التسجيل في السجل الوطني للصناعة التقليدية", "التأمين الإجباري عن المرض AMO"),
    )


def session_fr() -> Session:
    return Session(
        id="0198a1b2-0000-7000-8000-000000000002",
        place="Guelmim",
        date=dt.date(2025, 8, 1),
        venue="Maison de l'artisan",
        partners=("CNSS",),
        topics=("Registre national de l'artisanat", "AMO"),
    )


def fatima() -> Attendee:
    return Attendee(
        id="0198a1b2-1111-7000-8000-000000000001",
        session_id=session().id,
        name_ar="فاطمة الزهراء بنعلي",
        name_lat="Fatima Zahra Benali",
        cin="JA123456",
        phone="+212612345678",
        gender=Gender.FEMALE,
        birth_year=1988,
        craft="نسج الزرابي",
        province="كلميم",
        commune="كلميم",
        origin=Origin.PRE_REGISTERED,
        consent=True,
        status=Attendance.PRESENT,
        arrived_at="2025-08-01T09:15:00.000000Z",
    )


def abdellah() -> Attendee:
    return Attendee(
        id="0198a1b2-1111-7000-8000-000000000002",
        session_id=session().id,
        name_ar="عبد الله أوعلي",
        name_lat="Abdellah Ouali",
        cin="JB654321",
        phone="06 12 34 56 78",
        gender=Gender.MALE,
        birth_year=1961,
        craft="صناعة الحلي الفضية",
        province="طانطان",
        commune="الوطية",
        origin=Origin.WALK_IN,
        consent=True,
        arrived_at="2025-08-01T10:40:00.000000Z",
    )


def outcomes_ar() -> tuple[Outcome, ...]:
    return (
        Outcome(
            id="rna",
            title="التسجيل في السجل الوطني للصناعة التقليدية",
            explanation="أنت مؤهل للتسجيل في السجل الوطني، وهو شرط للاستفادة من التغطية الصحية.",
            priority=1,
            items=(
                ChecklistItem("rna-1", ItemKind.STEP, "املأ استمارة التسجيل (نموذج رقم 2)"),
                ChecklistItem("rna-2", ItemKind.STEP, LONG_ITEM),
                ChecklistItem("rna-3", ItemKind.DOCUMENT, "نسخة من بطاقة التعريف الوطنية JA123456"),
                ChecklistItem("rna-4", ItemKind.DOCUMENT, "شهادة الحساب البنكي RIB (24 رقما)"),
                ChecklistItem(
                    "rna-5", ItemKind.PLACE, "المديرية الإقليمية للصناعة التقليدية بكلميم"
                ),
            ),
        ),
        Outcome(
            id="amo",
            title="الانخراط في التأمين الإجباري عن المرض AMO لدى CNSS",
            explanation="بعد التسجيل، يمكنك الانخراط في نظام التأمين الإجباري الأساسي عن المرض.",
            priority=2,
            items=(
                ChecklistItem(
                    "amo-1", ItemKind.STEP, "اتصل بالرقم 080 200 72 72 أو راسل amo@cnss.ma"
                ),
                ChecklistItem("amo-2", ItemKind.STEP, "احضر قبل 2025-09-15 إلى الوكالة"),
                ChecklistItem("amo-3", ItemKind.DOCUMENT, "شهادة التسجيل في السجل الوطني"),
                ChecklistItem(
                    "amo-4", ItemKind.PLACE, "وكالة الصندوق الوطني للضمان الاجتماعي (CNSS) بكلميم"
                ),
            ),
        ),
    )


BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils missing"
)


def clean(text: str) -> str:
    """NFKC-normalised (presentation forms back to letters), without bidi controls."""
    return unicodedata.normalize("NFKC", text).translate(BIDI_CONTROLS)


def pdftotext(path: Path, *args: str) -> str:
    """The text of the PDF at `path` as pdftotext extracts it (logical order), cleaned."""
    out = subprocess.run(
        ["pdftotext", *args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return clean(out)


def pages_text(path: Path) -> list[str]:
    """The cleaned text of each page (pdftotext splits pages with a form feed)."""
    return pdftotext(path).split("\f")[:-1]


def visual_lines(path: Path, page_index: int = 0) -> list[str]:
    """The lines of a page as drawn, left to right: characters sorted by their x position
    (pdfium reports them in its own reading order, split into lines by CR LF)."""
    document = pdfium.PdfDocument(str(path))
    try:
        textpage = document[page_index].get_textpage()
        lines: list[list[tuple[float, str]]] = [[]]
        for index in range(textpage.count_chars()):
            char = textpage.get_text_range(index, 1)
            if char in "\r\n":
                if char == "\n":
                    lines.append([])
                continue
            left, _, right, _ = textpage.get_charbox(index, loose=True)
            lines[-1].append(((left + right) / 2, char))
        return [
            clean("".join(c for _, c in sorted(line, key=lambda item: item[0])))
            for line in lines
            if line
        ]
    finally:
        document.close()


def squash(text: str) -> str:
    """`text` without whitespace: pdftotext moves spaces around bidi run boundaries
    ("الصانع، شارع" comes back as "الصانع ،شارع"), never the letters or digits."""
    return "".join(text.split())
