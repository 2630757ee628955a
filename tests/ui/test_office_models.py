"""The office table models, checked by qtmodeltester and without widgets."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from fieldapp.domain.people import PersonRow
from fieldapp.ui.office.people_model import PeopleTableModel
from fieldapp.ui.office.table_models import TextTableModel


def _person(key: str, name: str, *, sessions: int = 1, follow_up: str = "") -> PersonRow:
    return PersonRow(
        person_key=key,
        attendee_id=f"a-{key}",
        cin=key if not key.startswith("id:") else "",
        name_ar=name,
        name_lat="",
        phone="+212612345678",
        birth_year=1980,
        gender="",
        craft="",
        province="",
        commune="",
        sessions=sessions,
        first_date="2025-08-01",
        last_date="2025-08-02",
        last_place="كلميم",
        last_session_id="s1",
        outcomes=("rna_register_artisan",),
        answers_complete=True,
        follow_up=follow_up,
        follow_up_note="rappel" if follow_up else "",
        follow_up_at="",
    )


def test_people_model(qtmodeltester) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English))
    model = PeopleTableModel()
    qtmodeltester.check(model)
    model.set_rows(
        [_person("JB123456", "مريم", sessions=3, follow_up="contacted"), _person("id:x", "يوسف")],
        {"rna_register_artisan": "Register in the RNA"},
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 8
    assert model.index(0, PeopleTableModel.NAME_AR).data() == "مريم"
    assert model.index(0, PeopleTableModel.OUTCOMES).data() == "Register in the RNA"
    # The national form artisans know, as on the laptop (a left-to-right isolate).
    assert "06 12 34 56 78" in model.index(0, PeopleTableModel.PHONE).data()
    assert model.index(0, PeopleTableModel.SESSIONS).data(PeopleTableModel.SORT_ROLE) == 3
    assert model.index(1, PeopleTableModel.CIN).data() == "—"
    follow = model.index(0, PeopleTableModel.FOLLOW_UP)
    assert follow.data() == "Contacted"
    assert follow.data(Qt.ItemDataRole.ToolTipRole) == "rappel"
    assert model.index(1, 0).data(PeopleTableModel.PERSON_KEY_ROLE) == "id:x"
    assert model.row_of("id:x") == 1 and model.row_of("nobody") == -1
    model.set_rows([])
    qtmodeltester.check(model)


def test_text_table_model(qtmodeltester) -> None:
    model = TextTableModel(lambda: ["Kind", "Count"], numeric=(1,))
    qtmodeltester.check(model)
    model.set_rows([("Attendees", "3"), ("Answers",)], keys=["attendees", "answers"])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == ""  # short rows are padded
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignCenter
    )
    assert model.index(1, 0).data(TextTableModel.KEY_ROLE) == "answers"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"


def test_dates_read_day_month_year_in_an_arabic_line(qtbot) -> None:
    """A bare ISO date inside Arabic text is drawn reversed (`2025-08-02` as `02-08-2025`):
    the person panel and the list show the interface's date as a left-to-right isolate."""
    from fieldapp.ui.office.follow_up_panel import FollowUpPanel

    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco))
    try:
        panel = FollowUpPanel()
        qtbot.addWidget(panel)
        panel.show_person(_person("JB123456", "مريم", sessions=3))
        details = panel.details.text()
        assert "\u206601/08/2025\u2069" in details and "\u206602/08/2025\u2069" in details
        assert "2025-08" not in details
        model = PeopleTableModel()
        model.set_rows([_person("JB123456", "مريم")])
        last = model.index(0, PeopleTableModel.LAST).data()
        assert last == "\u206602/08/2025\u2069 كلميم"
        assert model.index(0, PeopleTableModel.LAST).data(PeopleTableModel.SORT_ROLE) == (
            "2025-08-02"
        )
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))
