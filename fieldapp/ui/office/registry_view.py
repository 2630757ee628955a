"""The office screen: the registry of people across laptops and sessions, with filters,
follow-up and possible duplicates. Dropping bundle files on it asks to import them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldapp.domain.errors import ValidationFailed
from fieldapp.domain.people import PersonRow
from fieldapp.services.app import AppServices
from fieldapp.services.bundles.errors import SyncError
from fieldapp.services.events import Change
from fieldapp.services.office.registry import FILTERS
from fieldapp.ui.change_relay import ChangeRelay
from fieldapp.ui.formatting import stored_date
from fieldapp.ui.i18n import field_title
from fieldapp.ui.office.decisions import DuplicateDecisions, SplitButton
from fieldapp.ui.office.erase_dialog import EraseDialog
from fieldapp.ui.office.follow_up_panel import FollowUpPanel
from fieldapp.ui.office.import_dialog import dropped_files
from fieldapp.ui.office.people_model import PeopleTableModel
from fieldapp.ui.office.table_models import TextTableModel
from fieldapp.ui.office.texts import filter_label, refusal_message
from fieldapp.ui.table_rows import select_index


def _table(model: QSortFilterProxyModel | TextTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    # Tab goes on to the follow-up panel and the buttons; arrows move between rows.
    table.setTabKeyNavigation(False)
    return table


class OfficeView(QWidget):
    """People (filtered), their follow-up, and possible duplicates; refreshes on changes.

    Signals:
        import_requested(object): a list of dropped file `Path`s (empty: choose files).
        export_requested(): the user asked to export the filtered list.
    """

    import_requested = Signal(object)
    export_requested = Signal()
    PEOPLE, DUPLICATES = range(2)

    def __init__(
        self,
        services: AppServices,
        relay: ChangeRelay,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self.setAcceptDrops(True)
        self._stale = False
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.import_requested.emit([]))
        self.filter_label = QLabel()
        self.filter = QComboBox()
        self.filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_requested)
        self.erase_button = QPushButton()
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase_selected)
        self.erase_dialog: EraseDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()  # shown with the outcome of an erasure
        top = QHBoxLayout()
        for widget in (self.import_button, self.filter_label, self.filter, self.count):
            top.addWidget(widget)
        top.addStretch(1)
        # The person's actions on a row of their own: in one row the view was wider than a
        # 1024-pixel netbook screen.
        self.filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter.setMinimumContentsLength(14)
        self.split_button = SplitButton(services, lambda: self.follow_up.person, language)
        self.split_button.setEnabled(False)  # until a person is selected
        actions = QHBoxLayout()
        actions.addStretch(1)
        for widget in (self.split_button, self.erase_button, self.export_button):
            actions.addWidget(widget)
        self.model = PeopleTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(PeopleTableModel.SORT_ROLE)
        self.table = _table(self.proxy)
        self.table.setSortingEnabled(True)
        # Qt's header starts sorted descending: the people from alef, like the laptop's lists.
        self.table.sortByColumn(PeopleTableModel.NAME_AR, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.follow_up = FollowUpPanel()
        self.follow_up.setMaximumWidth(320)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.follow_up)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.duplicates = TextTableModel(self._duplicate_headers, numeric=(0,), parent=self)
        self.duplicates_table = _table(self.duplicates)
        self.duplicates_hint = QLabel()
        self.duplicates_hint.setWordWrap(True)
        duplicates_page = QWidget()
        duplicates_layout = QVBoxLayout(duplicates_page)
        duplicates_layout.addWidget(self.duplicates_hint)
        duplicates_layout.addWidget(self.duplicates_table)
        self.decisions = DuplicateDecisions(services, self.duplicates_table, language)
        duplicates_layout.addWidget(self.decisions)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(duplicates_page, "")
        # Each tab has its key, as the session screen's have (Ctrl+D, Ctrl+L): the duplicate
        # review must be reachable without a mouse; the key moves the focus into the tab.
        for index, key in ((self.PEOPLE, "Ctrl+1"), (self.DUPLICATES, "Ctrl+2")):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda index=index: self.show_tab(index))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.import_button, self.filter)
        self.setTabOrder(self.filter, self.export_button)
        self.setTabOrder(self.export_button, self.tabs)
        self.setTabOrder(self.tabs, self.table)
        relay.changed.connect(self._on_change)
        self.retranslate()

    def _duplicate_headers(self) -> list[str]:
        return [
            self.tr("Group"),
            field_title("name_ar"),
            field_title("name_lat"),
            field_title("cin"),
            field_title("phone"),
            self.tr("Birth year"),
            self.tr("Session"),
        ]

    def show_tab(self, index: int) -> None:
        """Open the people (`PEOPLE`) or the duplicates (`DUPLICATES`) tab, focus in its list."""
        self.tabs.setCurrentIndex(index)
        table = self.table if index == self.PEOPLE else self.duplicates_table
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Registry of people (all laptops, all sessions)"))
        self.import_button.setText(self.tr("&Import bundles…"))
        self.filter_label.setText(self.tr("S&how:"))
        self.export_button.setText(self.tr("E&xport this list (CSV, XLSX)…"))
        self.erase_button.setText(self.tr("Erase this person's personal data…"))
        self.tabs.setTabText(self.PEOPLE, self.tr("People (Ctrl+1)"))
        self.tabs.setTabText(self.DUPLICATES, self.tr("Possible duplicates (Ctrl+2)"))
        self.duplicates_hint.setText(
            self.tr(
                "Registrations of different people whose names look alike (in Arabic or Latin "
                "letters) with the same birth year or phone. Review them: merge them into one "
                "person, or mark them as not a duplicate. Nothing is merged automatically."
            )
        )
        self.decisions.retranslate()
        self.split_button.retranslate()
        chosen = self.filter_name()
        self.filter.blockSignals(True)
        self.filter.clear()
        for name in (None, *FILTERS):
            self.filter.addItem(filter_label(name), name)
        self.filter.setCurrentIndex(max(self.filter.findData(chosen), 0))
        self.filter.blockSignals(False)
        self.follow_up.retranslate()
        self.duplicates.retranslate()
        self.refresh()

    def filter_name(self) -> str | None:
        """The service filter chosen (None: everyone)."""
        data = self.filter.currentData()
        return str(data) if data else None

    def set_filter(self, name: str | None) -> None:
        """Choose a filter (refreshes the list)."""
        self.filter.setCurrentIndex(max(self.filter.findData(name), 0))

    def outcome_titles(self) -> dict[str, str]:
        """Outcome ids → titles in the interface language, from every form."""
        language = self._language()
        return {
            outcome.id: outcome.title.get(language)
            for form in self._services.forms.list_forms()
            for outcome in form.outcomes
        }

    def refresh(self) -> None:
        """Reload people (with the filter) and the duplicate groups."""
        self._stale = False
        selected = self.selected_person_key()
        people = self._services.office.people(filter_name=self.filter_name())
        self.model.set_rows(people, self.outcome_titles())
        self.count.setText(self.tr("%n person(s)", "", len(people)))
        rows, keys = [], []
        groups = self._services.office.duplicates()
        self.decisions.set_groups(groups)
        for number, group in enumerate(groups, start=1):
            for r in group.registrations:
                rows.append(
                    (
                        QLocale().toString(number), r.name_ar, r.name_lat, r.cin or "—", r.phone,
                        str(r.birth_year), f"{stored_date(r.session_date)} {r.session_place}",
                    )
                )  # fmt: skip
                keys.append(r.person_key)
        self.duplicates.set_rows(rows, keys)
        self.tabs.setTabText(
            self.DUPLICATES,
            # the groups a clerk reviews, as `office duplicates` counts them
            self.tr("Possible duplicates: %1 (Ctrl+2)").replace(
                "%1", QLocale().toString(len(groups))
            ),
        )
        self.select(selected)

    def selected_person_key(self) -> str | None:
        """The person selected in the table."""
        index = self.table.selectionModel().currentIndex()
        return str(index.data(PeopleTableModel.PERSON_KEY_ROLE)) if index.isValid() else None

    def select(self, person_key: str | None) -> None:
        """Select `person_key` if shown; otherwise nothing is selected."""
        row = self.model.row_of(person_key) if person_key else -1
        if row < 0:
            self.table.selectionModel().clear()
            self._selected()
            return
        select_index(self.table, self.proxy.mapFromSource(self.model.index(row, 0)))
        self._selected()

    def _selected(self) -> None:
        person = self.selected_person()
        self.follow_up.show_person(person)
        self.erase_button.setEnabled(person is not None and bool(person.cin))
        self.split_button.setEnabled(person is not None)

    def selected_person(self) -> PersonRow | None:
        """The person selected in the table, if any."""
        source = self.proxy.mapToSource(self.table.selectionModel().currentIndex())
        return self.model.person(source.row()) if source.isValid() else None

    def erase_selected(self) -> None:
        """Ask, then erase the selected person's personal data (law 09-08) through the same
        service as `fieldapp office erase CIN`; the list refreshes on the change."""
        person = self.selected_person()
        if person is None or not person.cin:
            return
        self.erase_dialog = EraseDialog(person, self)
        self.erase_dialog.exec()
        confirmed = self.erase_dialog.confirmed()
        self.erase_dialog = None
        if not confirmed:
            return
        try:
            count = self._services.office.erase_person(cin=person.cin)
        except (SyncError, ValidationFailed) as error:
            self.status.setText(refusal_message(error, self._language()))
            self.status.show()
            return
        self.status.setText(self.tr("Personal data erased from %Ln registration(s).", "", count))
        self.status.show()
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.kind in ("attendee", "session", "answers", "follow_up", "device"):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while hidden (a laptop saving attendees)."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept bundle files dragged from the stick."""
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask to import the dropped files."""
        paths = dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.import_requested.emit(paths)
