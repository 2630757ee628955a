"""The office database's messages come from the catalogue in Arabic, French and English, name
the setting to correct, and never show a URL's password."""

from __future__ import annotations

import pytest

from fieldapp.services.office.database_setting import PasswordInUrl
from fieldapp.store.office.errors import (
    BadDatabaseUrl,
    DatabaseFailed,
    DatabaseUnreachable,
    OfficeDatabaseError,
)

SECRET_URL = "postgresql://clerk:s3cret@db.chamber:5433/office"

ERRORS: list[OfficeDatabaseError] = [
    BadDatabaseUrl("mysql://clerk:s3cret@db.chamber/office"),
    DatabaseUnreachable(SECRET_URL, "connection refused"),
    DatabaseFailed("postgresql://clerk@db.chamber:5433/office", "saving", "disk full"),
    PasswordInUrl(),
]


def test_the_english_text_is_the_exceptions_own() -> None:
    error = BadDatabaseUrl("sqlite:///office.db")
    assert (
        str(error)
        == error.message("en")
        == (
            "'sqlite:///office.db' is not a PostgreSQL database URL. Correct the office database "
            "setting (Office settings → Office database, `fieldapp office init --database`, or "
            "FIELDAPP_OFFICE_DATABASE): postgresql://user@server/database, or leave it empty for "
            "the office's own file."
        )
    )


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_each_message_is_translated_and_hides_the_password(error: OfficeDatabaseError) -> None:
    messages = {lang: error.message(lang) for lang in ("ar", "fr", "en")}
    assert len(set(messages.values())) == 3
    assert all("s3cret" not in message for message in messages.values())
    assert "قاعدة بيانات المكتب" in messages["ar"]
    assert "bureau" in messages["fr"]


@pytest.mark.parametrize(
    "error",
    [e for e in ERRORS if not isinstance(e, DatabaseFailed)],
    ids=lambda e: type(e).__name__,
)
def test_a_message_about_the_setting_names_it(error: OfficeDatabaseError) -> None:
    assert "Office settings → Office database" in error.message("en")
    assert "Réglages du bureau" in error.message("fr")
    assert "إعدادات المكتب" in error.message("ar")
    assert "FIELDAPP_OFFICE_DATABASE" in error.message("ar")


def test_an_unreachable_server_is_told_with_its_reason_and_the_url_without_password() -> None:
    error = DatabaseUnreachable(SECRET_URL, "connection refused")
    assert error.message("fr").startswith(
        "Impossible d'ouvrir la base de données du bureau "
        "postgresql://clerk@db.chamber:5433/office : connection refused."
    )
