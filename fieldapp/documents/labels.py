"""Every word the documents print, in Arabic, French and English."""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.documents.bidi_text import check_lang, is_rtl
from fieldapp.domain.models import Gender, ItemKind, Origin, Session

_AR: dict[str, str] = {
    "checklist_title": "الخطوات المقبلة والوثائق المطلوبة",
    "place": "المكان",
    "venue": "القاعة",
    "date": "التاريخ",
    "partners": "الشركاء",
    "topics": "المحاور",
    "name_ar": "الاسم بالعربية",
    "name_lat": "الاسم بالحروف اللاتينية",
    "cin": "رقم البطاقة الوطنية",
    "phone": "الهاتف",
    "number": "الرقم",
    "craft": "الحرفة",
    "signature": "التوقيع",
    "gender": "الجنس",
    "birth_year": "سنة الازدياد",
    "province": "الإقليم",
    "commune": "الجماعة",
    "origin": "طريقة الحضور",
    "consent": "الموافقة",
    "kind_step": "الخطوات",
    "kind_document": "الوثائق المطلوب إحضارها",
    "kind_place": "أين تتوجه",
    "not_completed": "لم يكتمل الاستبيان بعد: لا توجد خطوات مقترحة لهذا الحرفي في الوقت الحالي.",
    "printed_on": "تاريخ الطبع: {date}",
    "page_of": "الصفحة {page} من {pages}",
    "reference": "المرجع",
    "attendance_title": "ورقة الحضور",
    "chamber_rep": "ممثل الغرفة",
    "partner_rep": "ممثل الشريك",
    "name_and_signature": "الاسم والتوقيع",
    "summary_title": "حصيلة اليوم التواصلي",
    "total": "مجموع الحاضرين",
    "by_gender": "حسب الجنس",
    "by_age": "حسب الفئة العمرية",
    "by_craft": "حسب الحرفة",
    "by_province": "حسب الإقليم",
    "by_outcome": "حسب النتيجة",
    "by_origin": "حسب طريقة الحضور",
    "category": "الفئة",
    "count": "العدد",
    "share": "النسبة",
    "unknown": "غير محدد",
    "no_outcome": "بدون نتيجة",
    "age_under": "أقل من {n}",
    "age_over": "{n} سنة فما فوق",
    "female": "أنثى",
    "male": "ذكر",
    "walk_in": "حضور مباشر",
    "pre_registered": "تسجيل مسبق",
    "yes": "نعم",
    "no": "لا",
    "sheet_name": "الحضور",
    "colon": ": ",
    "other": "أخرى",
}

_FR: dict[str, str] = {
    "checklist_title": "Prochaines étapes et documents à fournir",
    "place": "Lieu",
    "venue": "Salle",
    "date": "Date",
    "partners": "Partenaires",
    "topics": "Thèmes",
    "name_ar": "Nom (arabe)",
    "name_lat": "Nom (latin)",
    "cin": "CIN",
    "phone": "Téléphone",
    "number": "N°",
    "craft": "Métier",
    "signature": "Signature",
    "gender": "Sexe",
    "birth_year": "Année de naissance",
    "province": "Province",
    "commune": "Commune",
    "origin": "Mode de venue",
    "consent": "Consentement",
    "kind_step": "Étapes",
    "kind_document": "Documents à apporter",
    "kind_place": "Où s'adresser",
    "not_completed": "Questionnaire non complété : aucune démarche n'est encore proposée.",
    "printed_on": "Imprimé le {date}",
    "page_of": "Page {page} sur {pages}",
    "reference": "Référence",
    "attendance_title": "Feuille de présence",
    "chamber_rep": "Le représentant de la Chambre",
    "partner_rep": "Le représentant du partenaire",
    "name_and_signature": "Nom et signature",
    "summary_title": "Bilan de la journée de proximité",
    "total": "Nombre de participants",
    "by_gender": "Par sexe",
    "by_age": "Par tranche d'âge",
    "by_craft": "Par métier",
    "by_province": "Par province",
    "by_outcome": "Par résultat",
    "by_origin": "Par mode de venue",
    "category": "Catégorie",
    "count": "Nombre",
    "share": "Part",
    "unknown": "Non renseigné",
    "no_outcome": "Sans résultat",
    "age_under": "Moins de {n} ans",
    "age_over": "{n} ans et plus",
    "female": "Femme",
    "male": "Homme",
    "walk_in": "Sans inscription",
    "pre_registered": "Préinscrit",
    "yes": "Oui",
    "no": "Non",
    "sheet_name": "Présences",
    "colon": " : ",
    "other": "Autres",
}

_EN: dict[str, str] = {
    "checklist_title": "Next steps and documents to bring",
    "place": "Place",
    "venue": "Venue",
    "date": "Date",
    "partners": "Partners",
    "topics": "Topics",
    "name_ar": "Name (Arabic)",
    "name_lat": "Name (Latin)",
    "cin": "CIN",
    "phone": "Phone",
    "number": "No.",
    "craft": "Craft",
    "signature": "Signature",
    "gender": "Gender",
    "birth_year": "Birth year",
    "province": "Province",
    "commune": "Commune",
    "origin": "Origin",
    "consent": "Consent",
    "kind_step": "Steps",
    "kind_document": "Documents to bring",
    "kind_place": "Where to go",
    "not_completed": "Questionnaire not completed: no next steps can be suggested yet.",
    "printed_on": "Printed on {date}",
    "page_of": "Page {page} of {pages}",
    "reference": "Reference",
    "attendance_title": "Attendance sheet",
    "chamber_rep": "The chamber's representative",
    "partner_rep": "The partner's representative",
    "name_and_signature": "Name and signature",
    "summary_title": "Outreach day summary",
    "total": "Attendees",
    "by_gender": "By gender",
    "by_age": "By age band",
    "by_craft": "By craft",
    "by_province": "By province",
    "by_outcome": "By outcome",
    "by_origin": "By origin",
    "category": "Category",
    "count": "Count",
    "share": "Share",
    "unknown": "Unknown",
    "no_outcome": "No outcome",
    "age_under": "Under {n}",
    "age_over": "{n} and over",
    "female": "Female",
    "male": "Male",
    "walk_in": "Walk-in",
    "pre_registered": "Pre-registered",
    "yes": "Yes",
    "no": "No",
    "sheet_name": "Attendance",
    "colon": ": ",
    "other": "Other",
}

_ALL: dict[str, dict[str, str]] = {"ar": _AR, "fr": _FR, "en": _EN}
_KIND_KEYS = {
    ItemKind.STEP: "kind_step",
    ItemKind.DOCUMENT: "kind_document",
    ItemKind.PLACE: "kind_place",
}


def labels(lang: str) -> Mapping[str, str]:
    """The labels of `lang` ("ar", "fr" or "en"); ValueError for any other language."""
    return _ALL[check_lang(lang)]


def gender_label(gender: Gender | None, lang: str) -> str:
    """The word for `gender` in `lang`, or the "unknown" word."""
    words = labels(lang)
    if gender is None:
        return words["unknown"]
    return words["female"] if gender is Gender.FEMALE else words["male"]


def origin_label(origin: Origin, lang: str) -> str:
    """The word for walk-in or pre-registered in `lang`."""
    return labels(lang)["walk_in" if origin is Origin.WALK_IN else "pre_registered"]


def kind_label(kind: ItemKind, lang: str) -> str:
    """The sub-heading of checklist items of `kind` in `lang`."""
    return labels(lang)[_KIND_KEYS[kind]]


def session_line(session: Session, words: Mapping[str, str]) -> str:
    """ "Place: … — Venue: … — Date: …" for the header of a document."""
    colon = words["colon"]
    parts = [f"{words['place']}{colon}{session.place}"]
    if session.venue:
        parts.append(f"{words['venue']}{colon}{session.venue}")
    parts.append(f"{words['date']}{colon}{session.date.isoformat()}")
    return " — ".join(parts)


def list_separator(lang: str) -> str:
    """The separator between items of an inline list: the Arabic comma for Arabic."""
    return "، " if is_rtl(lang) else ", "
