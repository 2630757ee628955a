"""One question on screen: label (with a required mark), hint, input, error line."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldapp.questionnaire import Form, Question
from fieldapp.ui.widgets.question_inputs import AnswerInput, make_input, relabel

ERROR_STYLE = "color: #b00020"
HINT_STYLE = "color: #555"


class QuestionRow(QWidget):
    """Label, hint, input and error of one question; notes have no input.

    Signals: none of its own; `input.changed` tells about edits.
    """

    def __init__(
        self,
        form: Form,
        question: Question,
        lang: str,
        *,
        answer_input: AnswerInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"question_{question.id}")
        self.form = form
        self.question = question
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.error = QLabel()
        self.error.setObjectName(f"error_{question.id}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.input: AnswerInput | None = answer_input
        if self.input is None and question.takes_answer:
            self.input = make_input(form, question, lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.hint)
        if self.input is not None:
            self.label.setBuddy(self.input.focus_widget())
            layout.addWidget(self.input)
            self.setFocusProxy(self.input.focus_widget())
        layout.addWidget(self.error)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        """Label, hint and choices in `lang`."""
        text = self.question.label.get(lang) or self.question.id
        if not self.question.type_def.has_value:  # a note
            self.label.setStyleSheet("font-style: italic")
        self.label.setText(f"{text} *" if self.question.required else text)
        hint = self.question.hint.get(lang)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        if self.input is not None:
            relabel(self.form, self.question, self.input, lang)

    def value(self) -> Any:
        """The answer (None for notes and unanswered questions)."""
        return None if self.input is None else self.input.value()

    def set_value(self, value: Any) -> None:
        """Show an answer."""
        if self.input is not None:
            self.input.set_value(value)

    def set_error(self, message: str | None) -> None:
        """Show (or hide, with None) the error line."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
