"""The desk's attendee form has a widget and a label, in every language, for every declared
attendee field, and gives back what it shows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from fieldapp.domain.attendee_fields import ATTENDEE_FIELDS, FIELD_NAMES, details_of
from fieldapp.domain.messages import field_label
from fieldapp.domain.models import Attendee
from fieldapp.services.attendee_input import parse_attendee_fields
from fieldapp.ui.i18n import LanguageManager
from fieldapp.ui.views.attendee_form import AttendeeFormView
from tests.attendee_samples import full_details


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp)
    yield manager
    manager.apply("en")


def test_every_declared_field_has_a_widget_and_a_label_in_every_language(qtbot, languages):
    form = AttendeeFormView()
    qtbot.addWidget(form)
    assert list(form.field_widgets)[: len(FIELD_NAMES)] == list(FIELD_NAMES)
    english = {name: form.labels[name].text() for name in FIELD_NAMES}
    assert all(english.values()), english
    for lang in ("ar", "fr"):
        languages.apply(lang)
        form.retranslate()
        for name in FIELD_NAMES:
            text = form.labels[name].text()
            assert text and (text != english[name] or lang == "fr"), (lang, name, text)
            assert form.labels[name].buddy() is form.field_widgets[name]


class _NoAltKeys(AttendeeFormView):
    """The form as it is for a declared field nobody wrote an Alt-key label for."""

    def _alt_key_labels(self) -> dict[str, str]:
        return {}


def test_a_field_without_an_alt_key_label_is_labelled_with_its_name(qtbot, languages) -> None:
    for lang in ("ar", "fr", "en"):
        languages.apply(lang)
        form = _NoAltKeys()
        qtbot.addWidget(form)
        for spec in ATTENDEE_FIELDS:
            assert form.labels[spec.name].text() == field_label(spec.label, lang), (lang, spec)
            assert form.labels[spec.name].buddy() is form.field_widgets[spec.name]
        assert (
            form.labels["cin"].text()
            == {
                "ar": "رقم البطاقة الوطنية",
                "fr": "CIN",
                "en": "National ID (CIN)",
            }[lang]
        )


def test_the_form_gives_back_every_field_it_shows(qtbot) -> None:
    form = AttendeeFormView()
    qtbot.addWidget(form)
    person = Attendee(id="a", session_id="s", **full_details(), consent=True)
    form.set_attendee(person)
    raw = form.raw_values()
    assert set(raw) == set(FIELD_NAMES)
    for spec in ATTENDEE_FIELDS:
        assert raw[spec.name] == spec.text_of(person), spec.name
    data = parse_attendee_fields(raw, consent=True)
    assert details_of(data) == full_details()
