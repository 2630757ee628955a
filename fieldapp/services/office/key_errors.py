"""Refusals about the office keys' passphrase, in Arabic, French and English, and the notice
shown while the keys are not protected yet. The passphrase itself is never part of a message."""

from __future__ import annotations

from pathlib import Path

from fieldapp.domain.messages import LANGUAGES
from fieldapp.services.bundles.errors import SyncError

MIN_PASSPHRASE = 8

_TEXTS: dict[str, dict[str, str]] = {
    "locked": {
        "ar": "مفاتيح المكتب محمية بعبارة مرور ولم تُعطَ. اكتبها عند الطلب (شغّل الأمر في "
        "طرفية)، أو سمِّ ملفا يحتويها بـ --passphrase-file أو FIELDAPP_OFFICE_PASSPHRASE_FILE",
        "fr": "Les clés du bureau sont protégées par une phrase secrète, et aucune n'a été "
        "donnée. Saisissez-la à l'invite (lancez la commande dans un terminal), ou indiquez un "
        "fichier qui la contient avec --passphrase-file ou FIELDAPP_OFFICE_PASSPHRASE_FILE",
        "en": "The office keys are protected by a passphrase and none was given. Type it at "
        "the prompt (run the command in a terminal), or name a file holding it with "
        "--passphrase-file or FIELDAPP_OFFICE_PASSPHRASE_FILE",
    },
    "wrong": {
        "ar": "عبارة المرور هذه لا تفتح مفاتيح المكتب ({folder}). تحقق من لغة لوحة المفاتيح "
        "ومن زر الأحرف الكبيرة ثم أعد المحاولة",
        "fr": "Cette phrase secrète n'ouvre pas les clés du bureau ({folder}). Vérifiez la "
        "langue du clavier et la touche Verr. Maj, puis réessayez",
        "en": "This passphrase does not open the office keys ({folder}). Check the keyboard "
        "language and Caps Lock, then try again",
    },
    "too_short": {
        "ar": "عبارة المرور قصيرة جدا: {min} أحرف على الأقل. اختر عبارة أطول",
        "fr": "Phrase secrète trop courte : au moins {min} caractères. Choisissez-en une plus "
        "longue",
        "en": "The passphrase is too short: at least {min} characters. Choose a longer one",
    },
    "mismatch": {
        "ar": "العبارتان المكتوبتان مختلفتان. اكتب نفس عبارة المرور مرتين",
        "fr": "Les deux saisies diffèrent. Tapez deux fois la même phrase secrète",
        "en": "The two entries differ. Type the same passphrase twice",
    },
    "unreadable_file": {
        "ar": "تعذرت قراءة عبارة المرور من الملف {file}: {reason}. تحقق من اسم الملف",
        "fr": "Impossible de lire la phrase secrète dans {file} : {reason}. Vérifiez le nom "
        "du fichier",
        "en": "Cannot read the passphrase from {file}: {reason}. Check the file name",
    },
    "empty_file": {
        "ar": "الملف {file} لا يحتوي على عبارة مرور (السطر الأول فارغ)",
        "fr": "Le fichier {file} ne contient pas de phrase secrète (première ligne vide)",
        "en": "The file {file} holds no passphrase (its first line is empty)",
    },
    "already_protected": {
        "ar": "مفاتيح المكتب محمية بعبارة مرور من قبل. لتغييرها: fieldapp office change-passphrase",
        "fr": "Les clés du bureau sont déjà protégées par une phrase secrète. Pour la "
        "changer : fieldapp office change-passphrase",
        "en": "The office keys are already protected by a passphrase. To change it: fieldapp "
        "office change-passphrase",
    },
    "not_protected": {
        "ar": "مفاتيح المكتب غير محمية بعبارة مرور بعد. احمها أولا: fieldapp office protect-keys",
        "fr": "Les clés du bureau ne sont pas encore protégées. Protégez-les d'abord : "
        "fieldapp office protect-keys",
        "en": "The office keys are not protected by a passphrase yet. Protect them first: "
        "fieldapp office protect-keys",
    },
    "no_terminal_new": {
        "ar": "لا توجد طرفية لكتابة عبارة المرور الجديدة: سمِّ ملفا يحتويها بـ {option}",
        "fr": "Aucun terminal pour saisir la nouvelle phrase secrète : indiquez un fichier qui "
        "la contient avec {option}",
        "en": "There is no terminal to type the new passphrase on: name a file holding it "
        "with {option}",
    },
    "prompt": {
        "ar": "عبارة مرور مفاتيح المكتب: ",
        "fr": "Phrase secrète des clés du bureau : ",
        "en": "Office keys passphrase: ",
    },
    "prompt_new": {
        "ar": "عبارة المرور الجديدة ({min} أحرف على الأقل): ",
        "fr": "Nouvelle phrase secrète (au moins {min} caractères) : ",
        "en": "New passphrase (at least {min} characters): ",
    },
    "prompt_repeat": {
        "ar": "أعد كتابتها: ",
        "fr": "Retapez-la : ",
        "en": "Type it again: ",
    },
    "protected": {
        "ar": "مفاتيح المكتب في {folder} محمية الآن بعبارة مرور. احفظ نسخة من هذا المجلد، "
        "واحفظ عبارة المرور في مكان آمن: بدونها لا تُقرأ أي حزمة",
        "fr": "Les clés du bureau dans {folder} sont maintenant protégées. Sauvegardez ce "
        "dossier, et gardez la phrase secrète en lieu sûr : sans elle, aucun paquet ne se lit",
        "en": "The office keys in {folder} are now protected by the passphrase. Back this "
        "folder up again, and keep the passphrase somewhere safe: without it no bundle can "
        "be read",
    },
    "changed": {
        "ar": "تم تغيير عبارة المرور. المفاتيح نفسها لم تتغير: الحواسيب لا تحتاج إلى تسجيل جديد",
        "fr": "Phrase secrète changée. Les clés restent les mêmes : les ordinateurs n'ont pas "
        "à être réinscrits",
        "en": "Passphrase changed. The keys themselves are the same: the laptops need no new "
        "enrolment",
    },
    "notice": {
        "ar": "تنبيه: مفاتيح المكتب في {folder} غير محمية بعبارة مرور؛ من ينسخ هذا المجلد "
        "يقرأ كل الحزم. احمها بـ: fieldapp office protect-keys",
        "fr": "Attention : les clés du bureau dans {folder} ne sont pas protégées par une "
        "phrase secrète ; qui copie ce dossier lit tous les paquets. Protégez-les : fieldapp "
        "office protect-keys",
        "en": "Notice: the office keys in {folder} are not protected by a passphrase; whoever "
        "copies that folder can read every bundle. Protect them: fieldapp office protect-keys",
    },
}


def key_text(key: str, lang: str, **params: object) -> str:
    """One of the texts above in `lang` (English when the language is unknown)."""
    texts = _TEXTS[key]
    return texts[lang if lang in LANGUAGES else "en"].format(**params)


def unprotected_notice(folder: Path, lang: str) -> str:
    """What to tell a clerk while the office keys have no passphrase."""
    return key_text("notice", lang, folder=folder)


class PassphraseError(SyncError):
    """A refusal about the passphrase; `message(lang)` says what to do."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return key_text(self.key, lang, **self.params)


class KeysLocked(PassphraseError):
    """The keys are protected and no passphrase was given (no terminal, no passphrase file)."""

    def __init__(self) -> None:
        super().__init__("locked")


class WrongPassphrase(PassphraseError):
    """The passphrase does not open the office identity."""

    def __init__(self, folder: Path) -> None:
        super().__init__("wrong", folder=folder)


class PassphraseRefused(PassphraseError):
    """A new passphrase is refused (too short, two entries that differ) or a passphrase file
    cannot be read."""


class KeysAlreadyProtected(PassphraseError):
    """`protect-keys` on keys that have a passphrase already."""

    def __init__(self) -> None:
        super().__init__("already_protected")


class KeysNotProtected(PassphraseError):
    """`change-passphrase` on keys that have none yet."""

    def __init__(self) -> None:
        super().__init__("not_protected")
