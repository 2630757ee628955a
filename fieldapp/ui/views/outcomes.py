"""What the answers mean, live: outcomes with their checklist items, and calculated values."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QTextBrowser, QVBoxLayout, QWidget

from fieldapp.questionnaire import Evaluation


class OutcomesView(QGroupBox):
    """The checklist preview: titles, explanations and items of each outcome. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setMinimumHeight(36)  # the window must fit a 1024×600 screen
        self.browser.setOpenLinks(False)
        self.browser.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.evaluation: Evaluation | None = None
        self.labels: dict[str, str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Checklist preview"))
        self.show_evaluation(self.evaluation, self.labels)

    def show_evaluation(self, evaluation: Evaluation | None, labels: dict[str, str]) -> None:
        """Render outcomes and items; `labels` names calculated values."""
        self.evaluation, self.labels = evaluation, labels
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        direction = "rtl" if rtl else "ltr"
        if evaluation is None or not evaluation.outcomes:
            hint = html.escape(self.tr("Answer the questions to see the outcomes."))
            self.browser.setHtml(f'<div dir="{direction}"><i>{hint}</i></div>')
            return
        parts = [f'<div dir="{direction}">']
        for outcome in evaluation.outcomes:
            parts.append(f"<h3>{html.escape(outcome.title)}</h3>")
            if outcome.explanation:
                parts.append(f"<p>{html.escape(outcome.explanation)}</p>")
            if outcome.items:
                parts.append('<ul style="list-style-type: none">')
                parts.extend(f"<li>☐ {html.escape(item.text)}</li>" for item in outcome.items)
                parts.append("</ul>")
        shown = {k: v for k, v in evaluation.calculated.items() if v not in (None, "")}
        if shown:
            calculated = html.escape(self.tr("Calculated"))
            parts.append(f"<p><b>{calculated}</b></p><ul>")
            for key, value in shown.items():
                parts.append(
                    f"<li>{html.escape(labels.get(key, key))}: {html.escape(str(value))}</li>"
                )
            parts.append("</ul>")
        parts.append("</div>")
        self.browser.setHtml("".join(parts))

    def plain_text(self) -> str:
        """What is shown, as plain text (tests, accessibility)."""
        return self.browser.toPlainText()
