"""Which database the office registry lives in: the office folder's setting, or
`FIELDAPP_OFFICE_DATABASE` (which overrides it).

The setting is a PostgreSQL URL kept in `<data dir>/office/database-url` (0600); no URL is
the embedded default, the data folder's own SQLite file. A password belongs in PGPASSFILE or
`~/.pgpass` (`%APPDATA%\\postgresql\\pgpass.conf` on Windows), never in the URL: a URL given
with one is refused when saved.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from fieldapp.atomic import atomic_write_bytes
from fieldapp.services.office.keys import OFFICE_DIR
from fieldapp.store.office.engines import check_database_url
from fieldapp.store.office.errors import SETTING, OfficeDatabaseError

ENV_VAR = "FIELDAPP_OFFICE_DATABASE"
URL_FILE = "database-url"


class PasswordInUrl(OfficeDatabaseError):
    """A URL with a password would be written to disk in clear: refused."""

    def __init__(self) -> None:
        super().__init__(
            {
                "en": "The office database URL must not hold a password: remove it from "
                f"{SETTING['en']} and put it in the PGPASSFILE file (or .pgpass) instead.",
                "fr": "L'adresse de la base du bureau ne doit pas contenir de mot de passe : "
                f"retirez-le de {SETTING['fr']} et mettez-le dans le fichier PGPASSFILE (ou "
                ".pgpass).",
                "ar": "يجب ألا يحتوي عنوان قاعدة بيانات المكتب على كلمة مرور: احذفها من "
                f"{SETTING['ar']} وضعها في ملف PGPASSFILE (أو .pgpass).",
            }
        )


def url_file(data_dir: Path) -> Path:
    """Where the office folder keeps its database URL."""
    return Path(data_dir) / OFFICE_DIR / URL_FILE


def stored_database_url(data_dir: Path) -> str | None:
    """The URL saved in the office folder, if any (the environment is not consulted)."""
    try:
        text = url_file(data_dir).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return text or None


def office_database_url(data_dir: Path) -> str | None:
    """The database URL in force: FIELDAPP_OFFICE_DATABASE when set (even empty: the
    embedded file), else the office folder's setting, else None."""
    if ENV_VAR in os.environ:
        return os.environ[ENV_VAR].strip() or None
    return stored_database_url(data_dir)


def checked_setting(url: str) -> str:
    """`url` as it would be kept: a PostgreSQL URL without password (else the error)."""
    checked = check_database_url(url)
    if urlsplit(checked).password is not None:
        raise PasswordInUrl()
    return checked


def save_database_url(data_dir: Path, url: str | None) -> str | None:
    """Keep `url` (checked, without password) as the office's database, or forget it (None
    or empty: back to the embedded file). Returns what was saved."""
    path = url_file(data_dir)
    text = (url or "").strip()
    if not text:
        path.unlink(missing_ok=True)
        return None
    checked = checked_setting(text)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write_bytes(path, (checked + "\n").encode("utf-8"))
    os.chmod(path, 0o600)
    return checked
