"""The clerk's decisions in the office screen: under the possible duplicates, merge the
selected group or mark it "not a duplicate"; on the people list, split registrations off a
person. Each needs a reason, kept with the clerk's name; a change someone else made first is
told ("changed by … at …") and the view shows the current state."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.people import DuplicateGroup, PersonRow
from fieldapp.services.app import AppServices
from fieldapp.services.bundles.errors import SyncError
from fieldapp.services.office.decisions import ChangedMeanwhile
from fieldapp.ui.formatting import stored_date
from fieldapp.ui.office.texts import refusal_message


def _failure(error: SyncError, language: str) -> str:
    if isinstance(error, ChangedMeanwhile):
        return error.describe(language)
    return refusal_message(error, language)


class DuplicateDecisions(QWidget):
    """Reason + "Merge into one person" + "Not a duplicate" for the group of the selected
    row of the duplicates table."""

    def __init__(
        self,
        services: AppServices,
        table: QTableView,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._table = table
        self._language = language
        self._groups: list[DuplicateGroup] = []
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.reason_label.setBuddy(self.reason)
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.reason_label, self.reason, self.merge_button, self.dismiss_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason.setPlaceholderText(self.tr("why (kept with your name)"))
        self.merge_button.setText(self.tr("&Merge into one person"))
        self.dismiss_button.setText(self.tr("&Not a duplicate"))

    def set_groups(self, groups: Sequence[DuplicateGroup]) -> None:
        """The groups shown, in the table's row order."""
        self._groups = list(groups)

    def selected_group(self) -> DuplicateGroup | None:
        """The group of the selected row."""
        index = self._table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        row = index.row()
        for group in self._groups:
            if row < len(group.registrations):
                return group
            row -= len(group.registrations)
        return None

    def merge(self) -> None:
        """Merge the selected group's people (the first registration's person keeps its id)."""
        group = self._ready()
        if group is not None:
            self._run(
                lambda: self._services.office.decisions.merge(
                    people=list(group.person_keys), why=self.reason.text()
                ),
                self.tr("Merged: one person now."),
            )

    def dismiss(self) -> None:
        """Mark the selected group as not one person."""
        group = self._ready()
        if group is not None:
            self._run(
                lambda: self._services.office.decisions.dismiss(
                    attendee_ids=[r.attendee_id for r in group.registrations],
                    why=self.reason.text(),
                ),
                self.tr("Kept apart: this group is not proposed again."),
            )

    def _ready(self) -> DuplicateGroup | None:
        group = self.selected_group()
        if group is None:
            self.message.setText(self.tr("Select a registration of the group first."))
        elif not self.reason.text().strip():
            self.message.setText(self.tr("Say why first: the reason is kept with your name."))
            self.reason.setFocus()
            return None
        return group

    def _run(self, act: Callable[[], object], done: str) -> None:
        try:
            act()
        except SyncError as error:
            self.message.setText(_failure(error, self._language()))
            return
        self.reason.clear()
        self.message.setText(done)


class SplitDialog(QDialog):
    """Tick the registrations that are another person, say why, split."""

    def __init__(
        self,
        services: AppServices,
        person: PersonRow,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self.person = person
        self.setWindowTitle(self.tr("Split a person"))
        self.hint = QLabel(
            self.tr(
                "Tick the registrations that are another person (for example a relative "
                "who used the same CIN)."
            )
        )
        self.hint.setWordWrap(True)
        self.registrations = QListWidget()
        for r in services.office.decisions.registrations(person.person_key):
            item = QListWidgetItem(
                f"{r.name_ar or r.name_lat}  {r.cin or '—'}  {r.birth_year or ''}  "
                f"{stored_date(r.session_date)} {r.session_place}"
            )
            item.setData(Qt.ItemDataRole.UserRole, r.attendee_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.registrations.addItem(item)
        self.reason_label = QLabel(self.tr("&Reason:"))
        self.reason = QLineEdit()
        self.reason_label.setBuddy(self.reason)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Split"))
        buttons.accepted.connect(self.split)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.hint, self.registrations, self.reason_label, self.reason):
            layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        """The attendee ids ticked."""
        return [
            str(self.registrations.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.registrations.count())
            if self.registrations.item(i).checkState() == Qt.CheckState.Checked
        ]

    def split(self) -> None:
        """Split the ticked registrations off (the dialog stays open on a refusal)."""
        try:
            self._services.office.decisions.split(
                person=self.person.person_key,
                attendee_ids=self.chosen(),
                why=self.reason.text(),
            )
        except SyncError as error:
            self.message.setText(_failure(error, self._language()))
            return
        self.accept()


class SplitButton(QPushButton):
    """ "Split this person…": opens the split dialog for the person shown."""

    def __init__(
        self,
        services: AppServices,
        person: Callable[[], PersonRow | None],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._person = person
        self._language = language
        self.dialog: SplitDialog | None = None
        self.clicked.connect(self.open_dialog)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setText(self.tr("S&plit this person…"))

    def open_dialog(self) -> SplitDialog | None:
        """The split dialog for the selected person (none selected: nothing)."""
        person = self._person()
        if person is None:
            return None
        self.dialog = SplitDialog(self._services, person, self._language, self.window())
        self.dialog.open()
        return self.dialog
