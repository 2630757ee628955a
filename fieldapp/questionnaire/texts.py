"""The questionnaire's own messages in Arabic, French and English (form texts live in forms)."""

from __future__ import annotations

from collections.abc import Mapping

from fieldapp.domain.messages import message_text

_MESSAGES: dict[str, dict[str, str]] = {
    "yes_no": {
        "ar": "الجواب يجب أن يكون نعم أو لا",
        "fr": "la réponse doit être oui ou non",
        "en": "the answer must be yes or no",
    },
    "integer": {
        "ar": "الجواب يجب أن يكون عددا صحيحا",
        "fr": "la réponse doit être un nombre entier",
        "en": "the answer must be a whole number",
    },
    "decimal": {
        "ar": "الجواب يجب أن يكون عددا",
        "fr": "la réponse doit être un nombre",
        "en": "the answer must be a number",
    },
    "date": {
        "ar": "التاريخ يجب أن يكون على شكل 2025-08-01",
        "fr": "la date doit être sous la forme 2025-08-01",
        "en": "the date must be written as 2025-08-01",
    },
    "text": {
        "ar": "الجواب يجب أن يكون نصا",
        "fr": "la réponse doit être un texte",
        "en": "the answer must be text",
    },
    "choice": {
        "ar": "اختيار غير معروف «{value}»",
        "fr": "choix inconnu « {value} »",
        "en": "unknown choice '{value}'",
    },
    "choices": {
        "ar": "الجواب يجب أن يكون لائحة من الاختيارات",
        "fr": "la réponse doit être une liste de choix",
        "en": "the answer must be a list of choices",
    },
    "rows": {
        "ar": "الجواب يجب أن يكون لائحة من الأسطر",
        "fr": "la réponse doit être une liste de lignes",
        "en": "the answer must be a list of rows",
    },
    "row": {
        "ar": "كل سطر يجب أن يتضمن أجوبة الأسئلة الفرعية",
        "fr": "chaque ligne doit contenir les réponses aux sous-questions",
        "en": "each row must hold the answers to the sub-questions",
    },
    "unknown_question": {
        "ar": "سؤال غير معروف «{value}»",
        "fr": "question inconnue « {value} »",
        "en": "unknown question '{value}'",
    },
    "no_answer": {
        "ar": "هذا السؤال لا يقبل جوابا",
        "fr": "cette question n'accepte pas de réponse",
        "en": "this question takes no answer",
    },
    "constraint": {
        "ar": "الجواب غير مقبول",
        "fr": "réponse non valide",
        "en": "the answer is not accepted",
    },
    "at_least_one_row": {
        "ar": "أضف سطرا واحدا على الأقل",
        "fr": "ajoutez au moins une ligne",
        "en": "add at least one row",
    },
}


def text(code: str, lang: str, params: Mapping[str, object] | None = None) -> str:
    """The message `code` in `lang` (English if the language is unknown)."""
    if code == "required":
        return message_text("required", lang)
    table = _MESSAGES[code]
    return table.get(lang, table["en"]).format(**(params or {}))
