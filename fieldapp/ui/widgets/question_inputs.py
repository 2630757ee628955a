"""One input widget per question type (`INPUT_FACTORIES`); each gives and takes an answer value.

Values follow the questionnaire's types: text/date → str, integer → int, decimal → float,
yes_no → bool, select_one → choice name, select_multiple → list of names. Unparseable text
is returned as typed so the evaluation reports it as a type error next to the question.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QBoxLayout,
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
from fieldapp.ui.formatting import format_date
from fieldapp.ui.widgets.date_field import parse_typed_date

RADIO_LIMIT = 6
# One key each for yes and no, whatever the interface language (Arabic, French, English).
YES_KEYS = frozenset({"y", "o", "ن"})
NO_KEYS = frozenset({"n", "ل"})
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CURSOR_STYLE = "background: palette(highlight); color: palette(highlighted-text)"


def western_number(text: str) -> str:
    """Arabic-Indic digits and decimal comma (, or ٫) → `123.5`, spaces trimmed."""
    return western_digits(text.strip()).replace("٫", ".").replace(",", ".")


def digit_of(event: QKeyEvent) -> int | None:
    """The digit a key typed (Western or Arabic-Indic), None for any other key."""
    text = western_digits(event.text())
    return int(text) if len(text) == 1 and text.isdigit() else None


class FocusedWheelComboBox(QComboBox):
    """A combo box the mouse wheel changes only once it has the focus (scrolling the form
    over it scrolls the form)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As wide as the form allows, not as its longest choice: no sideways scrolling on a
        # 1024×600 screen (the list itself still shows whole choices).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ignored (passed to the scroll area) unless focused."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class AnswerInput(QWidget):
    """Base of the answer widgets; each question type implements `value` and `set_value`
    (abc.ABCMeta cannot be combined with Shiboken's metaclass, hence NotImplementedError).

    Signals:
        changed(): the user changed the answer.
        advance(): the answer was given with a key that means "next question" (a number key,
            yes/no, Enter).
    """

    changed = Signal()
    advance = Signal()

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
            self.line.setPlaceholderText("01/08/2025")  # typed as in the session dialog
            self.line.setMaxLength(10)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self.line.textEdited.connect(lambda _t: self.changed.emit())
        self.line.returnPressed.connect(self.advance.emit)
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
            typed = parse_typed_date(text)
            return typed.isoformat() if typed is not None else text
        return text

    def set_value(self, value: Any) -> None:
        """Show an answer (a date in the interface's format)."""
        if self.kind == "date" and isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = format_date(dt.date.fromisoformat(value))
        self.line.setText("" if value is None else str(value))

    def focus_widget(self) -> QWidget:
        """The line edit."""
        return self.line


class ChoiceButtons(AnswerInput):
    """yes_no, short select_one (radio buttons) and select_multiple (check boxes).

    The group is one stop in the tab order. Keys: 1–9 (Western or Arabic-Indic) pick the nth
    option and go to the next question (multiple choice: toggle it); arrows move within the
    group (single choice: selecting); Space picks or toggles; yes/no: Y/O/ن and N/ل too; Enter
    goes to the next question. Entering the group puts the cursor on the checked option.
    """

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
        self.horizontal = horizontal
        self.current_option = 0
        self.letters: dict[str, int] = {}
        self.buttons: list[tuple[Any, QCheckBox | QRadioButton]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout: QBoxLayout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        for index, (value, label) in enumerate(options):
            button: QCheckBox | QRadioButton = QCheckBox(label) if multiple else QRadioButton(label)
            button.setAutoExclusive(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, i=index: self._clicked(i))
            layout.addWidget(button)
            self.buttons.append((value, button))
        if horizontal:
            layout.addStretch(1)

    def set_letters(self, letters: dict[str, int]) -> None:
        """Letter keys that pick an option (yes/no)."""
        self.letters = letters

    def _clicked(self, index: int) -> None:
        self.current_option = index
        if not self.multiple and self.buttons[index][1].isChecked():
            self._check_only(index)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._show_cursor()
        self.changed.emit()

    def _check_only(self, index: int) -> None:
        for number, (_value, button) in enumerate(self.buttons):
            button.setChecked(number == index)

    def pick(self, index: int) -> None:
        """Choose option `index` (toggle it for multiple choice), as the user would."""
        if not 0 <= index < len(self.buttons):
            return
        self.current_option = index
        if self.multiple:
            button = self.buttons[index][1]
            button.setChecked(not button.isChecked())
        else:
            self._check_only(index)
        self._show_cursor()
        self.changed.emit()

    def _step(self, key: Qt.Key) -> int | None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        back = {Qt.Key.Key_Up, Qt.Key.Key_Right if rtl else Qt.Key.Key_Left}
        forward = {Qt.Key.Key_Down, Qt.Key.Key_Left if rtl else Qt.Key.Key_Right}
        if key in back:
            return -1
        if key in forward:
            return 1
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Answer from the keyboard (see the class)."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        digit = digit_of(event)
        letter = self.letters.get(event.text().lower())
        step = self._step(Qt.Key(event.key()))
        if digit is not None and 1 <= digit <= len(self.buttons):
            self.pick(digit - 1)
            if not self.multiple:
                self.advance.emit()
        elif letter is not None:
            self.pick(letter)
            self.advance.emit()
        elif step is not None and self.buttons:
            self.current_option = min(max(self.current_option + step, 0), len(self.buttons) - 1)
            if self.multiple:
                self._show_cursor()
            else:
                self.pick(self.current_option)
        elif event.key() == Qt.Key.Key_Space and self.buttons:
            self.pick(self.current_option)
        elif event.key() in ENTER_KEYS:
            self.advance.emit()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The cursor starts on the checked option, or the first."""
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            checked = [i for i, (_v, button) in enumerate(self.buttons) if button.isChecked()]
            self.current_option = checked[0] if checked else 0
        self._show_cursor()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """No cursor without the focus."""
        self._show_cursor()
        super().focusOutEvent(event)

    def _show_cursor(self) -> None:
        focused = self.hasFocus()
        for index, (_value, button) in enumerate(self.buttons):
            button.setStyleSheet(CURSOR_STYLE if focused and index == self.current_option else "")

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
        self.current_option = 0

    def set_labels(self, labels: list[str]) -> None:
        """New texts for the buttons (language switch)."""
        for (_value, button), label in zip(self.buttons, labels, strict=False):
            button.setText(label)


class ChoiceCombo(AnswerInput):
    """select_one questions with many choices."""

    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = FocusedWheelComboBox()
        self.combo.addItem("", None)
        for name, label in options:
            self.combo.addItem(label, name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.combo.activated.connect(lambda _i: self.changed.emit())
        self.combo.installEventFilter(self)
        self.setFocusProxy(self.combo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter goes to the next question; 1–9 pick the nth choice and go on too."""
        if watched is self.combo and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            digit = digit_of(event)
            if digit is not None and 1 <= digit < self.combo.count():
                self.combo.setCurrentIndex(digit)
                self.changed.emit()
                self.advance.emit()
                return True
            if event.key() in ENTER_KEYS and not self.combo.view().isVisible():
                self.advance.emit()
                return True
        return super().eventFilter(watched, event)

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


class YesNoButtons(ChoiceButtons):
    """yes_no questions: Yes and No side by side, also picked with Y/O/ن and N/ل."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            list(zip((True, False), yes_no_labels(), strict=True)),
            multiple=False,
            horizontal=True,
            parent=parent,
        )
        self.set_letters({**dict.fromkeys(YES_KEYS, 0), **dict.fromkeys(NO_KEYS, 1)})


InputFactory = Callable[[Form, Question, str], AnswerInput]


def _line(_form: Form, question: Question, _lang: str) -> AnswerInput:
    return LineInput(question.type)


def _yes_no(_form: Form, _question: Question, _lang: str) -> AnswerInput:
    return YesNoButtons()


def _one(form: Form, question: Question, lang: str) -> AnswerInput:
    options = form.choices(question.choices or "", lang)
    if len(options) > RADIO_LIMIT:
        return ChoiceCombo(options)
    return ChoiceButtons(list(options), multiple=False)


def _many(form: Form, question: Question, lang: str) -> AnswerInput:
    return ChoiceButtons(list(form.choices(question.choices or "", lang)), multiple=True)


# The widget of every question type answered in one input (`QuestionType.single_input`);
# repeat groups are `repeat_group.RepeatGroup`, notes and calculations have no input.
INPUT_FACTORIES: Mapping[str, InputFactory] = MappingProxyType(
    {
        "text": _line,
        "integer": _line,
        "decimal": _line,
        "date": _line,
        "yes_no": _yes_no,
        "select_one": _one,
        "select_multiple": _many,
    }
)


def make_input(form: Form, question: Question, lang: str) -> AnswerInput:
    """The input widget for a question that takes an answer."""
    return INPUT_FACTORIES[question.type](form, question, lang)


def relabel(form: Form, question: Question, widget: AnswerInput, lang: str) -> None:
    """Put choice labels in `lang` after a language switch."""
    if isinstance(widget, YesNoButtons):
        widget.set_labels(yes_no_labels())
    elif question.choices and isinstance(widget, ChoiceButtons | ChoiceCombo):
        widget.set_labels([label for _name, label in form.choices(question.choices, lang)])
