"""The questionnaire of the session's form: one row per question, live skip logic and errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from fieldapp.questionnaire import Evaluation, Form
from fieldapp.ui.widgets.question_row import QuestionRow
from fieldapp.ui.widgets.repeat_group import RepeatGroup


class QuestionnaireView(QGroupBox):
    """Renders a `Form`; shows what an `Evaluation` says (visible, errors, calculated).

    Signals:
        edited(): an answer changed.
        advance_requested(str): the answer to this question was given with a "next" key.
    """

    edited = Signal()
    advance_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form: Form | None = None
        self.lang = "ar"
        self.rows: dict[str, QuestionRow] = {}
        self.groups: dict[str, RepeatGroup] = {}
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.empty)
        self.retranslate(self.lang)

    def set_form(self, form: Form, lang: str) -> None:
        """Build the rows of `form` (replacing any previous form)."""
        if self.form is not None and self.form.content_hash == form.content_hash:
            self.set_answers({})
            self.retranslate(lang)
            return
        for row in self.rows.values():
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows, self.groups = {}, {}
        self.form, self.lang = form, lang
        previous: QWidget | None = None
        for question in form.questions:
            if question.type_def.computed:
                continue
            group = RepeatGroup(form, question, lang) if question.type_def.rows else None
            row = QuestionRow(form, question, lang, answer_input=group)
            self._layout.addWidget(row)
            if group is not None:
                self.groups[question.id] = group
            if row.input is not None:
                row.input.changed.connect(self.edited.emit)
                row.input.advance.connect(
                    lambda question_id=question.id: self.advance_requested.emit(question_id)
                )
                focus = row.input.focus_widget()
                if previous is not None:
                    QWidget.setTabOrder(previous, focus)
                previous = focus
            self.rows[question.id] = row
        self.empty.hide()
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        """Texts in `lang` (the form's own texts too)."""
        self.lang = lang
        title = self.form.title(lang) if self.form is not None else ""
        self.setTitle(title or self.tr("Questions"))
        self.empty.setText(self.tr("Open a session to see its questions."))
        for row in self.rows.values():
            row.retranslate(lang)
        for group in self.groups.values():
            group.retranslate(lang)

    def first_input(self) -> QWidget | None:
        """The first visible question that takes an answer."""
        return self.input_after(None)

    def input_after(self, question_id: str | None) -> QWidget | None:
        """The input of the next visible question after `question_id` (None: the first)."""
        passed = question_id is None
        for row_id, row in self.rows.items():
            if passed and row.input is not None and not row.isHidden():
                return row.input.focus_widget()
            passed = passed or row_id == question_id
        return None

    def first_invalid(self) -> QWidget | None:
        """The input of the first shown question with an error on screen."""
        for row in self.rows.values():
            if row.input is not None and not row.isHidden() and not row.error.isHidden():
                return row.input.focus_widget()
        return None

    def focus_order(self) -> list[QWidget]:
        """The inputs in the order they are shown (for the tab chain)."""
        return [row.input.focus_widget() for row in self.rows.values() if row.input is not None]

    def answers(self, visible: tuple[str, ...] | None = None) -> dict[str, Any]:
        """The answers given (only to `visible` questions when given)."""
        result: dict[str, Any] = {}
        for question_id, row in self.rows.items():
            if visible is not None and question_id not in visible:
                continue
            value = row.value()
            if value is not None:
                result[question_id] = value
        return result

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        """Show stored (or drafted) answers without emitting `edited`."""
        self.blockSignals(True)
        try:
            for question_id, row in self.rows.items():
                row.set_value(answers.get(question_id))
                row.set_error(None)
        finally:
            self.blockSignals(False)

    def apply(self, evaluation: Evaluation, *, show_required: bool = False) -> None:
        """Show the visible questions only, and their errors (required ones when asked)."""
        for question_id, row in self.rows.items():
            row.setVisible(question_id in evaluation.visible)
            error = evaluation.errors.get(question_id)
            shown = error is not None and (show_required or error.code != "required")
            row.set_error(error.message if shown and error is not None else None)
        for group_id, group in self.groups.items():
            group.apply(
                evaluation.row_visible.get(group_id, ()),
                evaluation.errors,
                show_required=show_required,
            )
