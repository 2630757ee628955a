"""One input widget per question type; each gives and takes an answer value.

Values follow the questionnaire's types: text/date → str, integer → int, decimal → float,
yes_no → bool, select_one → choice name, select_multiple → list of names. Unparseable text
is returned as typed so the evaluation reports it as a type error next to the question.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.arabic import western_digits
from fieldapp.questionnaire import Form, Question

RADIO_LIMIT = 6


def western_number(text: str) -> str:
    """Arabic-Indic digits and decimal comma (, or ٫) → `123.5`, spaces trimmed."""
    return western_digits(text.strip()).replace("٫", ".").replace(",", ".")


class AnswerInput(QWidget):
    """Base of the answer widgets; each question type implements `value` and `set_value`
    (abc.ABCMeta cannot be combined with Shiboken's metaclass, hence NotImplementedError).

    Signals:
        changed(): the user changed the answer.
    """

    changed = Signal()

    def value(self) -> Any:
        """The answer (None when unanswered)."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show an answer without emitting `changed`."""
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The widget that takes the keyboard focus."""
        return self


class LineInput(AnswerInput):
    """text, integer, decimal and date questions."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.line = QLineEdit()
        if kind == "date":
            self.line.setPlaceholderText("YYYY-MM-DD")
            self.line.setMaxLength(10)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.line.textEdited.connect(lambda _t: self.changed.emit())
        self.setFocusProxy(self.line)

    def value(self) -> Any:
        """The typed answer, typed by the question's type when it parses."""
        text = self.line.text().strip()
        if not text:
            return None
        if self.kind == "integer":
            number = western_number(text)
            return int(number) if number.lstrip("-").isdigit() else text
        if self.kind == "decimal":
            try:
                return float(western_number(text))
            except ValueError:
                return text
        if self.kind == "date":
            return western_number(text).replace("/", "-")
        return text

    def set_value(self, value: Any) -> None:
        """Show an answer."""
        self.line.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        """The line edit."""
        return self.line


class ChoiceButtons(AnswerInput):
    """yes_no, short select_one (radio buttons) and select_multiple (check boxes)."""

    def __init__(
        self,
        options: list[tuple[Any, str]],
        *,
        multiple: bool,
        horizontal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[tuple[Any, QCheckBox | QRadioButton]] = []
        layout: QBoxLayout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for value, label in options:
            button: QCheckBox | QRadioButton = QCheckBox(label) if multiple else QRadioButton(label)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons.append((value, button))
        if horizontal:
            layout.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)
        if self.buttons:
            self.setFocusProxy(self.buttons[0][1])

    def _clicked(self, clicked: QCheckBox | QRadioButton) -> None:
        if not self.multiple and clicked.isChecked():
            for _value, button in self.buttons:
                if button is not clicked:
                    button.setChecked(False)
        self.changed.emit()

    def value(self) -> Any:
        """The chosen value, or the list of chosen names."""
        chosen = [value for value, button in self.buttons if button.isChecked()]
        if self.multiple:
            return chosen or None
        return chosen[0] if chosen else None

    def set_value(self, value: Any) -> None:
        """Tick what `value` names."""
        wanted = list(value) if self.multiple and isinstance(value, list | tuple) else [value]
        for option, button in self.buttons:
            button.setChecked(value is not None and option in wanted)

    def set_labels(self, labels: list[str]) -> None:
        """New texts for the buttons (language switch)."""
        for (_value, button), label in zip(self.buttons, labels, strict=False):
            button.setText(label)


class ChoiceCombo(AnswerInput):
    """select_one questions with many choices."""

    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem("", None)
        for name, label in options:
            self.combo.addItem(label, name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.combo.activated.connect(lambda _i: self.changed.emit())
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        """The chosen name."""
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        """Select the choice named `value`."""
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0) if value else 0)

    def set_labels(self, labels: list[str]) -> None:
        """New texts for the choices (language switch)."""
        for row, label in enumerate(labels, start=1):
            self.combo.setItemText(row, label)

    def focus_widget(self) -> QWidget:
        """The combo box."""
        return self.combo


def yes_no_labels() -> list[str]:
    """`Yes`, `No` in the interface language."""
    return [
        QCoreApplication.translate("QuestionnaireView", "Yes"),
        QCoreApplication.translate("QuestionnaireView", "No"),
    ]


def make_input(form: Form, question: Question, lang: str) -> AnswerInput:
    """The input widget for a question that takes an answer."""
    if question.type == "yes_no":
        return ChoiceButtons(
            list(zip((True, False), yes_no_labels(), strict=True)),
            multiple=False,
            horizontal=True,
        )
    if question.type in ("select_one", "select_multiple"):
        options = form.choices(question.choices or "", lang)
        if question.type == "select_one" and len(options) > RADIO_LIMIT:
            return ChoiceCombo(options)
        return ChoiceButtons(
            [(name, label) for name, label in options],
            multiple=question.type == "select_multiple",
        )
    return LineInput(question.type)


def relabel(form: Form, question: Question, widget: AnswerInput, lang: str) -> None:
    """Put choice labels in `lang` after a language switch."""
    if question.type == "yes_no" and isinstance(widget, ChoiceButtons):
        widget.set_labels(yes_no_labels())
    elif question.choices and isinstance(widget, ChoiceButtons | ChoiceCombo):
        widget.set_labels([label for _name, label in form.choices(question.choices, lang)])
