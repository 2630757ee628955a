"""The registration desk: search box, results, the attendee form, questions and outcomes."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.ui.models.search_results import SearchResultsModel
from fieldapp.ui.views.attendee_form import AttendeeFormView
from fieldapp.ui.views.outcomes import OutcomesView
from fieldapp.ui.views.questionnaire import QuestionnaireView


class SearchBox(QLineEdit):
    """The search line; Down moves into the results.

    Signals:
        down_pressed(): the Down arrow was pressed.
    """

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down → results; everything else as usual."""
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class DeskView(QWidget):
    """Lays out the desk; the RegistrationController decides what happens.

    Signals:
        result_activated(int): Enter, F2 or a double-click on a result row (source row).
    """

    result_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchBox()
        self.search.setObjectName("deskSearch")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.results_model = SearchResultsModel(self)
        self.results = QTableView()
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.setMaximumHeight(140)
        self.results.setMinimumHeight(48)
        self.results.activated.connect(lambda index: self.result_activated.emit(index.row()))
        self.search.down_pressed.connect(self.focus_results)
        self.search.returnPressed.connect(self._search_enter)
        self.results_hint = QLabel()
        self.results_hint.setStyleSheet("color: #555")
        self.editor_title = QLabel()
        self.editor_title.setObjectName("editorTitle")
        self.editor_title.setStyleSheet("font-weight: bold; font-size: 13pt")
        self.attendee_form = AttendeeFormView()
        self.questionnaire = QuestionnaireView()
        self.outcomes = OutcomesView()
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.attendee_form)
        editor_layout.addWidget(self.questionnaire)
        editor_layout.addStretch(1)
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setWidget(editor)
        # Not a tab stop: Tab from the Arabic name went to the scroll area, and the Latin
        # name typed next was lost.
        self.editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.outcomes, 1)
        side_layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        side_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 400])  # the questions get the room on a narrow screen
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results_hint)
        layout.addWidget(self.results)
        layout.addWidget(self.editor_title)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.search, self.results)
        QWidget.setTabOrder(self.results, self.new_button)
        QWidget.setTabOrder(self.new_button, self.attendee_form.first_field())
        self.chain_tab_order()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        self.retranslate()

    def chain_tab_order(self) -> None:
        """Tab goes through the details, consent, every question, then Save and Print (call
        again when the questions are rebuilt)."""
        chain = [self.attendee_form.consent, *self.questionnaire.focus_order()]
        chain += [self.save_button, self.print_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_field(
        self, widget: QWidget, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason
    ) -> None:
        """Focus `widget` now (keys typed next land there) and scroll it into view, also
        while the window waits to get the keyboard back from a dialog."""
        widget.setFocus(reason)
        self._follow_focus(None, widget)

    def _follow_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        """The focused field is always in view, whoever moved the focus."""
        editor = self.editor_scroll.widget()
        if now is not None and editor is not None and editor.isAncestorOf(now):
            self.editor_scroll.ensureWidgetVisible(now, 24, 48)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.search.setPlaceholderText(
            self.tr("Search by CIN, phone or name, in Arabic or Latin letters (Ctrl+F)")
        )
        self.new_button.setText(self.tr("New walk-in (Ctrl+N)"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.print_button.setText(self.tr("Print checklist (Ctrl+P)"))
        self.results_model.retranslate()
        self.attendee_form.retranslate()
        self.outcomes.retranslate()

    def focus_search(self) -> None:
        """Back to the search box, its text selected for the next person."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_results(self) -> None:
        """Into the results, first row selected."""
        if self.results_model.rowCount() == 0:
            return
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.results.currentIndex().isValid():
            self.results.setCurrentIndex(self.results_model.index(0, 0))

    def current_result_row(self) -> int | None:
        """The selected result row, if any."""
        index = self.results.currentIndex()
        return index.row() if index.isValid() else None

    def _search_enter(self) -> None:
        if self.results_model.rowCount() == 1:
            self.result_activated.emit(0)
        else:
            self.focus_results()
