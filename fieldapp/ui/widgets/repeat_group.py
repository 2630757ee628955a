"""A repeat group (e.g. dependants): one block of sub-questions per row, add and remove rows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldapp.questionnaire import Form, Question, QuestionError
from fieldapp.ui.widgets.question_inputs import AnswerInput
from fieldapp.ui.widgets.question_row import QuestionRow


class RepeatRow(QFrame):
    """The sub-questions of one row and its remove button."""

    def __init__(self, form: Form, group: Question, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        self.remove = QPushButton()
        self.subs = {sub.id: QuestionRow(form, sub, lang) for sub in group.questions}
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        for row in self.subs.values():
            layout.addWidget(row)

    def retranslate(self, number: int, lang: str) -> None:
        """Title and texts in `lang`."""
        self.title.setText(
            QCoreApplication.translate("RepeatGroup", "Person %1").replace("%1", str(number))
        )
        self.remove.setText(QCoreApplication.translate("RepeatGroup", "Remove"))
        self.remove.setAccessibleName(
            QCoreApplication.translate("RepeatGroup", "Remove person %1").replace("%1", str(number))
        )
        for row in self.subs.values():
            row.retranslate(lang)


class RepeatGroup(AnswerInput):
    """The rows of a repeat question; its value is a list of `{sub id: answer}`."""

    def __init__(self, form: Form, group: Question, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.group = group
        self.lang = lang
        self.rows: list[RepeatRow] = []
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_clicked)
        self._rows_layout = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button)
        self.setFocusProxy(self.add_button)
        self.retranslate(lang)

    def retranslate(self, lang: str) -> None:
        """Texts in `lang`."""
        self.lang = lang
        self.add_button.setText(QCoreApplication.translate("RepeatGroup", "Add a person"))
        for number, row in enumerate(self.rows, start=1):
            row.retranslate(number, lang)

    def add_row(self) -> RepeatRow:
        """Append an empty row and return it."""
        row = RepeatRow(self.form, self.group, self.lang)
        row.remove.clicked.connect(lambda: self._remove(row))
        for sub_id, sub in row.subs.items():
            if sub.input is not None:
                sub.input.changed.connect(self.changed.emit)
                sub.input.advance.connect(lambda r=row, s=sub_id: self._next_in_row(r, s))
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()
        row.retranslate(len(self.rows), self.lang)
        return row

    def _next_in_row(self, row: RepeatRow, sub_id: str) -> None:
        """A "next" key in a row: its next question shown; after the last, "Add a person"."""
        ids = list(row.subs)
        for next_id in ids[ids.index(sub_id) + 1 :]:
            sub = row.subs[next_id]
            if sub.input is not None and not sub.isHidden():
                sub.input.focus_widget().setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.add_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _add_clicked(self) -> None:
        row = self.add_row()
        first = next(iter(row.subs.values()), None)
        if first is not None:
            first.setFocus()
        self.changed.emit()

    def _remove(self, row: RepeatRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.retranslate(self.lang)
        self.add_button.setFocus()
        self.changed.emit()

    def value(self) -> Any:
        """One dict per row (answered sub-questions only); None without rows."""
        if not self.rows:
            return None
        result = []
        for row in self.rows:
            values = {sub_id: sub.value() for sub_id, sub in row.subs.items()}
            result.append({key: value for key, value in values.items() if value is not None})
        return result

    def set_value(self, value: Any) -> None:
        """Rebuild the rows from a list of dicts."""
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for data in value if isinstance(value, list | tuple) else []:
            row = self.add_row()
            for sub_id, sub in row.subs.items():
                sub.set_value(data.get(sub_id) if isinstance(data, Mapping) else None)

    def apply(
        self,
        visible_rows: tuple[tuple[str, ...], ...],
        errors: Mapping[str, QuestionError],
        *,
        show_required: bool,
    ) -> None:
        """Hide sub-questions not relevant in their row; show their errors."""
        for index, row in enumerate(self.rows):
            visible = visible_rows[index] if index < len(visible_rows) else tuple(row.subs)
            for sub_id, sub in row.subs.items():
                sub.setVisible(sub_id in visible)
                error = errors.get(f"{self.group.id}[{index + 1}].{sub_id}")
                shown = error is not None and (show_required or error.code != "required")
                sub.set_error(error.message if shown and error is not None else None)
