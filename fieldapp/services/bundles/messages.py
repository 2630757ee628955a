"""What a refused bundle, or a wrong clock, means, in Arabic, French and English.

Each refusal is told as one headline in the user's language naming the file and what to do,
followed by the details the checks found (`Detail`: which record, which field, why), told in
the same language; ids, devices and values stay as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from fieldapp.domain.messages import LANGUAGES, field_label

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


# The lead of a refusal's own text (under the file's headline), before its details.
_LEADS: dict[str, dict[str, str]] = {
    "InvalidRecords": {
        "ar": "تحتوي الحزمة على سجلات غير صالحة، لم يُستورد أي شيء:",
        "fr": "le paquet contient des fiches invalides, rien n'a été importé :",
        "en": "the bundle holds invalid records, nothing was imported:",
    },
    "ClockSkewed": {
        "ar": "ساعة الحاسوب {device} غير مضبوطة: تحتوي الحزمة على أوقات لا يقبلها المكتب، لم "
        "يُستورد أي شيء. اضبط تاريخ وساعة هذا الحاسوب ثم صدّر الحزمة من جديد.",
        "fr": "l'horloge de l'ordinateur {device} est fausse : le paquet contient des heures "
        "que le bureau ne peut pas accepter, rien n'a été importé. Réglez la date et l'heure "
        "de cet ordinateur, puis exportez à nouveau le paquet.",
        "en": "the clock of laptop {device} is wrong: the bundle holds times the office cannot "
        "accept, nothing was imported. Set the date and time of that laptop right, then "
        "export the bundle again.",
    },
    "OwnershipRefused": {
        "ar": "حاول الحاسوب {device} تغيير سجلات تخص حاسوبا آخر أو المكتب، لم يُستورد أي "
        "شيء. افحص برنامج هذا الحاسوب ومجلد بياناته قبل الاستيراد منه مرة أخرى:",
        "fr": "l'ordinateur {device} a tenté de modifier des fiches d'un autre ordinateur ou "
        "du bureau, rien n'a été importé. Vérifiez le logiciel et le dossier de données de "
        "cet ordinateur avant d'importer à nouveau ses fichiers :",
        "en": "laptop {device} tried to change records that belong to another laptop or to "
        "the office, nothing was imported. Check that laptop's software and its data "
        "folder before importing from it again:",
    },
}


def refusal_detail(error_type: str, lang: str, params: Mapping[str, str]) -> str:
    """The lead of a refusal's own text in `lang` (the details follow it)."""
    texts = _LEADS[error_type]
    return texts.get(lang, texts["en"]).format(**params)


_KINDS: dict[str, dict[str, str]] = {
    "sessions": {"ar": "الجلسات", "fr": "séances"},
    "attendees": {"ar": "المستفيدون", "fr": "participants"},
    "answers": {"ar": "الأجوبة", "fr": "réponses"},
    "print_events": {"ar": "الطباعات", "fr": "impressions"},
    "audit": {"ar": "سجل التغييرات", "fr": "journal"},
}

# One detail of a refusal: {where} is a record's place (kind and line), {reason} why a field's
# value was refused, {kind}/{parent} record kinds, {field} a field id (each told in the language).
_DETAILS: dict[str, dict[str, str]] = {
    "where": {
        "ar": "{kind}، السطر {line}",
        "fr": "{kind} ligne {line}",
        "en": "{kind} line {line}",
    },
    "field": {
        "ar": "{where}: الخانة {field} {reason}",
        "fr": "{where} : champ {field} {reason}",
        "en": "{where}: field {field} {reason}",
    },
    "missing": {
        "ar": "{where}: خانات ناقصة {fields}",
        "fr": "{where} : champ(s) manquant(s) {fields}",
        "en": "{where}: missing field(s) {fields}",
    },
    "extra": {
        "ar": "{where}: خانات غير معروفة {fields}",
        "fr": "{where} : champ(s) inconnu(s) {fields}",
        "en": "{where}: unknown field(s) {fields}",
    },
    "foreign_device": {
        "ar": "{where}: كتبه الحاسوب {device}، وليس حاسوب الحزمة",
        "fr": "{where} : écrit par l'appareil {device}, pas par celui du paquet",
        "en": "{where}: written by device {device}, not by the bundle's device",
    },
    "twice": {
        "ar": "{where}: المعرّف {id} مكرر",
        "fr": "{where} : l'identifiant {id} apparaît deux fois",
        "en": "{where}: record id {id} appears twice",
    },
    "unknown_kind": {
        "ar": "نوع سجلات غير معروف «{name}» (كتبته نسخة أحدث من البرنامج؟)",
        "fr": "type de fiches inconnu « {name} » (écrit par une version plus récente ?)",
        "en": "unknown record kind '{name}' (written by a newer fieldapp?)",
    },
    "before_2020": {
        "ar": "{where}: {name} {value} قبل سنة 2020",
        "fr": "{where} : {name} {value} est antérieur à 2020",
        "en": "{where}: {name} {value} is before 2020",
    },
    "ahead": {
        "ar": "{where}: {name} {value} متقدم بأكثر من 24 ساعة على ساعة المكتب",
        "fr": "{where} : {name} {value} a plus de 24 heures d'avance sur l'horloge du bureau",
        "en": "{where}: {name} {value} is more than 24 hours ahead of the office clock",
    },
    "owned": {
        "ar": "السجل {id} من {kind} يخص الحاسوب {device}",
        "fr": "la fiche {id} ({kind}) appartient à l'appareil {device}",
        "en": "{kind} record {id} belongs to device {device}",
    },
    "placed_under": {
        "ar": "السجل {id} من {kind} موضوع تحت السجل {parent_id} من {parent}، الذي يخص الحاسوب "
        "{device}",
        "fr": "la fiche {id} ({kind}) est placée sous la fiche {parent_id} ({parent}), qui "
        "appartient à l'appareil {device}",
        "en": "{kind} record {id} is placed under {parent} record {parent_id}, which belongs to "
        "device {device}",
    },
    "audit_about": {
        "ar": "السجل {id} من {audit} يخص السجل {record_id} من {kind}، الذي يخص الحاسوب {device}",
        "fr": "la fiche {id} ({audit}) porte sur la fiche {record_id} ({kind}), qui appartient "
        "à l'appareil {device}",
        "en": "audit record {id} is about {kind} record {record_id}, which belongs to device "
        "{device}",
    },
}

_REASONS: dict[str, dict[str, str]] = {
    "not_text": {"ar": "يجب أن يكون نصا", "fr": "doit être du texte", "en": "must be text"},
    "too_long": {
        "ar": "أطول من {limit} حرفا",
        "fr": "dépasse {limit} caractères",
        "en": "is longer than {limit} characters",
    },
    "empty": {"ar": "يجب ألا يكون فارغا", "fr": "ne doit pas être vide", "en": "must not be empty"},
    "control": {
        "ar": "يحتوي على حرف تحكم ({code})",
        "fr": "contient un caractère de contrôle ({code})",
        "en": "holds a control character ({code})",
    },
    "damaged": {
        "ar": "يحتوي على حرف تالف ({code})",
        "fr": "contient un caractère endommagé ({code})",
        "en": "holds a damaged character ({code})",
    },
    "not_id": {"ar": "ليس معرّف سجل", "fr": "n'est pas un identifiant", "en": "is not a record id"},
    "not_clock": {
        "ar": "ليس طابعا زمنيا صحيحا",
        "fr": "n'est pas un horodatage valide",
        "en": "is not a clock timestamp",
    },
    "not_flag": {"ar": "يجب أن يكون 0 أو 1", "fr": "doit valoir 0 ou 1", "en": "must be 0 or 1"},
    "not_choice": {
        "ar": "يجب أن يكون أحد: {allowed}",
        "fr": "doit être l'un de : {allowed}",
        "en": "must be one of {allowed}",
    },
    "not_date": {
        "ar": "ليس تاريخا (YYYY-MM-DD)",
        "fr": "n'est pas une date (AAAA-MM-JJ)",
        "en": "is not a date (YYYY-MM-DD)",
    },
    "not_cin": {
        "ar": "ليس رقم بطاقة وطنية",
        "fr": "n'est pas un numéro de CIN",
        "en": "is not a CIN",
    },
    "not_phone": {
        "ar": "ليس رقم هاتف بالصيغة الدولية",
        "fr": "n'est pas un numéro au format international",
        "en": "is not a phone number in international form",
    },
    "not_birth_year": {
        "ar": "ليس سنة ازدياد",
        "fr": "n'est pas une année de naissance",
        "en": "is not a birth year",
    },
    "not_json_text": {
        "ar": "يجب أن يكون نص JSON",
        "fr": "doit être du texte JSON",
        "en": "must be JSON text",
    },
    "bad_json": {
        "ar": "ليس JSON صالحا",
        "fr": "n'est pas du JSON valide",
        "en": "is not valid JSON",
    },
    "json_array": {
        "ar": "يجب أن يحتوي على مصفوفة JSON",
        "fr": "doit contenir un tableau JSON",
        "en": "must hold a JSON array",
    },
    "json_object": {
        "ar": "يجب أن يحتوي على كائن JSON",
        "fr": "doit contenir un objet JSON",
        "en": "must hold a JSON object",
    },
    "json_items": {
        "ar": "يحتوي على قيم من نوع خاطئ",
        "fr": "contient des valeurs du mauvais type",
        "en": "holds values of the wrong type",
    },
}


@dataclass(frozen=True, slots=True)
class Detail:
    """One thing a check found in a refused bundle: `code` names it, `params` fill its text.
    A param may itself be a `Detail` (a record's place, a field's reason); `kind`, `parent`
    and `audit` name record kinds, `field` a field id: all told in the reader's language."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        """This detail in `lang` (ar, fr or en)."""
        lang = lang if lang in LANGUAGES else "en"
        texts = _DETAILS.get(self.code) or _REASONS[self.code]
        filled = {name: _shown(name, value, lang) for name, value in self.params.items()}
        return texts.get(lang, texts["en"]).format(**filled)

    def __str__(self) -> str:
        return self.text("en")


def _shown(name: str, value: object, lang: str) -> str:
    if isinstance(value, Detail):
        return value.text(lang)
    if name in ("kind", "parent", "audit"):
        return kind_label(str(value), lang)
    if name == "field":
        return f"'{value}'" if lang == "en" else f"«{field_label(str(value), lang)}» ({value})"
    return str(value)


def kind_label(kind: str, lang: str) -> str:
    """A record kind's name in `lang`; the kind's id in English and for unknown kinds."""
    return _KINDS.get(kind, {}).get(lang, kind)


def details_text(details: tuple[Detail, ...] | list[Detail], lang: str) -> str:
    """The details one per line, indented, in `lang`."""
    return "\n  ".join(detail.text(lang) for detail in details)
