"""The attendee's details at the desk: names, CIN, phone, craft…, consent, inline errors."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.attendee_fields import ATTENDEE_FIELDS
from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.messages import field_label
from fieldapp.domain.models import Attendee
from fieldapp.services.sessions import PROVINCES
from fieldapp.ui.i18n import interface_language
from fieldapp.ui.widgets.label_fit import fit_label
from fieldapp.ui.widgets.question_inputs import FocusedWheelComboBox

# The declared fields (`domain.attendee_fields`) are the form's rows, in their order. Gender
# and province have widgets of their own; every other field is a line to type in, some with a
# length bound. A field is labelled with its name in the catalogue (its declared label key),
# or, to give it an Alt key, with the label written for it in `_alt_key_labels`.
CHOICE_FIELDS = ("gender", "province")
TEXT_FIELDS = tuple(f.name for f in ATTENDEE_FIELDS if f.name not in CHOICE_FIELDS)
_MAX_LENGTH = {"cin": 12, "birth_year": 4}
ERROR_STYLE = "color: #b00020"


class AttendeeFormView(QGroupBox):
    """Fields of one attendee with an error line under each.

    Signals:
        edited(): the user changed a field or the consent box.
        submitted(): Enter was pressed in a field (save).
    """

    edited = Signal()
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            line = QLineEdit()
            line.setObjectName(f"field_{name}")
            line.setClearButtonEnabled(True)
            line.textEdited.connect(lambda _text: self.edited.emit())
            line.returnPressed.connect(self.submitted.emit)
            self.inputs[name] = line
        for name, length in _MAX_LENGTH.items():
            self.inputs[name].setMaxLength(length)
        self.gender = FocusedWheelComboBox()
        self.gender.addItems(["", "", ""])
        self.gender.setItemData(1, "F")
        self.gender.setItemData(2, "M")
        self.gender.activated.connect(lambda _i: self.edited.emit())
        self.province = FocusedWheelComboBox()
        self.province.setEditable(True)
        self.province.addItems(["", *PROVINCES])
        self.province.currentTextChanged.connect(lambda _t: self.edited.emit())
        self.consent = QCheckBox()
        self.consent.toggled.connect(lambda _on: self.edited.emit())
        self.consent_hint = QLabel()
        self.consent_hint.setWordWrap(True)
        self.consent_hint.setStyleSheet("color: #555")
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self._layout = QFormLayout()
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        choices: dict[str, QWidget] = {"gender": self.gender, "province": self.province}
        order: list[tuple[str, QWidget]] = [
            (f.name, choices.get(f.name) or self.inputs[f.name]) for f in ATTENDEE_FIELDS
        ]
        for name, widget in order:
            self._add_row(name, widget)
        consent_box = QWidget()
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.setContentsMargins(0, 0, 0, 0)
        consent_layout.addWidget(self.consent)
        consent_layout.addWidget(self.consent_hint)
        self._add_row("consent", consent_box)
        self.field_widgets["consent"] = self.consent  # what takes the focus on an error
        self.setLayout(self._layout)
        self._chain_tab_order([w for _n, w in order] + [self.consent])
        self.retranslate()

    def _add_row(self, name: str, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        label = QLabel()
        label.setBuddy(widget)
        self.errors[name] = error
        self.labels[name] = label
        self.field_widgets[name] = widget
        self._layout.addRow(label, holder)

    def _chain_tab_order(self, widgets: list[QWidget]) -> None:
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def _alt_key_labels(self) -> dict[str, str]:
        """The labels written with an Alt key (`&`), in the current language."""
        return {
            "name_ar": self.tr("Name in &Arabic"),
            "name_lat": self.tr("Name in &Latin letters"),
            "cin": self.tr("&CIN"),
            "phone": self.tr("P&hone"),
            "gender": self.tr("&Gender"),
            "birth_year": self.tr("&Birth year"),
            "craft": self.tr("C&raft"),
            "province": self.tr("Pro&vince"),
            "commune": self.tr("Co&mmune"),
        }

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Attendee"))
        language = interface_language()
        texts = {f.name: field_label(f.label, language) for f in ATTENDEE_FIELDS}
        texts.update(self._alt_key_labels())
        texts["consent"] = self.tr("Consent")
        for name, text in texts.items():
            self.labels[name].setText(text)
            fit_label(self.labels[name])  # "ال&جنس" is drawn wider than Qt measures it
        self.inputs["cin"].setPlaceholderText(self.tr("e.g. JA123456"))
        self.inputs["phone"].setPlaceholderText(self.tr("e.g. 0612345678"))
        self.inputs["birth_year"].setPlaceholderText(self.tr("e.g. 1980"))
        self.gender.setItemText(0, "")
        self.gender.setItemText(1, self.tr("Female"))
        self.gender.setItemText(2, self.tr("Male"))
        self.consent.setText(self.tr("The attendee agrees to the processing of these data"))
        self.consent_hint.setText(
            self.tr(
                "Read to the attendee: the chamber keeps these details to follow up your file "
                "(crafts register, health insurance); they are not shared for any other purpose."
            )
        )

    def first_field(self) -> QLineEdit:
        """Where typing starts."""
        return self.inputs["name_ar"]

    def raw_values(self) -> dict[str, str]:
        """What is typed, as `parse_attendee_fields` expects it."""
        values = {name: line.text() for name, line in self.inputs.items()}
        values["gender"] = str(self.gender.currentData() or "")
        values["province"] = self.province.currentText()
        return values

    def set_raw_values(self, values: dict[str, str], *, consent: bool = False) -> None:
        """Fill the fields (a draft, a prefill or an attendee), without emitting `edited`."""
        self.blockSignals(True)
        try:
            for name, line in self.inputs.items():
                line.setText(str(values.get(name, "") or ""))
            index = self.gender.findData(values.get("gender") or None)
            self.gender.setCurrentIndex(max(index, 0))
            self.province.setCurrentText(str(values.get("province", "") or ""))
            self.consent.setChecked(consent)
        finally:
            self.blockSignals(False)
        self.clear_errors()

    def set_attendee(self, attendee: Attendee | None, *, consent: bool | None = None) -> None:
        """Show an attendee's details (None: empty form)."""
        if attendee is None:
            self.set_raw_values({})
            return
        # each as its kind shows it: the phone as people read it (06 12 34 56 78), …
        values = {f.name: f.text_of(attendee) for f in ATTENDEE_FIELDS}
        self.set_raw_values(values, consent=attendee.consent if consent is None else consent)
        if attendee.phone_flagged:  # possible but unassigned: confirm it at check-in
            self.errors["phone"].setText(
                self.tr(
                    "A possible number, but not one the plan assigns: confirm it with the person."
                )
            )
            self.errors["phone"].show()

    def clear_errors(self) -> None:
        """Hide every error line."""
        for label in self.errors.values():
            label.clear()
            label.hide()

    def add_error(self, name: str, text: str) -> None:
        """One more line under field `name`'s error."""
        label = self.errors[name]
        label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.show()

    def show_errors(self, failure: ValidationFailed, language: str) -> QWidget | None:
        """Show each error next to its field; focus and return the first field with an
        error in the order they are shown."""
        self.clear_errors()
        for error in failure.errors:
            name = "name_ar" if error.field == "name" else error.field
            if name in self.errors:
                self.add_error(name, error.message(language))
        first = next(
            (widget for name, widget in self.field_widgets.items() if self.errors[name].text()),
            None,
        )
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return first
