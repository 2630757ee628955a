"""Every interface string is translated into Arabic and French."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"


def _messages(path: Path) -> dict[tuple[str, str], str | None]:
    root = ET.parse(path).getroot()
    found: dict[tuple[str, str], str | None] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            # A plural message is translated when every one of its forms is (Arabic has six).
            text = (
                (None if not all(f.strip() for f in forms) else forms[0])
                if forms
                else (translation.text)
            )
            found[(name, message.findtext("source") or "")] = None if unfinished else text
    return found


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_ts_files_are_complete(language: str) -> None:
    messages = _messages(I18N / f"fieldapp_{language}.ts")
    assert messages
    missing = [source for source, text in messages.items() if not (text or "").strip()]
    assert missing == []


def test_ts_files_cover_every_string_in_the_sources(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    sources = [
        *sorted(str(p) for p in (REPO / "fieldapp" / "ui").rglob("*.py")),
        str(REPO / "fieldapp" / "app.py"),
    ]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True
    )
    in_code = set(_messages(fresh))
    for language in ("ar", "fr"):
        in_ts = set(_messages(I18N / f"fieldapp_{language}.ts"))
        assert in_code - in_ts == set(), (
            f"run `make update-translations` and translate ({language})"
        )


@pytest.mark.parametrize(("language", "forms"), [("ar", 6), ("fr", 2)])
def test_plural_messages_have_every_form_of_the_language(language: str, forms: int) -> None:
    root = ET.parse(I18N / f"fieldapp_{language}.ts").getroot()
    plural = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert plural
    for message in plural:
        texts = [form.text or "" for form in message.iter("numerusform")]
        assert len(texts) == forms and all(t.strip() for t in texts), message.findtext("source")
