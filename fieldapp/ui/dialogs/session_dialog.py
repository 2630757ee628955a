"""Create or edit a session: place (Guelmim-Oued Noun provinces offered), date, venue, partners."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.models import DEFAULT_FORM_ID, Session
from fieldapp.services.sessions import PROVINCES, SessionDetails, SessionService
from fieldapp.ui.widgets.date_field import DateField
from fieldapp.ui.widgets.label_fit import fit_labels


class SessionDialog(QDialog):
    """A form for a session; `accept()` saves through the session service."""

    def __init__(
        self,
        sessions: SessionService,
        *,
        language: str,
        forms: Sequence[tuple[str, str]] = ((DEFAULT_FORM_ID, DEFAULT_FORM_ID),),
        session: Session | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._language = language
        self._editing = session
        self.saved: Session | None = None
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("New session"))

        self.place = QComboBox()
        self.place.setEditable(True)
        self.place.addItems(list(PROVINCES))
        self.place.setCurrentText("")
        place_edit = self.place.lineEdit()
        if place_edit is not None:
            place_edit.setPlaceholderText(self.tr("Town where the outreach day is held"))
        self.date = DateField(dt.date.today())
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("e.g. Green March hall"))
        self.province = QComboBox()
        self.province.setEditable(True)
        self.province.addItems(["", *PROVINCES])
        self.partners = QLineEdit()
        self.partners.setPlaceholderText(self.tr("Separate partners with commas"))
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(self.tr("e.g. AMO, national crafts register"))
        self.form = QComboBox()
        for form_id, title in forms:
            self.form.addItem(title, form_id)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QFormLayout()
        layout.addRow(self.tr("&Place"), self.place)
        layout.addRow(self.tr("&Date"), self.date)
        layout.addRow(self.tr("&Venue"), self.venue)
        layout.addRow(self.tr("P&rovince"), self.province)
        layout.addRow(self.tr("P&artners"), self.partners)
        layout.addRow(self.tr("&Topics"), self.topics)
        layout.addRow(self.tr("&Form"), self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        fit_labels(self)
        if session is not None:
            self._fill(session)

    def _fill(self, session: Session) -> None:
        self.place.setCurrentText(session.place)
        self.date.set_date(session.date)
        self.venue.setText(session.venue)
        self.province.setCurrentText(session.province)
        self.partners.setText(", ".join(session.partners))
        self.topics.setText(", ".join(session.topics))
        index = self.form.findData(session.form_id)
        if index >= 0:
            self.form.setCurrentIndex(index)

    @staticmethod
    def _split(text: str) -> list[str]:
        return [part.strip() for part in text.replace("،", ",").split(",") if part.strip()]

    def accept(self) -> None:
        """Validate and save; on bad input show the message and stay open."""
        date = self.date.date()
        if date is None:
            self.error.setText(
                self.tr(
                    "Type the date as 01/08/2025, 1-8-2025 or 2025-08-01, or pick it (Alt+Down)."
                )
            )
            self.error.show()
            self.date.setFocus()
            return
        values: SessionDetails = {
            "place": self.place.currentText(),
            "date": date,
            "venue": self.venue.text(),
            "province": self.province.currentText(),
            "partners": self._split(self.partners.text()),
            "topics": self._split(self.topics.text()),
            "form_id": str(self.form.currentData() or DEFAULT_FORM_ID),
        }
        try:
            if self._editing is None:
                self.saved = self._sessions.create_session(**values)
            else:
                self.saved = self._sessions.update_session(session_id=self._editing.id, **values)
        except ValidationFailed as failure:
            self.error.setText(failure.describe(self._language))
            self.error.show()
            self.place.setFocus()
            return
        super().accept()
