"""What a refused bundle, or a wrong clock, means, in Arabic, French and English.

Each refusal is told as one headline in the user's language naming the file and what to do,
followed by the details the check found (record kinds, lines, fields, ids), which stay as
written: they name things, not reasons.
"""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.domain.messages import LANGUAGES

_HEADLINES: dict[str, dict[str, str]] = {
    "UntrustedDevice": {
        "ar": "رُفض الملف {file}: الحاسوب {device} غير موثوق لدى المكتب (البصمة {fingerprint}). "
        "قارن البصمة مع ما يظهره الحاسوب ثم أعد الاستيراد مع --trust-device",
        "fr": "{file} refusé : l'ordinateur {device} n'est pas reconnu par le bureau (empreinte "
        "{fingerprint}). Comparez l'empreinte avec celle de l'ordinateur, puis importez à "
        "nouveau avec --trust-device",
        "en": "{file} refused: laptop {device} is not trusted by this office (fingerprint "
        "{fingerprint}). Compare the fingerprint with the laptop's, then import again with "
        "--trust-device",
    },
    "OwnershipRefused": {
        "ar": "رُفض الملف {file}: الحاسوب {device} يحاول تغيير سجلات تخص حاسوبا آخر أو المكتب. "
        "لم يُستورد أي شيء؛ افحص هذا الحاسوب قبل الاستيراد منه مرة أخرى",
        "fr": "{file} refusé : l'ordinateur {device} tente de modifier des fiches d'un autre "
        "ordinateur ou du bureau. Rien n'a été importé ; vérifiez cet ordinateur avant "
        "d'importer à nouveau ses fichiers",
        "en": "{file} refused: laptop {device} tries to change records that belong to another "
        "laptop or to the office. Nothing was imported; check that laptop before importing "
        "from it again",
    },
    "ClockSkewed": {
        "ar": "رُفض الملف {file}: ساعة الحاسوب {device} غير مضبوطة (تواريخ قبل 2020 أو بعد "
        "ساعة المكتب بأكثر من يوم). اضبط تاريخ وساعة الحاسوب ثم صدّر الحزمة من جديد",
        "fr": "{file} refusé : l'horloge de l'ordinateur {device} est fausse (dates avant 2020 "
        "ou plus d'un jour après l'horloge du bureau). Réglez la date et l'heure de cet "
        "ordinateur, puis exportez à nouveau le paquet",
        "en": "{file} refused: the clock of laptop {device} is wrong (times before 2020 or more "
        "than a day ahead of the office clock). Set that laptop's date and time right, then "
        "export the bundle again",
    },
    "ReplayedBundle": {
        "ar": "رُفض الملف {file}: هذه الحزمة من الحاسوب {device} أقدم من حزمة استوردت من قبل. "
        "إن كانت سجلات ناقصة، صدّر من جديد على الحاسوب مع --all",
        "fr": "{file} refusé : ce paquet de l'ordinateur {device} est plus ancien qu'un paquet "
        "déjà importé. S'il manque des fiches, exportez à nouveau avec --all",
        "en": "{file} refused: this bundle from laptop {device} is older than one already "
        "imported. If records are missing, export again on the laptop with --all",
    },
    "UnknownForms": {
        "ar": "رُفض الملف {file}: يستعمل نسخة استمارة لا يعرفها المكتب. ثبّت نفس ملفات "
        "الاستمارات في مجلد المكتب ثم أعد الاستيراد",
        "fr": "{file} refusé : il utilise une version de formulaire inconnue du bureau. "
        "Installez les mêmes formulaires au bureau, puis importez à nouveau",
        "en": "{file} refused: it uses a form version this office does not know. Install the "
        "same form files at the office, then import again",
    },
    "InvalidRecords": {
        "ar": "رُفض الملف {file}: يحتوي على سجلات غير صالحة (مذكورة أسفله). لم يُستورد أي "
        "شيء؛ صحّح البيانات على الحاسوب ثم صدّر من جديد",
        "fr": "{file} refusé : il contient des fiches invalides (ci-dessous). Rien n'a été "
        "importé ; corrigez-les sur l'ordinateur, puis exportez à nouveau",
        "en": "{file} refused: it holds invalid records (listed below). Nothing was imported; "
        "correct them on the laptop, then export again",
    },
    "MergeFailed": {
        "ar": "رُفض الملف {file}: لا يمكن دمج سجلاته مع السجل. استورد الحزمة السابقة لنفس "
        "الحاسوب أولا، أو صدّر من جديد مع --all",
        "fr": "{file} refusé : ses fiches ne peuvent pas être fusionnées au registre. Importez "
        "d'abord le paquet précédent de cet ordinateur, ou exportez à nouveau avec --all",
        "en": "{file} refused: its records cannot be merged into the registry. Import that "
        "laptop's earlier bundle first, or export again with --all",
    },
    "WrongKey": {
        "ar": "رُفض الملف {file}: لم يُشفّر لمفتاح هذا المكتب (صُنع لمكتب آخر). أعد تسجيل "
        "الحاسوب بملف تعريف هذا المكتب ثم صدّر من جديد",
        "fr": "{file} refusé : il n'est pas chiffré pour la clé de ce bureau (fait pour un "
        "autre bureau). Réinscrivez l'ordinateur avec le profil de ce bureau et exportez à "
        "nouveau",
        "en": "{file} refused: it was not encrypted to this office's key (made for another "
        "office). Enrol the laptop with this office's profile, then export again",
    },
    "damaged": {
        "ar": "رُفض الملف {file}: الملف تالف أو مبتور أو معدّل. انسخه من جديد من الحاسوب "
        "أو صدّر حزمة جديدة",
        "fr": "{file} refusé : le fichier est endommagé, tronqué ou modifié. Copiez-le à "
        "nouveau depuis l'ordinateur ou exportez un nouveau paquet",
        "en": "{file} refused: the file is damaged, truncated or was altered. Copy it again "
        "from the laptop, or export a new bundle",
    },
    "NotEncrypted": {
        "ar": "رُفض الملف {file}: الحزمة غير مشفّرة (حزمة تشخيص). صدّر حزمة مشفّرة",
        "fr": "{file} refusé : paquet non chiffré (diagnostic). Exportez un paquet chiffré",
        "en": "{file} refused: the bundle is not encrypted (a diagnostic bundle). Export an "
        "encrypted bundle",
    },
    "UnsupportedFormat": {
        "ar": "رُفض الملف {file}: صُنع بنسخة أحدث من البرنامج. حدّث البرنامج على هذا الحاسوب",
        "fr": "{file} refusé : il a été écrit par une version plus récente. Mettez fieldapp à "
        "jour sur cet ordinateur",
        "en": "{file} refused: it was written by a newer fieldapp. Update fieldapp on this "
        "computer",
    },
    "unreadable": {
        "ar": "تعذر استيراد الملف {file}: تعذرت قراءته أو الكتابة في قاعدة البيانات "
        "(التفاصيل أسفله)",
        "fr": "{file} non importé : il n'a pas pu être lu, ou la base n'a pas pu être écrite "
        "(détails ci-dessous)",
        "en": "{file} not imported: it could not be read, or the database could not be "
        "written (details below)",
    },
}
_DAMAGED = ("NotABundle", "TamperedBundle", "CorruptBundle")

_CLOCK: dict[str, dict[str, str]] = {
    "behind": {
        "ar": "تنبيه: ساعة هذا الحاسوب متأخرة عن آخر وقت سجله البرنامج أو قبل 2020. اضبط "
        "التاريخ والساعة قبل التسجيل أو التصدير",
        "fr": "Attention : l'horloge de cet ordinateur est en retard sur la dernière heure "
        "enregistrée, ou avant 2020. Réglez la date et l'heure avant d'enregistrer ou "
        "d'exporter",
        "en": "Warning: this computer's clock is behind the last time fieldapp recorded, or "
        "before 2020. Set the date and time right before registering or exporting",
    },
    "ahead": {
        "ar": "تنبيه: ساعة هذا الحاسوب متقدمة بشكل غير معقول. اضبط التاريخ والساعة قبل "
        "التسجيل أو التصدير، وإلا سيرفض المكتب الحزمة",
        "fr": "Attention : l'horloge de cet ordinateur est beaucoup trop en avance. Réglez la "
        "date et l'heure avant d'enregistrer ou d'exporter, sinon le bureau refusera le paquet",
        "en": "Warning: this computer's clock is implausibly far ahead. Set the date and time "
        "right before registering or exporting, or the office will refuse the bundle",
    },
}


def refusal_headline(error_type: str, lang: str, params: Mapping[str, str]) -> str:
    """The headline of a refused file in `lang`: what happened and what to do."""
    key = "damaged" if error_type in _DAMAGED else error_type
    texts = _HEADLINES.get(key, _HEADLINES["unreadable"])
    return texts.get(lang, texts["en"]).format(**params)


def clock_warning(skew: str | None, lang: str) -> str | None:
    """The warning for a wall clock that looks wrong (`HybridClock.skew()`), or None."""
    if skew is None:
        return None
    texts = _CLOCK[skew]
    return texts[lang if lang in LANGUAGES else "en"]
