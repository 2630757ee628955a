"""A compiled catalogue older than its `.po` (a message added since `make translations` last
ran) still shows the text: from the `.po`, else in English; only a key no catalogue has is an
error. The catalogues here are copies of the package's, in a temporary folder."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from fieldapp.domain import texts

PACKAGE_LOCALE = Path(__file__).resolve().parents[3] / "fieldapp" / "locale"
# The key `office migrate`'s summary lacked in a catalogue compiled before it was added.
ADDED = ("cli", "count_tables")


def _compile(po: Path, mo: Path, *, without: tuple[str, str] | None = None) -> None:
    with po.open("rb") as handle:
        catalogue = read_po(handle)
    if without is not None:
        context, msgid = without
        catalogue.delete(msgid, context=context)
    with mo.open("wb") as handle:
        write_mo(handle, catalogue)


def _locale(tmp_path: Path, *, stale: tuple[str, ...], keep_po: bool = True) -> Path:
    """A copy of the package's catalogues, `.mo` of the languages `stale` compiled without
    `ADDED`, the others compiled whole; the `.po` kept whole (or removed, as in the frozen
    app, which ships only `.mo`)."""
    root = tmp_path / "locale"
    for lang in texts.LANGUAGES:
        folder = root / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        po = folder / "fieldapp.po"
        shutil.copyfile(PACKAGE_LOCALE / lang / "LC_MESSAGES" / "fieldapp.po", po)
        _compile(po, folder / "fieldapp.mo", without=ADDED if lang in stale else None)
        if not keep_po:
            po.unlink()
    return root


def _tables(locale: Path, lang: str, n: int) -> str:
    catalogue = texts.load_translations(lang, locale)
    return catalogue.npgettext(*ADDED, ADDED[1], n).format(n=n)


def test_a_stale_catalogue_reads_the_missing_text_from_its_po(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    locale = _locale(tmp_path, stale=texts.LANGUAGES)
    with caplog.at_level(logging.WARNING, logger="fieldapp.domain.texts"):
        assert _tables(locale, "ar", 5) == "5 جداول"
        assert _tables(locale, "ar", 2) == "جدولين"
        assert _tables(locale, "fr", 12) == "12 tables"
        assert _tables(locale, "en", 1) == "1 table"
    # Whoever reads the log learns which file is stale and what to run.
    warned = [r.getMessage() for r in caplog.records]
    assert any("ar/LC_MESSAGES/fieldapp.mo" in m and "make translations" in m for m in warned)


def test_without_its_po_a_stale_translation_falls_back_to_english(tmp_path: Path) -> None:
    locale = _locale(tmp_path, stale=("ar",), keep_po=False)
    assert _tables(locale, "ar", 5) == "5 tables"
    assert texts.load_translations("ar", locale).pgettext("cli", "migrate_overridden") == (
        "المتغير FIELDAPP_OFFICE_DATABASE معرَّف ويتقدّم على هذا الإعداد: أزِله."
    )


def test_a_key_no_catalogue_has_is_still_an_error(tmp_path: Path) -> None:
    locale = _locale(tmp_path, stale=texts.LANGUAGES, keep_po=False)
    for lang in texts.LANGUAGES:
        with pytest.raises(texts.MissingText):
            _tables(locale, lang, 3)
        with pytest.raises(texts.MissingText):
            texts.load_translations(lang, locale).pgettext("cli", "no_such_text")
