"""One text rule (domain/text_hygiene) at every door: the typed form and the CLI (through
`parse_attendee_fields`), session fields, a CSV pre-registration; each refusal names the field
in ar/fr/en."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.text_hygiene import check_text, scrub, text_error
from fieldapp.services.app import open_services
from fieldapp.services.attendee_input import parse_attendee_fields
from fieldapp.services.preregistration import import_preregistration

REFUSED = [
    "a\x00b", "a\x01b", "\x1b[31mred", "a\x7fb", "a\x85b", "a\ud800b", "a\udcffb",
    "\u202eJA123456", "a\u202ab",  # a bidi override shows the text reversed
]  # fmt: skip
KEPT = ["فاطمة الزهراء", "Aït-Lahcen", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "\u200fمحمد\u200e", "😀"]


@pytest.mark.parametrize("text", REFUSED)
def test_control_characters_and_lone_surrogates_are_refused(text: str) -> None:
    error = text_error("name_lat", text)
    assert error is not None and error.field == "name_lat"
    for lang in ("ar", "fr", "en"):
        assert error.describe(lang).startswith({"ar": "الاسم", "fr": "Nom", "en": "Name"}[lang])
    with pytest.raises(ValidationFailed):
        check_text("name_lat", text)
    assert text_error("notes", text, multiline=True) is not None
    assert "\ufffd" in scrub(text)


@pytest.mark.parametrize("text", KEPT)
def test_every_script_and_bidi_mark_is_kept(text: str) -> None:
    assert text_error("name_ar", text) is None
    assert scrub(text) == text


def test_tab_and_newline_only_where_a_field_allows_several_lines() -> None:
    assert text_error("name_ar", "a\nb") is not None
    assert text_error("notes", "a\nb\tc", multiline=True) is None
    assert text_error("notes", "a\rb", multiline=True) is not None


def test_the_message_names_the_character_and_where_it_is() -> None:
    error = text_error("name_ar", "abc\x1bdef")
    assert error is not None
    assert "U+001B" in error.message("en") and "4" in error.message("en")
    assert "U+001B" in error.message("ar") and "caractère de contrôle" in error.message("fr")
    surrogate = text_error("name_ar", "x\ud800")
    assert surrogate is not None and surrogate.code == "lone_surrogate"


@pytest.mark.parametrize("field", ["name_ar", "name_lat", "craft", "province", "commune"])
def test_the_attendee_form_refuses_them_naming_the_field(field: str) -> None:
    raw = {"name_ar": "فاطمة", field: "bad\x00text"}
    with pytest.raises(ValidationFailed) as failure:
        parse_attendee_fields(raw, consent=True)
    assert [e.field for e in failure.value.errors] == [field]


def test_session_fields_the_cli_and_a_csv_refuse_them(tmp_path: Path, cli) -> None:
    services = open_services(data_dir=tmp_path / "data", agent="t")
    try:
        with pytest.raises(ValidationFailed) as failure:
            services.sessions.create_session(place="كلميم\x1b", date=dt.date(2025, 8, 1))
        assert failure.value.errors[0].field == "place"
        session = services.sessions.create_session(place="كلميم", date=dt.date(2025, 8, 1))
        listing = tmp_path / "list.csv"
        listing.write_text(
            "name_ar,cin,phone\nفاطمة\x01,JA123456,0612345678\nخديجة,JB234567,0612345679\n",
            encoding="utf-8",
        )
        report = import_preregistration(services.context, session_id=session.id, path=listing)
        assert len(report.imported) == 1
        assert [(r.line, r.field, r.code) for r in report.rejected] == [
            (2, "name_ar", "control_character")
        ]
    finally:
        services.close()
    created = cli("session", "new", "--place", "Guelmim", "--date", "2025-08-01")
    assert created.code == 0, created.err
    added = cli("attendees", "add", created.out.strip(), "--name-lat", "Fat\x1bima", "--consent")
    assert added.code != 0
    assert "U+001B" in added.err and "Name (Latin)" in added.err
