"""What goes wrong with the office registry's database server, told so a clerk or chamber
IT can act: which setting names the database, and what to check. A URL shown in a message
or a log never carries its password (`redact_url`)."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from fieldapp.store.errors import StoreError

# Where a clerk or IT sets the office database, named in every message about it.
SETTING = {
    "en": "the office database setting (Office settings → Office database, "
    "`fieldapp office init --database`, or FIELDAPP_OFFICE_DATABASE)",
    "fr": "le réglage « Base de données du bureau » (Réglages du bureau, "
    "`fieldapp office init --database` ou FIELDAPP_OFFICE_DATABASE)",
    "ar": "إعداد «قاعدة بيانات المكتب» (إعدادات المكتب، أو "
    "\u2066fieldapp office init --database\u2069 أو \u2066FIELDAPP_OFFICE_DATABASE\u2069)",
}


def redact_url(url: str) -> str:
    """The URL without its password (`postgresql://clerk@host/db`)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "?"
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    user = parts.username or ""
    return urlunsplit((parts.scheme, f"{user}@{host}", parts.path, parts.query, ""))


class OfficeDatabaseError(StoreError):
    """An office database problem, with its message in ar/fr/en."""

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__(texts["en"])
        self.texts = texts

    def message(self, lang: str) -> str:
        """The message in `lang`."""
        return self.texts.get(lang, self.texts["en"])


class BadDatabaseUrl(OfficeDatabaseError):
    """The setting holds something that is not a PostgreSQL database URL."""

    def __init__(self, url: str) -> None:
        shown = redact_url(url)
        super().__init__(
            {
                "en": f"'{shown}' is not a PostgreSQL database URL. Correct {SETTING['en']}: "
                "postgresql://user@server/database, or leave it empty for the office's own "
                "file.",
                "fr": f"« {shown} » n'est pas l'adresse d'une base PostgreSQL. Corrigez "
                f"{SETTING['fr']} : postgresql://utilisateur@serveur/base, ou laissez-le vide "
                "pour le fichier du bureau.",
                "ar": f"\u2066{shown}\u2069 ليس عنوان قاعدة بيانات PostgreSQL. صحّح {SETTING['ar']}: "
                "\u2066postgresql://user@server/database\u2069، أو اتركه فارغًا لاستعمال ملف المكتب.",
            }
        )


class DatabaseUnreachable(OfficeDatabaseError):
    """The server did not answer, or refused the connection (password, rights)."""

    def __init__(self, url: str, reason: str) -> None:
        shown = redact_url(url)
        super().__init__(
            {
                "en": f"Cannot open the office database {shown}: {reason}. Check that the "
                f"server is running and reachable, the password (in PGPASSFILE or .pgpass), "
                f"and {SETTING['en']}.",
                "fr": f"Impossible d'ouvrir la base de données du bureau {shown} : {reason}. "
                "Vérifiez que le serveur est démarré et joignable, le mot de passe (dans "
                f"PGPASSFILE ou .pgpass), et {SETTING['fr']}.",
                "ar": f"تعذّر فتح قاعدة بيانات المكتب \u2066{shown}\u2069: \u2066{reason}\u2069. "
                "تحقّق من أن الخادم يعمل ويمكن الوصول إليه، ومن كلمة المرور (في PGPASSFILE أو "
                f".pgpass)، ومن {SETTING['ar']}.",
            }
        )


class DatabaseFailed(OfficeDatabaseError):
    """A statement failed on the server (`what`: reading the registry, saving…)."""

    def __init__(self, description: str, what: str, reason: str) -> None:
        super().__init__(
            {
                "en": f"The office database {description} failed while {what}: {reason}. "
                "Nothing was changed; try again, or ask chamber IT to check the server.",
                "fr": f"La base de données du bureau {description} a échoué ({what}) : "
                f"{reason}. Rien n'a été modifié ; réessayez, ou demandez au service "
                "informatique de vérifier le serveur.",
                "ar": f"فشلت قاعدة بيانات المكتب \u2066{description}\u2069 ({what}): "
                f"\u2066{reason}\u2069. لم يتغير أي شيء؛ أعد المحاولة أو اطلب من مصلحة "
                "المعلوميات فحص الخادم.",
            }
        )
