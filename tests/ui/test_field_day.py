"""The field day end to end through the main window: import, check in, walk-in, print, language."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fieldapp.services.app import AppServices
from fieldapp.services.attendees import MatchKind
from fieldapp.ui.dialogs.import_report import ImportReportDialog
from fieldapp.ui.widgets.question_inputs import ChoiceButtons, ChoiceCombo, LineInput
from tests.ui.helpers import type_text
from tests.unit.questionnaire.profiles import PROFILES

DATA = Path(__file__).resolve().parents[1] / "data"
CTRL = Qt.KeyboardModifier.ControlModifier


def _pdf_text(path: Path) -> str:
    text = "".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return unicodedata.normalize("NFKC", text)


def _choose(row, value) -> None:
    widget = row.input
    if isinstance(widget, ChoiceCombo):
        widget.combo.setCurrentIndex(widget.combo.findData(value))
        widget.combo.activated.emit(widget.combo.currentIndex())
        return
    assert isinstance(widget, ChoiceButtons)
    for option, button in widget.buttons:
        if option == value:
            QTest.keyClick(button, Qt.Key.Key_Space)
            return
    raise AssertionError(f"no option {value!r}")


@pytest.fixture
def open_session(qtbot, make_window, services: AppServices):
    """A main window on a session with the messy pre-registration list imported."""
    window = make_window()
    session = services.sessions.create_session(
        place="سيدي إفني", date=dt.date(2025, 8, 1), province="Sidi Ifni"
    )
    window.sessions_view.refresh()
    window.import_file(session.id, DATA / "prereg_messy.csv")
    qtbot.waitUntil(
        lambda: isinstance(window.last_import_report, ImportReportDialog), timeout=10000
    )
    window.last_import_report.close()
    assert window.open_session(session.id, agent="عائشة")
    window.activateWindow()
    qtbot.waitActive(window)
    return window, session


def test_field_day(qtbot, open_session, services: AppServices, tmp_path: Path) -> None:
    window, session = open_session
    screen = window.session_screen
    desk = screen.desk
    registration = screen.registration
    assert services.agent == "عائشة"
    assert services.store.settings.get("agent_name") == "عائشة"
    assert desk.search.hasFocus()

    # Search as you type: a pre-registered person found by a messy CIN, checked in with F2.
    QTest.keyClicks(desk.search, "ja123456")
    qtbot.waitUntil(lambda: desk.results_model.rowCount() == 1, timeout=2000)
    found = desk.results_model.result(0)
    assert found.kind is MatchKind.PRE_REGISTERED
    asked: list[str] = []
    registration.consent_prompt = lambda attendee: asked.append(attendee.cin) or True
    QTest.keyClick(window, Qt.Key.Key_F2)
    assert asked == ["JA123456"]
    assert services.attendees.get(found.attendee.id).checked_in
    assert registration.current is not None and registration.current.id == found.attendee.id

    # A walk-in typed with the keyboard, Arabic included; first a refused save.
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    form = desk.attendee_form
    assert registration.current is None
    assert form.inputs["name_ar"].hasFocus()
    type_text(form.inputs["name_ar"], "مريم آيت باها")
    QTest.keyClicks(form.inputs["cin"], "JB12")
    QTest.keyClicks(form.inputs["phone"], "0612345678")
    QTest.keyClick(form.inputs["phone"], Qt.Key.Key_Return)
    assert form.errors["consent"].isVisible()
    assert form.errors["consent"].text()
    assert not form.errors["phone"].isVisible()
    assert services.attendees.search("مريم", session_id=session.id) == []

    QTest.keyClick(form.consent, Qt.Key.Key_Space)
    assert form.consent.isChecked()
    # The questionnaire: skip logic shows the NIA question only for registered artisans.
    questions = desk.questionnaire
    rows = questions.rows
    _choose(rows["practice_mode"], "individual")
    _choose(rows["has_diploma"], False)
    line = rows["years_practice"].input
    assert isinstance(line, LineInput)
    QTest.keyClicks(line.line, "12")
    registration.refresh_preview()
    assert not rows["nia"].isVisibleTo(questions)
    _choose(rows["rna_status"], "registered")
    registration.refresh_preview()
    assert rows["nia"].isVisibleTo(questions)
    _choose(rows["rna_status"], "not_registered")
    _choose(rows["amo_status"], "none")
    registration.refresh_preview()
    assert not rows["nia"].isVisibleTo(questions)
    _choose(rows["tax_regime"], "unknown")  # form 2.0: "taxed?" only when the regime is unknown
    registration.refresh_preview()
    assert rows["taxed"].isVisibleTo(questions)
    _choose(rows["taxed"], False)
    registration.refresh_preview()
    _choose(rows["can_pay"], True)
    _choose(rows["rsu_status"], "unknown")
    # A dependant in the repeat group, with a constraint message on a bad birth year.
    group = questions.groups["dependants"]
    QTest.keyClick(group.add_button, Qt.Key.Key_Space)
    person = group.rows[0].subs
    _choose(person["relationship"], "child")
    type_text(person["name"].input.line, "يوسف")
    QTest.keyClicks(person["birth_year"].input.line, "20")
    registration.refresh_preview()
    assert person["birth_year"].error.isVisibleTo(questions)
    person["birth_year"].input.line.clear()
    QTest.keyClicks(person["birth_year"].input.line, "2015")
    registration.refresh_preview()
    assert not person["birth_year"].error.isVisibleTo(questions)
    assert desk.outcomes.plain_text().strip()

    # The CIN was too short: the error sits next to the field, in Arabic, nothing is saved.
    QTest.keyClick(window, Qt.Key.Key_S, CTRL)
    assert form.errors["cin"].isVisible()
    assert "رقم البطاقة" in form.errors["cin"].text()
    QTest.keyClicks(form.inputs["cin"], "3456")
    QTest.keyClick(window, Qt.Key.Key_S, CTRL)
    assert not form.errors["cin"].isVisible()
    saved = registration.current
    assert saved is not None and saved.name_ar == "مريم آيت باها" and saved.cin == "JB123456"
    assert saved.agent == "عائشة"
    assert desk.search.hasFocus()
    loaded = services.answers.load(attendee_id=saved.id)
    assert loaded.answers["years_practice"] == 12
    assert loaded.answers["dependants"] == [
        {"relationship": "child", "name": "يوسف", "birth_year": 2015}
    ]
    assert "nia" not in loaded.answers
    assert services.drafts.pending() == []

    # Print through Qt's printer (to a PDF file) and save the ReportLab PDF.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    job = window.printer.print_to(printer, session_id=session.id, attendee_ids=[saved.id])
    assert len(job.pages) >= 1
    assert printed.stat().st_size > 10_000
    assert services.attendees.get(saved.id).printed_at
    pdf = tmp_path / "checklist.pdf"
    window.printer.save_pdf(attendee_ids=[saved.id], path=pdf)
    assert "مريم آيت باها" in _pdf_text(pdf)
    window.printer.message.disconnect()

    # The attendance list and the counts in the status bar follow.
    qtbot.waitUntil(lambda: "2" in window.statusBar().currentMessage(), timeout=2000)
    screen.refresh()
    assert screen.attendance.model.rowCount() == 8  # 7 imported (3 with warnings), 1 walk-in
    assert window.statusBar().currentMessage().startswith("الحاضرون: 2")

    # Switch to French: left to right, every view retranslated, the form's French labels.
    window.language_actions["fr"].trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.tabs.tabText(0) == "Accueil (Ctrl+D)"
    assert rows["practice_mode"].label.text().startswith("Comment exercez-vous")
    assert window.statusBar().currentMessage().startswith("Présents : 2")
    assert "Non" in [b.text() for _v, b in rows["taxed"].input.buttons]


def test_known_person_prefills_a_new_registration(
    qtbot, open_session, services: AppServices
) -> None:
    window, session = open_session
    earlier = services.sessions.create_session(place="Tan-Tan", date=dt.date(2025, 3, 1))
    from fieldapp.services.attendee_input import parse_attendee_fields

    data = parse_attendee_fields({"name_lat": "Omar Lahbib", "cin": "GM4455"}, consent=True)
    services.attendees.register(session_id=earlier.id, data=data)
    desk = window.session_screen.desk
    QTest.keyClicks(desk.search, "lahbib")
    qtbot.waitUntil(lambda: desk.results_model.rowCount() == 1, timeout=2000)
    assert desk.results_model.result(0).kind is MatchKind.KNOWN_ELSEWHERE
    assert "Tan-Tan" in desk.results_model.index(0, 3).data()
    QTest.keyClick(desk.search, Qt.Key.Key_Return)
    form = desk.attendee_form
    assert form.inputs["cin"].text() == "GM4455"
    assert not form.consent.isChecked()
    assert form.consent.hasFocus()
    QTest.keyClick(form.consent, Qt.Key.Key_Space)
    QTest.keyClick(window, Qt.Key.Key_S, CTRL)
    assert [a.cin for a in services.attendees.list_in_session(session.id)].count("GM4455") == 1


def test_batch_print_of_unprinted_checklists(
    qtbot, open_session, services: AppServices, tmp_path: Path
) -> None:
    window, session = open_session
    people = services.attendees.list_in_session(session.id)
    for attendee in people:
        services.attendees.check_in(attendee_id=attendee.id)
    # Four finished the questionnaire; the three others left before: their checklist would
    # rest on missing answers, so the batch leaves them out and names them.
    for attendee in people[:4]:
        services.answers.set_answers(attendee_id=attendee.id, values=PROFILES["welder_1_year"])
    messages: list[str] = []
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batch.pdf"))
    results: list[object] = []
    window.printer.batch_done.connect(results.append)
    window.printer.message.disconnect()
    window.printer.message.connect(lambda text, _error: messages.append(text))
    window.printer.batch_print(printer, session.id)
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert results[0] is not None and not results[0].cancelled
    assert {a.id for a in services.documents.unprinted(session.id)} == {a.id for a in people[4:]}
    assert len(PdfReader(str(tmp_path / "batch.pdf")).pages) == len(results[0].pages) == 4
    [told] = messages
    assert "لم تطبع، الاستمارة غير مكتملة" in told
    assert all(a.display_name in told for a in people[4:])
