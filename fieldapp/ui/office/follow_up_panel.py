"""The follow-up editor of the selected person: status and note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.people import PersonRow
from fieldapp.services.office.registry import FOLLOW_UP_STATUSES
from fieldapp.ui.formatting import isolated, stored_date
from fieldapp.ui.office.texts import follow_up_label


class FollowUpPanel(QGroupBox):
    """Edits one person's follow-up; the view's controller saves it.

    Signals:
        save_requested(str, str, str): person key, status, note.
    """

    save_requested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person: PersonRow | None = None
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.status = QComboBox()
        self.status.currentIndexChanged.connect(lambda _index: self._status_chosen())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.addRow(self.name)
        self.form.addRow(self.details)
        self.status_label = QLabel()
        self.status_label.setBuddy(self.status)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        self.form.addRow(self.status_label, self.status)
        self.form.addRow(self.note_label, self.note)
        self.form.addRow(self.save_button)
        self.form.addRow(self.message)
        self.retranslate()
        self.show_person(None)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Follow-up"))
        self.status_label.setText(self.tr("&Status:"))
        self.note_label.setText(self.tr("N&ote:"))
        self.save_button.setText(self.tr("Save &follow-up"))
        current = self.status.currentData()
        self.status.clear()
        # "Not set" first, as the registry's column says it: a person nobody followed up yet
        # is shown so, never as "to contact"; a status must be chosen before saving.
        for status in ("", *FOLLOW_UP_STATUSES):
            self.status.addItem(follow_up_label(status), status)
        if current is not None:
            self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.show_person(self.person)

    def show_person(self, person: PersonRow | None) -> None:
        """Edit `person` (None: nothing selected)."""
        self.person = person
        enabled = person is not None
        for widget in (self.status, self.note, self.save_button):
            widget.setEnabled(enabled)
        if person is None:
            self.name.setText(self.tr("Select a person in the list."))
            self.details.clear()
            self.note.clear()
            return
        self.name.setText(f"<b>{person.name_ar or person.name_lat}</b>")
        details = (
            self.tr("%n session(s), first %2, last %3 in %4.", "", person.sessions)
            .replace("%2", stored_date(person.first_date))
            .replace("%3", stored_date(person.last_date))
            .replace("%4", isolated(person.last_place))
            if person.sessions
            else self.tr("Has not attended a session yet.")
        )
        if person.absent:  # pre-registered and did not come: apart, to call
            details += "\n" + self.tr(
                "Pre-registered for %n session(s) not attended: to call.", "", person.absent
            )
        self.details.setText(details)
        self.status.setCurrentIndex(max(self.status.findData(person.follow_up), 0))
        self._status_chosen()
        self.note.setPlainText(person.follow_up_note)
        self.message.clear()

    def _status_chosen(self) -> None:
        self.save_button.setEnabled(self.person is not None and bool(self.status.currentData()))

    def _save(self) -> None:
        if self.person is not None:
            self.save_requested.emit(
                self.person.person_key, str(self.status.currentData()), self.note.toPlainText()
            )
