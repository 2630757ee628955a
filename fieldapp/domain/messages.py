"""The user-facing texts of domain validation, in Arabic, French and English.

The GUI and the CLI both show these; codes and field names stay stable for scripts (`--json`).
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("ar", "fr", "en")

_FIELDS: dict[str, dict[str, str]] = {
    "name_ar": {"ar": "الاسم بالعربية", "fr": "Nom (arabe)", "en": "Name (Arabic)"},
    "name_lat": {"ar": "الاسم بالحروف اللاتينية", "fr": "Nom (latin)", "en": "Name (Latin)"},
    "name": {"ar": "الاسم", "fr": "Nom", "en": "Name"},
    "cin": {"ar": "رقم البطاقة الوطنية", "fr": "CIN", "en": "National ID (CIN)"},
    "phone": {"ar": "الهاتف", "fr": "Téléphone", "en": "Phone"},
    "gender": {"ar": "الجنس", "fr": "Sexe", "en": "Gender"},
    "birth_year": {"ar": "سنة الازدياد", "fr": "Année de naissance", "en": "Birth year"},
    "craft": {"ar": "الحرفة", "fr": "Métier", "en": "Craft"},
    "province": {"ar": "الإقليم", "fr": "Province", "en": "Province"},
    "commune": {"ar": "الجماعة", "fr": "Commune", "en": "Commune"},
    "consent": {"ar": "الموافقة", "fr": "Consentement", "en": "Consent"},
    "status": {"ar": "الحضور", "fr": "Présence", "en": "Attendance"},
    "place": {"ar": "المكان", "fr": "Lieu", "en": "Place"},
    "date": {"ar": "التاريخ", "fr": "Date", "en": "Date"},
    "venue": {"ar": "القاعة", "fr": "Salle", "en": "Venue"},
    "form_id": {"ar": "الاستمارة", "fr": "Formulaire", "en": "Form"},
    "agent": {"ar": "اسم العون", "fr": "Nom de l'agent", "en": "Agent name"},
    "language": {"ar": "لغة الواجهة", "fr": "Langue de l'interface", "en": "Interface language"},
    "mode": {"ar": "نوع الحاسوب", "fr": "Type d'ordinateur", "en": "Computer type"},
    "file": {"ar": "الملف", "fr": "Fichier", "en": "File"},
    "header": {"ar": "سطر العناوين", "fr": "Ligne d'en-tête", "en": "Header row"},
    "row": {"ar": "السطر", "fr": "Ligne", "en": "Row"},
}

_MESSAGES: dict[str, dict[str, str]] = {
    "undo_walk_in": {
        "ar": "هذا الشخص سُجّل مباشرة في المكتب: لا يوجد تسجيل حضور للإلغاء؛ احذف التسجيل إن كان خطأ",
        "fr": "personne inscrite sur place : pas d'enregistrement d'arrivée à annuler ; "
        "supprimez l'inscription si c'est une erreur",
        "en": "a walk-in registered at the desk has no check-in to undo; delete the "
        "registration instead if it was a mistake",
    },
    "not_checked_in": {
        "ar": "لم يُسجَّل حضور هذا الشخص بعد: لا شيء للإلغاء",
        "fr": "cette personne n'est pas enregistrée comme arrivée : rien à annuler",
        "en": "this person is not checked in: nothing to undo",
    },
    "absent_but_arrived": {
        "ar": "هذا الشخص حاضر: ألغِ تسجيل الحضور أولا إن لم يحضر",
        "fr": "cette personne est arrivée : annulez d'abord son arrivée si elle n'est pas venue",
        "en": "this person came: undo the check-in first if they did not",
    },
    "already_absent": {
        "ar": "هذا الشخص مسجل غائبا من قبل",
        "fr": "cette personne est déjà marquée absente",
        "en": "this person is already marked absent",
    },
    "required": {
        "ar": "هذه الخانة إلزامية، المرجو ملؤها",
        "fr": "ce champ est obligatoire, veuillez le remplir",
        "en": "this field is required, please fill it in",
    },
    "name_required": {
        "ar": "أدخل الاسم بالعربية أو بالحروف اللاتينية",
        "fr": "saisissez le nom en arabe ou en lettres latines",
        "en": "enter the name in Arabic or in Latin letters",
    },
    "too_long": {
        "ar": "النص طويل جدا (الحد الأقصى {max} حرفا)",
        "fr": "texte trop long ({max} caractères au plus)",
        "en": "text too long ({max} characters at most)",
    },
    "cin_format": {
        "ar": "رقم البطاقة الوطنية غير صحيح «{value}»: حرف أو حرفان ثم أرقام، مثل JA123456",
        "fr": "CIN invalide « {value} » : une ou deux lettres puis des chiffres, ex. JA123456",
        "en": "invalid CIN '{value}': one or two letters then digits, e.g. JA123456",
    },
    "phone_invalid": {
        "ar": "رقم الهاتف غير صحيح «{value}»: اكتب رقما مغربيا مثل 0612345678",
        "fr": "numéro invalide « {value} » : saisissez un numéro marocain, ex. 0612345678",
        "en": "invalid phone number '{value}': enter a Moroccan number, e.g. 0612345678",
    },
    "phone_unassigned": {
        "ar": "الرقم «{value}» ممكن لكنه غير مخصص في دليل الأرقام المعروف: احتُفظ به، تأكد منه مع الشخص عند الحضور",
        "fr": "le numéro « {value} » est possible mais pas attribué selon le plan connu : "
        "gardé, vérifiez-le avec la personne à son arrivée",
        "en": "the number '{value}' is possible but not assigned in the known numbering plan: "
        "kept; check it with the person at check-in",
    },
    "craft_unlisted": {
        "ar": "الحرفة «{value}» ليست في لائحة الاستمارة: احتُفظ بها كما كُتبت؛ اختر الحرفة في الأسئلة عند الحضور",
        "fr": "le métier « {value} » n'est pas dans la liste du formulaire : gardé tel quel ; "
        "choisissez le métier dans les questions à l'arrivée",
        "en": "the craft '{value}' is not in the form's list: kept as typed; choose the craft "
        "in the questions at check-in",
    },
    "birth_year_format": {
        "ar": "سنة الازدياد يجب أن تكون عددا من أربعة أرقام، مثل 1985",
        "fr": "l'année de naissance doit être un nombre à quatre chiffres, ex. 1985",
        "en": "the birth year must be a four-digit number, e.g. 1985",
    },
    "birth_year_range": {
        "ar": "سنة الازدياد يجب أن تكون بين {min} و {max}",
        "fr": "l'année de naissance doit être comprise entre {min} et {max}",
        "en": "the birth year must be between {min} and {max}",
    },
    "gender_invalid": {
        "ar": "الجنس غير معروف «{value}»: اكتب ذكر أو أنثى (M أو F)",
        "fr": "sexe inconnu « {value} » : indiquez M (homme) ou F (femme)",
        "en": "unknown gender '{value}': use M (male) or F (female)",
    },
    "date_format": {
        "ar": "التاريخ غير صحيح «{value}»: اكتبه على شكل 2025-08-01",
        "fr": "date invalide « {value} » : écrivez-la sous la forme 2025-08-01",
        "en": "invalid date '{value}': write it as 2025-08-01",
    },
    "consent_required": {
        "ar": "يجب الحصول على موافقة المستفيد على معالجة معطياته قبل الحفظ",
        "fr": "le consentement de la personne au traitement de ses données est requis",
        "en": "the person's consent to processing their data is required before saving",
    },
    "duplicate_cin": {
        "ar": "هذا الرقم مسجل من قبل في هذه الجلسة",
        "fr": "cette CIN est déjà enregistrée dans cette séance",
        "en": "this CIN is already registered in this session",
    },
    "duplicate_completed": {
        "ar": "هذا الرقم مسجل من قبل في هذه الجلسة: أُكملت الخانات الفارغة ({fields})",
        "fr": "CIN déjà enregistrée dans cette séance : champs vides complétés ({fields})",
        "en": "this CIN is already registered in this session: empty fields filled in ({fields})",
    },
    "duplicate_in_file": {
        "ar": "نفس رقم البطاقة الوطنية في السطر {line}",
        "fr": "même CIN qu'à la ligne {line}",
        "en": "same CIN as line {line}",
    },
    "unknown_form": {
        "ar": "الاستمارة «{value}» غير موجودة",
        "fr": "formulaire « {value} » introuvable",
        "en": "form '{value}' not found",
    },
    "control_character": {
        "ar": "النص يحتوي على حرف تحكم غير مرئي ({code}) في الموضع {position}: احذفه وأعد الكتابة",
        "fr": "le texte contient un caractère de contrôle invisible ({code}) en position "
        "{position} : supprimez-le et saisissez à nouveau",
        "en": "the text holds an invisible control character ({code}) at position {position}: "
        "remove it and type the text again",
    },
    "lone_surrogate": {
        "ar": "النص يحتوي على حرف تالف ({code}) في الموضع {position}: أعد كتابة النص",
        "fr": "le texte contient un caractère endommagé ({code}) en position {position} : "
        "saisissez-le à nouveau",
        "en": "the text holds a damaged character ({code}) at position {position}: type the "
        "text again",
    },
    "disk_full": {
        "ar": "تعذرت كتابة الملف {file}: القرص أو مفتاح USB ممتلئ. حرّر مساحة عليه (حزم قديمة أو "
        "ملفات لم تعد تحتاجها) ثم أعد المحاولة",
        "fr": "{file} n'a pas pu être écrit : le disque ou la clé USB est plein. Libérez de "
        "la place (anciens paquets ou fichiers inutiles), puis réessayez",
        "en": "{file} could not be written: the disk or USB stick is full. Free some space on "
        "it (old bundles or other files you no longer need), then try again",
    },
    "write_failed": {
        "ar": "تعذرت كتابة الملف {file} ({reason}). تأكد أن المجلد موجود وتسمح بالكتابة فيه، "
        "أو اختر مجلدا آخر",
        "fr": "{file} n'a pas pu être écrit ({reason}). Vérifiez que le dossier existe et "
        "accepte l'écriture, ou choisissez-en un autre",
        "en": "{file} could not be written ({reason}). Check that the folder exists and can "
        "be written to, or choose another one",
    },
    "db_open": {
        "ar": "تعذر فتح قاعدة البيانات في {folder}",
        "fr": "impossible d'ouvrir la base de données dans {folder}",
        "en": "cannot open the database in {folder}",
    },
    "db_save": {
        "ar": "تعذر الحفظ، لم يُكتب أي شيء",
        "fr": "l'enregistrement a échoué, rien n'a été écrit",
        "en": "saving failed, nothing was written",
    },
    "db_read": {
        "ar": "تعذرت قراءة المعطيات ({what})",
        "fr": "lecture impossible ({what})",
        "en": "cannot read {what}",
    },
    "backup_write": {
        "ar": "تعذرت كتابة النسخة الاحتياطية {file}",
        "fr": "la sauvegarde {file} n'a pas pu être écrite",
        "en": "the backup {file} could not be written",
    },
    "db_readonly": {
        "ar": "مجلد المعطيات للقراءة فقط؛ اختر مجلدا قابلا للكتابة بالخيار --data-dir",
        "fr": "le dossier de données est en lecture seule ; choisissez un dossier accessible en "
        "écriture avec --data-dir",
        "en": "the data directory is read-only; choose a writable folder with --data-dir",
    },
    "db_full": {
        "ar": "القرص ممتلئ: حرّر مساحة عليه (حزم قديمة، التنزيلات، سلة المهملات) ثم أعد المحاولة",
        "fr": "le disque est plein : libérez de la place (anciens paquets, téléchargements, "
        "corbeille), puis réessayez",
        "en": "the disk is full: free some space on it (old bundles, downloads, the recycle "
        "bin), then try again",
    },
    "db_ioerr": {
        "ar": "القرص معطل أو نُزع؛ افحصه ثم أعد المحاولة",
        "fr": "le disque est défaillant ou a été retiré ; vérifiez-le et réessayez",
        "en": "the disk is failing or was removed; check it and try again",
    },
    "db_cantopen": {
        "ar": "تعذر فتح ملف قاعدة البيانات؛ تأكد أن المجلد موجود وقابل للكتابة",
        "fr": "le fichier de la base ne peut pas être ouvert ; vérifiez que le dossier existe "
        "et accepte l'écriture",
        "en": "the database file cannot be opened; check the folder exists and is writable",
    },
    "db_damaged": {
        "ar": "ملف قاعدة البيانات تالف؛ استرجعه من نسخة احتياطية (fieldapp restore --latest)",
        "fr": "le fichier de la base est endommagé ; restaurez une sauvegarde "
        "(`fieldapp restore --latest`)",
        "en": "the database file is damaged; restore it from a backup (`fieldapp restore "
        "--latest`)",
    },
    "db_busy": {
        "ar": "قاعدة البيانات مستعملة في نافذة أخرى للبرنامج؛ أغلقها ثم أعد المحاولة",
        "fr": "la base est utilisée par une autre fenêtre de fieldapp ; fermez-la et réessayez",
        "en": "the database is in use by another fieldapp window; close it and try again",
    },
    "choice_invalid": {
        "ar": "القيمة «{value}» غير مقبولة: اختر إحدى القيم {choices}",
        "fr": "valeur « {value} » non acceptée : choisissez parmi {choices}",
        "en": "value '{value}' not accepted: choose one of {choices}",
    },
    "agent_required": {
        "ar": "أدخل اسم العون الميداني",
        "fr": "saisissez le nom de l'agent de terrain",
        "en": "enter the field agent's name",
    },
}


def field_label(field: str, lang: str) -> str:
    """The field's name as shown to users in `lang`; the raw id if it has no label."""
    labels = _FIELDS.get(field)
    if labels is None:
        return field
    return labels.get(lang, labels["en"])


def message_text(code: str, lang: str, params: Mapping[str, object] | None = None) -> str:
    """The message for `code` in `lang`, filled with `params`."""
    texts = _MESSAGES.get(code)
    if texts is None:
        return code
    template = texts.get(lang, texts["en"])
    return template.format(**(params or {}))
