"""The client record: forms that validate as you type, autosave, checklist, payments, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from clinic_app.model import Case, Condition, Conviction, Payment, Sentence
from tests.gui.conftest import TODAY, probation_client, show_active, type_over
from clinic_app.eligibility import remedy_title
from ui.eligibility_view import ReviewDialog
from ui.models.determination_model import COL_MODE, COL_REVIEWED, COL_STATUS, DeterminationModel
from ui.models.history_model import HistoryModel
from ui.models.payment_model import PaymentModel
from ui.forms import set_combo

# The offscreen platform cannot raise a completer popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _cell(panel, conviction: str, remedy: str, column: int) -> str | None:
    proxy = panel.proxy
    for row in range(proxy.rowCount()):
        d = panel.model.determination(proxy.mapToSource(proxy.index(row, 0)).row())
        if proxy.index(row, 1).data() == conviction and d.remedy == remedy:
            return proxy.index(row, column).data()
    return None


def _type(qtbot, field, text: str) -> None:
    """Replace a field's text the way a user does: select all, type, leave the field."""
    type_over(qtbot, field, text)
    field.editingFinished.emit()


def _open(window, repo, client) -> int:
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    return client_id


def _activate(qtbot, window) -> None:
    """Show the window and wait until it is active: keys then go to the focus widget."""
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def _percent_labels(checklist) -> list[str]:
    return [label.text() for label in checklist.findChildren(QLabel) if label.text().endswith("%")]


def test_new_client_with_probation_case_then_a_payment_changes_the_determination(qtbot, window, repo):
    window.show()
    window.load()
    window.new_action.trigger()  # Ctrl+N
    view = window.client_view
    person = view.record.person
    assert view.save_reason.text() == "Cannot save: Name: The client needs a name"
    qtbot.keyClicks(person.name, "Rosa Testcase")
    qtbot.keyClicks(person.dob, "1984-02-03")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert repo.count_clients() == 1
    client_id = view.client.id

    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)
    form = view.record.case_form
    qtbot.keyClicks(form.case_number, "BA555555")
    qtbot.keyClicks(form.disposition, "2021-05-01")
    row = form.convictions.rows[0]
    qtbot.keyClicks(row.offense, "459")
    popup = row.offense.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "PC 459 Burglary - wobbler"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row.offense.text() == "PC 459")
    assert row.wobbler.currentData() is True  # filled from the catalog
    # A wobbler's level is chosen, not the box's first choice (V53-02), then said beside the
    # catalog's words (C39-02: it said "- wobbler").
    assert row.level.currentText() == "Choose level" and row.message.text().startswith("PC 459 Burglary (wobbler): choose")
    row.level.setFocus()
    qtbot.keyClick(row.level, Qt.Key.Key_Down)
    assert row.message.text() == "PC 459 Burglary - misdemeanor (wobbler)"
    qtbot.keyClicks(row.date, "2021-05-01")
    assert form.sentence_type.currentData() == "probation"
    qtbot.keyClicks(form.probation_start, "2021-05-01")
    qtbot.keyClicks(form.probation_end, "2024-05-01")
    qtbot.keyClicks(form.fines_ordered, "300")
    qtbot.keyClicks(form.fines_paid, "0")  # nothing paid yet; blank would be not known (U52-01)
    form.fines_condition.setCurrentIndex(form.fines_condition.findData(True))
    assert view.save_button.isEnabled(), view.save_button.toolTip()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    stored = repo.get_client(client_id)
    case = stored.cases[0]
    assert (case.case_number, case.convictions[0].citation, case.convictions[0].wobbler) == ("BA555555", "PC 459", True)
    assert case.sentence.probation.start == date(2021, 5, 1) and case.sentence.probation.end == date(2024, 5, 1)
    assert case.money.fines_ordered == 300 and case.money.fines_condition_of_probation is True
    view.tabs.setCurrentIndex(2)  # Eligibility
    panel = view.eligibility
    # Unpaid fines that were a probation condition: which route is open is an [L] point.
    assert _cell(panel, "PC 459", "pc1203_4", COL_STATUS) == "Needs review"

    # The checklist: pay the fine in full; the determination changes in place.
    view.tabs.setCurrentIndex(1)
    pay = view.checklist.payment_forms["c1"]
    assert pay.kind.currentData() == "fine"
    # Each bar's percentage is a label beside it, readable whatever the fill.
    assert "0%" in _percent_labels(view.checklist)
    qtbot.keyClicks(pay.amount, "300")
    qtbot.keyClicks(pay.receipt, "R-0001")
    qtbot.mouseClick(pay.button, Qt.MouseButton.LeftButton)
    money = repo.get_client(client_id).cases[0].money
    assert money.payments == [Payment(kind="fine", date=TODAY, amount=300, receipt="R-0001")]
    assert money.fines_paid == 300
    assert view.checklist.ledger_models[0].index(0, 2).data() == "$300"
    assert "0%" not in _percent_labels(view.checklist)
    view.tabs.setCurrentIndex(2)
    assert _cell(panel, "PC 459", "pc1203_4", COL_MODE) == "Mandatory"
    # The caseload line and the stored screening follow.
    assert repo.latest_screening(client_id).as_of == TODAY
    row_index = window.caseload.model.row_of_client(client_id)
    assert window.caseload.model.index(row_index, 0).data() == "Rosa Testcase"


def test_dates_in_an_impossible_order_are_said_beside_the_field_and_not_saved(qtbot, window, repo):
    """The caseload refuses them (screening_format.check_case); the form says so first, so
    a save never fails half-way."""
    client_id = _open(window, repo, probation_client("Orla Orden"))
    view = window.client_view
    form = view.record.case_form
    _type(qtbot, form.early_termination, "2024-06-01")  # after the ordered end 2024-05-01
    assert form.rows["early_termination"].message.text().startswith("After probation ends (2024-05-01)")
    assert not view.save_button.isEnabled()
    _type(qtbot, form.early_termination, "2023-06-01")
    assert repo.get_client(client_id).cases[0].sentence.probation.early_termination == date(2023, 6, 1)

    _type(qtbot, form.judgment, "2021-04-01")  # before the conviction date 2021-05-01
    row = form.convictions.rows[0]
    assert row.message.text() == "The conviction date is after the judgment date (2021-04-01)"
    assert not view.save_button.isEnabled() and "Convicted: after the judgment date" in view.save_button.toolTip()
    _type(qtbot, form.judgment, "2021-05-01")
    assert repo.get_client(client_id).cases[0].sentence.judgment_date == date(2021, 5, 1)

    # An arrest after the conviction, and probation granted before it (fuzzing round 17).
    _type(qtbot, form.arrest_date, "2021-06-01")
    assert form.rows["arrest_date"].message.text() == "After the conviction (2021-05-01)"
    assert not view.save_button.isEnabled() and "Arrest date: After the conviction (2021-05-01)" in view.save_button.toolTip()
    _type(qtbot, form.arrest_date, "2021-04-20")
    assert repo.get_client(client_id).cases[0].arrest_date == date(2021, 4, 20)
    _type(qtbot, form.probation_start, "2021-04-30")
    assert form.rows["probation_start"].message.text() == "Before the conviction (2021-05-01)"
    assert not view.save_button.isEnabled()
    _type(qtbot, form.probation_start, "2021-05-01")
    assert form.rows["probation_start"].message.text() == "" and view.problems() == []


def test_validation_is_said_beside_the_field_and_save_explains_why_it_is_disabled(qtbot, window, repo):
    client_id = _open(window, repo, probation_client("Vera Valid"))
    view = window.client_view
    form = view.record.case_form
    _type(qtbot, form.probation_end, "2020-01-01")
    assert form.rows["probation_end"].message.text() == "Ends before it starts (2021-05-01)"
    assert not view.save_button.isEnabled()
    assert "Probation end: Ends before it starts (2021-05-01)" in view.save_button.toolTip()
    assert view.save_reason.text().startswith("Cannot save: Probation end")
    view.save()  # Ctrl+S does nothing while the form is wrong
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2024, 5, 1)

    _type(qtbot, form.probation_end, "2024-13-01")
    assert form.rows["probation_end"].message.text() == "Not a date: there is no 2024-13-01 (there is no month 13)"
    _type(qtbot, form.probation_end, "1/5/24")  # a two-digit year: 1924 or 2024 (E27-01), said so (K293-03)
    assert form.rows["probation_end"].message.text() == "Not a date: write the year with its four digits, not “24”"
    _type(qtbot, form.probation_end, "9999-12-31")  # "no end" typed as a date the screening cannot count from
    assert form.rows["probation_end"].message.text() == "Give a date from 1900 to 2199"
    assert not view.save_button.isEnabled()
    _type(qtbot, form.probation_end, "2024-06-01")  # fixed: saved as soon as the field is left
    assert not form.rows["probation_end"].message.isVisible()
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2024, 6, 1)

    _type(qtbot, form.restitution_ordered, "-5")
    assert form.rows["restitution_ordered"].message.text() == "Cannot be negative"
    _type(qtbot, form.restitution_ordered, "500")

    # An unknown section is noted, not refused: it is saved and goes to attorney review.
    row = form.convictions.rows[0]
    _type(qtbot, row.offense, "PC 99999.9")
    assert "not in the offense catalog" in row.message.text()
    assert view.save_button.toolTip() == "Everything is saved"
    assert repo.get_client(client_id).cases[0].convictions[0].section == "99999.9"
    statuses = {d.status for d in view.screening.results if d.conviction == "c1-1"}
    assert "needs_review" in statuses

    # O24-01: a count naming two offenses is not "not in the catalog": it asks which one.
    _type(qtbot, row.offense, "HS 11350/11550")
    assert row.message.text() == ("HS 11350/11550 names two offenses: enter the one the conviction is for (HS 11350 or HS 11550); "
                                  "saved as it is, it will be marked for attorney review")

    # A negative payment is refused beside the amount.
    view.tabs.setCurrentIndex(1)
    pay = view.checklist.payment_forms["c1"]
    qtbot.keyClicks(pay.amount, "-50")
    assert pay.message.text() == "Amount: Cannot be negative"
    assert not pay.button.isEnabled() and "Cannot add the payment" in pay.button.toolTip()


def test_undo_and_redo_change_the_database_back_and_forth(qtbot, window, repo):
    client_id = _open(window, repo, probation_client("Olga Original"))
    view = window.client_view
    _type(qtbot, view.record.person.name, "Olga Renamed")
    assert repo.get_client(client_id).name == "Olga Renamed"
    view.tabs.setCurrentIndex(1)
    view.checklist.show_client(view.client, TODAY)
    window.undo_action.trigger()
    assert repo.get_client(client_id).name == "Olga Original"
    assert view.record.person.name.text() == "Olga Original"
    window.redo_action.trigger()
    assert repo.get_client(client_id).name == "Olga Renamed"
    assert view.title.text() == "Olga Renamed"
    # Every step is in the audit log, and the history tab shows it.
    updates = [e for e in repo.history(client_id) if e.action == "update"]
    assert [e.after["name"] for e in updates] == ["Olga Renamed", "Olga Original", "Olga Renamed"]
    view.tabs.setCurrentIndex(3)  # History
    texts = [view.history.model.index(r, 3).data() for r in range(view.history.model.rowCount())]
    assert "name" in texts


def test_ticking_a_condition_is_saved_and_undone(qtbot, window, repo):
    client = probation_client("Cleo Checklist")
    client.cases[0].conditions = [Condition(kind="class", label="Anger management", required=12, done=11)]
    client_id = _open(window, repo, client)
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    tick = view.checklist.condition_boxes[0]
    assert not tick.isChecked()
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton)
    stored = repo.get_client(client_id).cases[0].conditions[0]
    assert stored.completed_on == TODAY and stored.done == 12
    assert view.checklist.condition_boxes[0].isChecked()
    window.undo_action.trigger()
    assert repo.get_client(client_id).cases[0].conditions[0].completed_on is None
    assert not view.checklist.condition_boxes[0].isChecked()


def test_as_of_date_asks_what_if_without_storing(qtbot, window, repo):
    client_id = _open(window, repo, probation_client("Ines Later", probation_end=date(2027, 3, 2)))
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    assert _cell(panel, "PC 459", "pc1203_425", 3) == "Eligible on 2027-03-03"
    panel.as_of.setDate(panel.as_of.date().addMonths(5))  # "what about next April?"
    assert _cell(panel, "PC 459", "pc1203_425", 3) == "Eligible now"
    assert _cell(panel, "PC 459", "pc1203_4", 3) == "Eligible now"
    assert repo.latest_screening(client_id).as_of == TODAY  # a what-if is not stored
    # H40-03: its name said only "Today", not what pressing it does.
    assert panel.today_button.accessibleName() == "Screen as of today"
    qtbot.mouseClick(panel.today_button, Qt.MouseButton.LeftButton)
    assert _cell(panel, "PC 459", "pc1203_425", 3) == "Eligible on 2027-03-03"


def _as_of_typed_into(qtbot, window, repo, name: str):
    """A client on probation to 2027-03-02, open on the Eligibility tab of the active window:
    (its panel, the days its As of date announced as they are announced)."""
    _open(window, repo, probation_client(name, probation_end=date(2027, 3, 2)))
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    days = []
    panel.as_of_changed.connect(days.append)
    return panel, days


def test_the_as_of_date_is_typed_as_written_and_screened_once(qtbot, window, repo):
    from PySide6.QtWidgets import QDateTimeEdit

    # Keyboard check K19-04: "2027-03-02" typed into As of read as 2027-11-03 (the "-" after a
    # full section skipped one more), and each digit re-screened the client for its own day.
    panel, days = _as_of_typed_into(qtbot, window, repo, "Tia Typist")
    for typed, wanted in (("2027-03-02", date(2027, 3, 2)), ("2027/03/03", date(2027, 3, 3)), ("20280115", date(2028, 1, 15))):
        panel.as_of.setFocus()
        panel.as_of.setSelectedSection(QDateTimeEdit.Section.YearSection)  # as Tab into it does
        qtbot.keyClicks(panel.as_of, typed)
        qtbot.keyClick(panel.as_of, Qt.Key.Key_Return)
        assert panel.as_of_date() == wanted
        assert days[-1] == wanted
    assert days == [date(2027, 3, 2), date(2027, 3, 3), date(2028, 1, 15)]  # no day on the way
    assert _cell(panel, "PC 459", "pc1203_425", 3) == "Eligible now"


def test_the_as_of_date_takes_month_day_year_as_the_record_fields_do(qtbot, window, repo):
    from PySide6.QtWidgets import QDateTimeEdit

    # E27B-04: "3/2/2027", as a docket writes it and the record's date fields take it, was
    # read section by section (the year 3, the month 2, ...) and came out as some other day.
    panel, days = _as_of_typed_into(qtbot, window, repo, "Mo Dayyear")
    panel.as_of.setFocus()
    panel.as_of.setSelectedSection(QDateTimeEdit.Section.YearSection)  # as Tab into it does
    qtbot.keyClicks(panel.as_of, "3/2/2027")
    assert panel.as_of.text() == "3/2/2027"  # shown as typed, not as sections filled one by one
    assert days == []  # no day on the way
    qtbot.keyClick(panel.as_of, Qt.Key.Key_Return)
    assert panel.as_of_date() == date(2027, 3, 2) and panel.as_of.text() == "2027-03-02"
    assert days == [date(2027, 3, 2)]

    # Leaving the field takes it too; a day no calendar has keeps the day as it was.
    panel.as_of.setFocus()
    qtbot.keyClicks(panel.as_of, "12/25/2027")
    panel.today_button.setFocus()
    qtbot.waitUntil(lambda: panel.as_of_date() == date(2027, 12, 25))
    assert set(days) == {date(2027, 3, 2), date(2027, 12, 25)} and days[-1] == date(2027, 12, 25)
    panel.as_of.setFocus()
    qtbot.keyClicks(panel.as_of, "2/30/2027")
    qtbot.keyClick(panel.as_of, Qt.Key.Key_Return)
    # The typing kept to be mended (K293-02), the day as it was.
    assert panel.as_of_date() == date(2027, 12, 25) and panel.as_of.text() == "2/30/2027"
    assert set(days) == {date(2027, 3, 2), date(2027, 12, 25)}  # the screen shown again may say its day twice


def test_w28_05_a_day_typed_into_as_of_is_screened_once(qtbot, window, repo):
    """The As of date said its day again when nothing changed, and the client was screened
    again each time: a day typed then Enter pressed twice, a day typed then Up and Enter,
    and "2/30/2027" (put back as it was) each re-screened.  And "9", Enter, then
    "12/25/2027" in the field still focused read "912/25/2027", as 1752-09-14."""
    from PySide6.QtWidgets import QDateTimeEdit

    panel, days = _as_of_typed_into(qtbot, window, repo, "Ona Once")
    screened = []
    window.client_view.eligibility.as_of_changed.connect(lambda _day: screened.append(panel.as_of_date()))
    panel.as_of.setFocus()
    panel.as_of.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(panel.as_of, "9")
    qtbot.keyClick(panel.as_of, Qt.Key.Key_Return)
    qtbot.keyClick(panel.as_of, Qt.Key.Key_Return)
    assert days == [date(2026, 11, 9)]
    qtbot.keyClicks(panel.as_of, "12/25/2027")
    qtbot.keyClick(panel.as_of, Qt.Key.Key_Return)
    assert panel.as_of_date() == date(2027, 12, 25)
    assert days == [date(2026, 11, 9), date(2027, 12, 25)]
    panel.as_of.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(panel.as_of, "3")
    qtbot.keyClick(panel.as_of, Qt.Key.Key_Up)
    qtbot.keyClick(panel.as_of, Qt.Key.Key_Return)
    assert days[2:] == [panel.as_of_date()]
    qtbot.keyClicks(panel.as_of, "2/30/2027")  # no such day: put back, nothing to screen again
    qtbot.keyClick(panel.as_of, Qt.Key.Key_Return)
    assert len(days) == 3 and screened == days
    panel.today_button.click()  # back to today: said once, as any other change
    assert days[-1] == date(2026, 11, 22) and len(days) == 4


def test_attorney_review_is_recorded_and_shown(qtbot, window, repo, monkeypatch):
    client_id = _open(window, repo, probation_client("Rita Reviewed"))
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    panel.table.selectRow(0)
    chosen = panel.current()

    def accept(dialog):
        dialog.note.setPlainText("Docket checked")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    (review,) = repo.reviews(client_id)
    assert (review.case, review.conviction, review.remedy, review.note) == (chosen.case, chosen.conviction, chosen.remedy, "Docket checked")
    assert panel.proxy.index(0, COL_REVIEWED).data().startswith("paralegal-test, ")
    assert any(e.entity == "review" for e in repo.history(client_id))


def test_detail_models_pass_qt_model_tester(qtmodeltester, repo):
    from ui.services import screen_client

    client = probation_client("Mo Model", restitution_ordered=100)
    client.cases[0].money.record_payment(Payment(kind="restitution", date=TODAY, amount=40, receipt="A1"))
    client_id = repo.add_client(client)
    determinations = DeterminationModel()
    determinations.set_screening(client, screen_client(client, TODAY).screening, {})
    qtmodeltester.check(determinations)
    history = HistoryModel()
    repo.save_client(client)
    client.name = "Mo Changed"
    repo.save_client(client)
    history.set_entries(repo.history(client_id))
    qtmodeltester.check(history)
    qtmodeltester.check(PaymentModel(client.cases[0].money.payments))


def test_intake_mode_keyboard_only(qtbot, repo, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=["Compton fair"])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)  # shortcuts (Ctrl+P) go to the active window
    qtbot.keyClicks(dialog.name, "Ivan Intake")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.dob, "1990-01-02")
    qtbot.keyClicks(dialog.event.lineEdit(), "Compton fair")  # today's event, typed (or picked)
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    (client_id,) = repo.search_ids("Ivan")
    assert repo.get_client(client_id).event == "Compton fair"
    qtbot.keyClicks(dialog.case_number, "BA777777")
    qtbot.keyClicks(dialog.conviction.offense, "PC 11350")
    qtbot.keyClicks(dialog.conviction.date, "2019-04-01")
    qtbot.keyClicks(dialog.probation_end, "2021-04-01")
    qtbot.keyClick(dialog.probation_end, Qt.Key.Key_Return)
    stored = repo.get_client(client_id)
    assert [c.case_number for c in stored.cases] == ["BA777777"]
    assert stored.cases[0].sentence.probation.end == date(2021, 4, 1)
    assert dialog.results.count() > 0 and repo.latest_screening(client_id) is not None
    target = tmp_path / "ivan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    from ui.handout_dialog import HandoutDialog

    def save_from_preview(preview):  # the modal preview: Ctrl+S there saves the PDF
        preview.save_pdf()
        return 0

    monkeypatch.setattr(HandoutDialog, "exec", save_from_preview)
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert target.read_bytes()[:5] == b"%PDF-"
    assert "Handout: Saved ivan.pdf" in dialog.best.text()


def test_undo_of_another_clients_edit_leaves_the_open_client_alone(qtbot, window, repo):
    first = _open(window, repo, probation_client("Ada First"))
    _type(qtbot, window.client_view.record.person.name, "Ada Renamed")
    second = repo.add_client(probation_client("Bo Second", case_number="LA9"))
    window.load()
    window.open_client(second)
    window.undo_action.trigger()
    assert repo.get_client(first).name == "Ada First"
    assert window.client_view.client.id == second
    assert window.client_view.record.person.name.text() == "Bo Second"
    row = window.caseload.model.row_of_client(first)
    assert window.caseload.model.row_at(row).name == "Ada First"  # the list follows the undo


def test_switching_cases_saves_the_one_left_and_shows_the_other(qtbot, window, repo):
    client_id = _open(window, repo, probation_client("Cas Cases"))
    view = window.client_view
    form = view.record.case_form
    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)  # a second case, ready to type
    assert view.record.cases.count() == 2 and view.record.cases.currentRow() == 1
    assert len(repo.get_client(client_id).cases) == 2
    qtbot.keyClicks(form.case_number, "LA424242")
    qtbot.keyClicks(form.convictions.rows[0].offense, "HS 11350(a)")
    qtbot.keyClick(form.convictions.rows[0].offense, Qt.Key.Key_Escape)  # no suggestion wanted
    qtbot.keyClicks(form.convictions.rows[0].date, "2018-02-02")
    view.record.cases.setCurrentRow(0)  # leave the new case: it is saved
    stored = repo.get_client(client_id).cases
    assert stored[1].case_number == "LA424242" and stored[1].convictions[0].citation == "HS 11350(a)"
    assert form.case_number.text() == "BA100001"  # the first case is shown
    assert view.record.cases.item(1).text() == "LA424242 · convicted · HS 11350(a)"


def test_notes_are_saved_when_the_box_is_left(qtbot, window, repo):
    client_id = _open(window, repo, probation_client("Nell Notes"))
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    notes = window.client_view.record.person.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Needs a Spanish interpreter")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)  # Tab leaves the box (it does not type a tab)
    assert repo.get_client(client_id).notes == "Needs a Spanish interpreter"


def test_history_shows_when_in_this_computers_time_zone(repo, monkeypatch):
    import time
    from datetime import datetime, timezone

    from db.repository import Repository

    clock = lambda: datetime(2026, 11, 20, 0, 5, 0, tzinfo=timezone.utc)  # noqa: E731
    monkeypatch.setenv("TZ", "PST8PDT,M3.2.0,M11.1.0")  # Los Angeles, as a POSIX rule: no tz database needed
    time.tzset()
    try:
        stamped = Repository(repo.db, user="paralegal", clock=clock)
        client_id = stamped.add_client(probation_client("Tess Timezone"))
        history = HistoryModel()
        history.set_entries(repo.history(client_id))
        assert history.index(0, 0).data() == "2026-11-19 16:05:00"  # stored as 00:05 UTC
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_missing_facts_are_shown_as_the_questions_to_ask(qtbot, window, repo):
    client = probation_client("Dora Nodate")
    client.person.dob = None  # PC 1203.45 turns on the age at the offense
    _open(window, repo, client)
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    rows = [r for r in range(panel.proxy.rowCount()) if panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()).remedy == "pc1203_45"]
    assert rows, "the PC 1203.45 row is shown: it needs review"
    panel.table.selectRow(rows[0])
    shown = panel.details.toPlainText()
    assert "Facts to find out" in shown
    assert "What is the person's date of birth?" in shown
    assert "person.dob" not in shown  # request notation, not what the paralegal records


def test_an_amount_the_record_gives_is_asked_as_a_check_in_the_details(qtbot, window, repo):
    """F26-06 in the window: the text report asked "The record gives 50 g of cannabis; check
    the amount", while the window's Facts to find out still asked "How much cannabis was
    involved (in grams)?" as if the record gave none."""
    client = probation_client("Cora Grams", section="11357(b)")
    conviction = client.cases[0].convictions[0]
    conviction.code, conviction.cannabis_grams = "HS", 50
    conviction.offense_date = conviction.conviction_date = client.cases[0].disposition_date = date(2011, 5, 1)
    client.cases[0].sentence.probation.start, client.cases[0].sentence.probation.end = date(2011, 5, 1), date(2012, 5, 1)
    _open(window, repo, client)
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    rows = [r for r in range(panel.proxy.rowCount()) if panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()).remedy == "prop64"]
    panel.table.selectRow(rows[0])
    shown = panel.details.toPlainText()
    # S27-01: a step checks the amount the record gives; it is not a fact to find out.
    assert "Facts to find out" not in shown
    assert "The record gives 50 g of cannabis: is that the right amount (in grams)?" in shown.split("Next steps", 1)[1]
    assert "How much cannabis was involved" not in shown


def test_a_fact_of_another_case_is_named_as_the_window_names_that_case(qtbot, window, repo):
    # The table lists cases by court number; a question or a reason naming "case c2" pointed
    # at nothing on the screen.
    client = probation_client("Rosa Later")
    client.cases.append(Case(id="c2", case_number="5CJ07777", disposition_date=date(2025, 7, 1),
                             convictions=[Conviction(id="c2-1", code="VC", section="12500(a)", level="misdemeanor", conviction_date=date(2025, 7, 1))]))
    _open(window, repo, client)
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    rows = [r for r in range(panel.proxy.rowCount()) if (lambda d: (d.remedy, d.case) == ("pc1203_4", "c1"))(panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()))]
    panel.table.selectRow(rows[0])
    shown = panel.details.toPlainText()
    assert "Case 5CJ07777: What was the sentence" in shown
    assert "case 5CJ07777" in shown and "c2" not in shown
    assert panel.model.conviction_names == {"c1-1": "PC 459", "c2-1": "VC 12500(a)"}

def test_the_details_say_what_stays_true_of_the_conviction_after_relief(qtbot, window, repo):
    _open(window, repo, probation_client("Gus Stays", section="242"))
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    panel.table.selectRow(0)
    shown = panel.details.toPlainText()
    assert "What stays true of this conviction even after relief" in shown
    # PC 242 is on the PC 29805 list: a ten-year ban from the conviction (2021-05-01)
    assert "Firearms: A ten-year state firearm ban from the conviction date runs through 2031-05-01, its tenth anniversary: no firearm before 2031-05-02" in shown
    assert "Prior conviction: If the person is ever charged with another crime, it can still be used against them" in shown


def test_a_date_of_birth_after_a_conviction_is_said_beside_save_not_a_crash(qtbot, window, repo):
    """The reader refuses a record from before birth (fuzzing finding), and so does the
    repository: the form says why it cannot save instead of failing inside the save."""
    client_id = _open(window, repo, probation_client("Bea Born-Later"))
    view = window.client_view
    before = repo.get_client(client_id).person.dob
    _type(qtbot, view.record.person.dob, "2022-01-01")  # after the 2021 conviction
    assert not view.save_button.isEnabled()
    assert "before the date of birth 2022-01-01" in view.save_reason.text()
    # Where, in the form's words, not as a FORMAT.md path ("(cases[0].convictions[0]...)": W21-09).
    assert view.save_reason.text() == (
        "Cannot save: Case BA100001, conviction 1, Convicted: 2021-05-01 is before the date of birth 2022-01-01")
    assert repo.get_client(client_id).person.dob == before
    _type(qtbot, view.record.person.dob, "1990-01-01")
    assert repo.get_client(client_id).person.dob == date(1990, 1, 1)


def test_another_client_opens_on_its_first_row_not_on_the_last_clients_selection(qtbot, window, repo):
    # Readability finding R18 G1: the same request ids name other cases in another client;
    # keeping the row showed its details beside a table scrolled elsewhere.
    _open(window, repo, probation_client("Ana First"))
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    panel.show_all.setChecked(True)  # every remedy: the last row is far down
    last = panel.proxy.rowCount() - 1
    assert last > 10
    panel.table.selectRow(last)
    assert panel.current().remedy == panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(last, 0)).row()).remedy
    panel.as_of.setDate(QDate(2030, 1, 1))  # a what-if date for this client only (GUI check G18-10)
    _open(window, repo, probation_client("Ben Second", section="242"))
    assert window.client_view.eligibility.as_of_date() == TODAY
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    assert panel.table.selectionModel().currentIndex().row() == 0
    top = panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(0, 0)).row())
    assert panel.current() is top
    assert panel.details.toPlainText().startswith(remedy_title(top.remedy))


def test_a_block_with_no_end_date_says_so_in_the_table():
    from clinic_app.model import Determination
    from ui.models.determination_model import status_text
    blocked = Determination("c1", "c1-1", "pc1203_4", "blocked", None, None, [], [], [], "H")
    assert status_text(blocked) == "Blocked, end unknown"
    blocked.date = date(2029, 2, 28)
    assert status_text(blocked) == "Blocked until 2029-02-28"


def test_the_header_names_the_relief_its_best_outcome_rests_on(qtbot, window, repo):
    # Readability finding R18 G3: "Eligible now" alone, for a client whose only open relief
    # is a reduction, read as a dismissal.
    _open(window, repo, probation_client("Cora Header", section="242"))
    header = window.client_view.outcome.text()
    assert header.startswith("· Eligible now: ") and "PC 1203.4 dismissal" in header
    assert "PC 1203.3" not in header  # a referral is not the relief the outcome rests on


def test_a_window_left_open_overnight_screens_the_new_day(qtbot, repo, monkeypatch):
    # Store check S18-03: the day was fixed when the window opened; left open overnight it
    # screened, stored and showed yesterday's answers.
    import ui.main_window as main_window
    from ui.main_window import MainWindow

    class Clock(date):
        now = date(2027, 2, 7)

        @classmethod
        def today(cls):
            return cls.now

    monkeypatch.setattr(main_window, "date", Clock)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    client_id = _open(window, repo, probation_client("Mona Overnight", probation_end=date(2027, 2, 7)))
    assert window.client_view.eligibility.as_of_date() == date(2027, 2, 7)
    assert window.client_view.outcome.text().startswith("· Eligible on 2027-02-08")
    Clock.now = date(2027, 2, 8)
    # The handout of a client left open past midnight speaks for the new day (GUI check G18-03).
    import ui.handout_dialog as handout_dialog

    seen = []
    monkeypatch.setattr(handout_dialog.HandoutDialog, "exec", lambda self: seen.append(self.screening_for(date(2027, 2, 8)).as_of))
    window.client_view.print_handout()
    assert seen == [date(2027, 2, 8)]
    Clock.now = date(2027, 2, 9)
    window.open_client(client_id)
    assert window.client_view.eligibility.as_of_date() == date(2027, 2, 9)
    assert window.client_view.outcome.text().startswith("· Eligible now")
    assert repo.latest_screening(client_id).screening.as_of == date(2027, 2, 9)


def test_a_stored_result_is_shown_as_it_was_and_opening_the_client_brings_it_up_to_date(qtbot, window, repo):
    # Issue 3, item 8 ("a result can be shown as it was"); store check S18-04: only a fresh
    # screening could be seen, and opening every client left them "screened by older rules".
    from clinic_app.eligibility import RULES_VERSION, facts_hash, screen
    from clinic_app.summary import summarize

    client_id = repo.add_client(probation_client("Olga Older", probation_end=date(2026, 3, 1)))
    client = repo.get_client(client_id)
    old = screen(client.person, client.cases, date(2025, 11, 1))
    old.rules_version = "2025.10.01"
    old.results[0].reasons[0].text = "Words of the older rules."
    repo.store_screening(client_id, old, facts_hash(client.person, client.cases), summarize(client, old, date(2025, 11, 1)))
    window.load()
    assert "1 client screened by older rules" in window.status.text()
    window.open_client(client_id)
    assert "older rules" not in window.status.text()  # today's rules' result was stored
    assert repo.newest_screening_key(client_id)[0] == RULES_VERSION
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    items = [panel.showing.itemText(i) for i in range(panel.showing.count())]
    assert items[0] == "Screened now" and items[-1].startswith("Out of date: stored result as of 2025-11-01, rules 2025.10.01, saved ")
    panel.showing.setCurrentIndex(len(items) - 1)
    assert panel.rules.text() == "Rules version 2025.10.01" and not panel.as_of.isEnabled()
    assert not panel.review_button.isEnabled()  # a review is of today's result (GUI check G18-01)
    assert panel.stored_note.isVisibleTo(panel) and "Out of date: the rules changed since" in panel.stored_note.text()
    shown = [panel.model.determination(r) for r in range(panel.model.rowCount())]
    assert any(r.text == "Words of the older rules." for d in shown for r in d.reasons)
    panel.showing.setCurrentIndex(0)
    assert panel.rules.text() == f"Rules version {RULES_VERSION}" and panel.as_of.isEnabled() and not panel.stored_note.isVisibleTo(panel)
    assert panel.review_button.isEnabled()


def test_a_stored_result_names_its_cases_as_they_were_and_a_new_case_takes_no_old_key(qtbot, window, repo):
    # GUI check G18-02: after "Remove case" then "Add case", the new case took the removed
    # one's key "c2": a stored result's rows of the removed case read as the new case, and
    # the removed case's review showed on the new case's rows.
    client = probation_client("Rita Removed")
    second = Case(id="c2", case_number="0MP22255", disposition_date=date(2022, 1, 5),
                  convictions=[Conviction(id="c2-1", code="VC", section="20002", level="misdemeanor", conviction_date=date(2022, 1, 5))],
                  sentence=Sentence(type="fine_only", judgment_date=date(2022, 1, 5)))
    client.cases.append(second)
    client_id = _open(window, repo, client)
    view = window.client_view
    panel = view.eligibility
    view.tabs.setCurrentIndex(2)
    d = next(panel.model.determination(r) for r in range(panel.model.rowCount()) if panel.model.determination(r).case == "c2")
    repo.record_review(client_id, d.case, d.conviction, d.remedy, "checked")

    view.tabs.setCurrentIndex(0)
    view.record.cases.setCurrentRow(1)
    qtbot.mouseClick(view.record.remove_case, Qt.MouseButton.LeftButton)
    assert [c.id for c in repo.get_client(client_id).cases] == ["c1"]
    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)
    assert view.record.case_form.convictions.rows[0].conviction.id == "c3-1"
    assert [c.id for c in repo.get_client(client_id).cases] == ["c1", "c3"]

    view.tabs.setCurrentIndex(2)
    labels = {(panel.model.index(r, 0).data(), panel.model.index(r, 1).data()) for r in range(panel.model.rowCount())}
    # The new case, its number left blank, is named by what the record holds (B84-01): nothing yet but its outcome and county.
    assert ("0MP22255", "VC 20002") not in labels and ("c3 (convicted, Los Angeles County)", "(whole case)") in labels
    assert not any(panel.model.index(r, 6).data() for r in range(panel.model.rowCount()) if panel.model.determination(r).case != "c1")
    oldest = panel.showing.count() - 1
    panel.showing.setCurrentIndex(oldest)
    shown = {(panel.model.index(r, 0).data(), panel.model.index(r, 1).data()) for r in range(panel.model.rowCount())}
    assert ("0MP22255", "VC 20002") in shown
    assert not any(case == "c3" for case, _ in shown)


def test_a_result_of_newer_rules_is_not_offered_for_a_re_screen_nor_replaced_on_opening(qtbot, window, repo):
    # Store check S18-12: a caseload screened by a newer Clinic Desk (another laptop, through
    # a backup) was said to be "screened by older rules", with "Re-screen now..." to undo it.
    from clinic_app.eligibility import RULES_VERSION, facts_hash, screen
    from clinic_app.summary import summarize

    client_id = repo.add_client(probation_client("Nora Newer", probation_end=date(2026, 3, 1)))
    client = repo.get_client(client_id)
    newer = screen(client.person, client.cases, TODAY)
    newer.rules_version = "2099.01.01"
    repo.store_screening(client_id, newer, facts_hash(client.person, client.cases), summarize(client, newer, TODAY))
    window.load()
    assert window.status.text().endswith(
        f"1 client screened by newer rules (2099.01.01) than this copy of Clinic Desk ({RULES_VERSION}): update it before screening them again")
    assert "older rules" not in window.status.text() and not window.rescreen_button.isVisibleTo(window)
    window.open_client(client_id)
    assert repo.newest_screening_key(client_id)[0] == "2099.01.01"
    window.show_caseload()
    assert "newer rules (2099.01.01)" in window.status.text()


def test_a_save_that_fails_leaves_nothing_to_undo(qtbot, window, repo, monkeypatch):
    # Store check S18-09: a save refused (the caseload busy with another desk's re-screen)
    # stayed on the undo stack as an edit Ctrl+Z would "undo".
    import copy

    from db.errors import CaseloadError

    client_id = _open(window, repo, probation_client("Bea Busy"))
    view = window.client_view
    depth = view.undo_stack.count()

    def busy(_client, **_how):
        raise CaseloadError("The caseload is busy: another program is writing to it.")

    monkeypatch.setattr(repo, "save_client", busy)
    after = copy.deepcopy(view.client)
    after.phone = "555-0100"
    with pytest.raises(CaseloadError):
        view.commit(after, "Edit record")
    assert view.undo_stack.count() == depth
    assert repo.get_client(client_id).phone != "555-0100"
    monkeypatch.undo()
    view.commit(after, "Edit record")  # once the caseload is free, the same edit saves, once
    assert view.undo_stack.count() == depth + 1 and repo.get_client(client_id).phone == "555-0100"


def test_a_saved_record_whose_screening_cannot_be_stored_is_still_an_undoable_edit(qtbot, window, repo, monkeypatch):
    # GUI check G18-14: the record was written, then storing its screening failed (busy), and
    # the edit was reported as failed and left off the undo stack.
    import copy

    from db.errors import CaseloadError

    client_id = _open(window, repo, probation_client("Cy Busy"))
    view = window.client_view
    depth = view.undo_stack.count()

    def busy(*_args, **_kwargs):
        raise CaseloadError("The caseload is busy: another program is writing to it.")

    monkeypatch.setattr(repo, "store_screening", busy)
    after = copy.deepcopy(view.client)
    after.person.dob = date(1986, 4, 2)
    view.commit(after, "Edit record")
    assert view.undo_stack.count() == depth + 1 and repo.get_client(client_id).person.dob == date(1986, 4, 2)
    monkeypatch.undo()
    window.open_client(client_id)  # the caseload free again: the screening of the new facts is stored
    from clinic_app.eligibility import facts_hash
    assert repo.newest_screening_key(client_id)[1] == facts_hash(after.person, after.cases)


def test_undo_says_what_it_undid_even_for_another_client(qtbot, window, repo):
    # GUI check G18-17: the stack is the window's; Ctrl+Z on one client undid another's edit
    # without a word.
    import copy

    _open(window, repo, probation_client("Ada First"))
    view = window.client_view
    after = copy.deepcopy(view.client)
    after.phone = "555-0101"
    view.commit(after, "Edit record")
    _open(window, repo, probation_client("Bo Second"))
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Undone: Edit phone (Ada First)"
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == "Redone: Edit phone (Ada First)"


def test_an_empty_eligibility_table_says_why_it_is_empty(qtbot, window, repo):
    # GUI check G18-16: "Select a determination to see why" under a table with nothing in it.
    # (A case still pending: every remedy is one that does not apply; a client with no case
    # at all is told to enter one, F58-03.)
    from clinic_app.model import Case, Client, Person

    _open(window, repo, Client(name="Nell None", person=Person(dob=date(1990, 1, 1)), cases=[Case(id="c1", outcome="pending")]))
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    assert panel.proxy.rowCount() == 0
    assert panel.details.toPlainText().startswith("No remedy fits this record as of this date.")


def _highlight(qtbot, row, typed: str, wanted: str):
    """Type into a conviction row's offense and move down the suggestions to `wanted`."""
    row.offense.setFocus()
    qtbot.keyClicks(row.offense, typed)
    popup = row.offense.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(popup.model().rowCount()):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        if popup.currentIndex().data().startswith(wanted + " "):
            break
    assert row.offense.text() == popup.currentIndex().data()  # the whole label, as Qt puts it
    return popup


def test_a_highlighted_suggestion_is_kept_as_its_citation_not_its_label(qtbot, repo):
    # Keyboard check K19-03: Down in the suggestions puts the whole label in the field
    # ("PC 532 Theft by false pretenses - wobbler"); Enter then saved that label as the code
    # section, so the count matched nothing in the catalog.
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Tess Tabber")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    (client_id,) = repo.search_ids("Tabber")
    row = dialog.conviction
    qtbot.keyClicks(dialog.case_number, "BA5")
    popup = _highlight(qtbot, row, "theft", "PC 532")
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert row.value().section == "532"  # at once, before the field is trimmed
    qtbot.waitUntil(lambda: row.offense.text() == "PC 532")
    assert row.message.text().startswith("PC 532 Theft by false pretenses")  # found in the catalog
    qtbot.keyClicks(row.date, "2019-04-01")
    qtbot.keyClick(row.date, Qt.Key.Key_Return)
    assert [(c.convictions[0].code, c.convictions[0].section) for c in repo.get_client(client_id).cases] == [("PC", "532")]


def test_tab_from_a_highlighted_suggestion_keeps_its_citation(qtbot):
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from clinic_app.model import Conviction
    from ui.case_rows import ConvictionRow

    holder = QWidget()
    qtbot.addWidget(holder)
    row = ConvictionRow(Conviction(id="c1-1", section=""))
    QVBoxLayout(holder).addWidget(row)
    committed = []
    row.committed.connect(lambda: committed.append(row.offense.text()))
    holder.show()
    holder.windowHandle().requestActivate()
    qtbot.waitUntil(holder.isActiveWindow)
    popup = _highlight(qtbot, row, "theft", "PC 484")
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not row.offense
    assert row.offense.text() == "PC 484" and committed == ["PC 484"]


def _open_two_cases(window, repo, name: str) -> int:
    """Open a client with two probation cases (c1, and c2 numbered LA2)."""
    client = probation_client(name)
    client.cases.append(probation_client("x", case_number="LA2").cases[0])
    client.cases[1].id = "c2"
    return _open(window, repo, client)


def _answering_discard(monkeypatch) -> tuple[list, dict]:
    """"Changes not saved" answered by the test: (what was asked, {"discard": the answer})."""
    asked: list = []
    answer = {"discard": False}

    def ask(_parent, problem, where):
        asked.append((problem, where))
        return answer["discard"]

    monkeypatch.setattr("ui.client_view.ask_discard", ask)
    return asked, answer


def test_edits_that_cannot_be_saved_are_not_dropped_on_leaving(qtbot, window, repo, monkeypatch):
    # Keyboard check K19-05: with a bad date in one field, leaving the client (or the case)
    # dropped every edit of the record without a word.
    client_id = _open_two_cases(window, repo, "Lea Leaving")
    view = window.client_view
    form = view.record.case_form
    asked, answer = _answering_discard(monkeypatch)
    _type(qtbot, form.disposition, "2021-13-45")
    _type(qtbot, form.case_number, "BA999999")  # not saved on leaving the field: the date is wrong
    window.show_caseload()  # Back: asked, and staying is the answer
    assert window.pages.currentWidget() is view and form.case_number.text() == "BA999999"
    window.find_action.trigger()  # Ctrl+F asks too, and staying keeps the cursor in the record
    assert window.pages.currentWidget() is view and not window.caseload.search.hasFocus()
    assert asked[-1][1] == "go to the caseload" and "Not a date" in asked[-1][0]
    view.record.cases.setCurrentRow(1)  # the other case: asked too, and the case stays
    assert asked[-1][1] == "go to the other case"
    assert view.record.cases.currentRow() == 0 and form.disposition.text() == "2021-13-45"
    window.open_client(client_id)
    window.close()
    assert window.isVisible() and len(asked) == 5  # closing waits for the answer too
    assert repo.get_client(client_id).cases[0].case_number == "BA100001"  # nothing half-saved

    answer["discard"] = True
    window.show_caseload()
    assert window.pages.currentWidget() is window.caseload
    assert repo.get_client(client_id).cases[0].case_number == "BA100001"
    window.open_client(client_id)
    assert form.case_number.text() == "BA100001"  # the stored record, shown again

    _type(qtbot, form.disposition, "2021-13-45")
    view.record.cases.setCurrentRow(1)  # discarded: the other case is shown, as stored
    assert view.record.cases.currentRow() == 1 and form.case_number.text() == "LA2"
    view.record.cases.setCurrentRow(0)
    assert form.disposition.text() == repo.get_client(client_id).cases[0].disposition_date.isoformat()
    assert len(asked) == 7

    # Valid edits are saved on leaving, without a question.
    _type(qtbot, form.case_number, "BA123123")
    window.show_caseload()
    assert len(asked) == 7 and repo.get_client(client_id).cases[0].case_number == "BA123123"


def test_intake_files_under_the_event_typed_and_saves_a_corrected_name(qtbot, repo):
    # Keyboard check K19-09: the event box started on the first past event (every client was
    # filed under it unless changed), and a name corrected after Enter was not saved.
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=["Alhambra fair 2025", "Compton fair"])
    qtbot.addWidget(dialog)
    assert dialog.event.currentText() == ""
    qtbot.keyClicks(dialog.name, "Jon Typo")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    (client_id,) = repo.search_ids("Typo")
    assert repo.get_client(client_id).event is None
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Jon Tipo")
    dialog.event.setEditText("Pomona fair")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    stored = repo.get_client(client_id)
    assert (stored.name, stored.event) == ("Jon Tipo", "Pomona fair")
    assert repo.search_ids("Typo") == [] and dialog.start.text() == "&Save corrections"
    dialog.reset()  # the next client: the event stays, the button starts a client again
    assert dialog.event.currentText() == "Pomona fair" and dialog.start.text() == "&Start client"


def test_ctrl_z_in_a_field_undoes_its_typing_then_the_saved_edit(qtbot, window, repo):
    # Keyboard check K19-06: a text field claimed Ctrl+Z even with nothing to undo, so a saved
    # edit could not be undone while the cursor was in the form.
    client_id = _open(window, repo, probation_client("Uma Undo"))
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    form = window.client_view.record.case_form
    _type(qtbot, form.county, "Orange")
    assert repo.get_client(client_id).cases[0].county == "Orange"
    form.case_number.setFocus()
    qtbot.keyClicks(form.case_number, "9")  # typing in this field: Ctrl+Z takes it back first
    qtbot.keyClick(form.case_number, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.case_number.text() == "BA100001" and repo.get_client(client_id).cases[0].county == "Orange"
    assert not form.case_number.isUndoAvailable()  # nothing left to undo in the field ...
    qtbot.keyClick(form.case_number, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # ... so the window's Undo runs
    assert repo.get_client(client_id).cases[0].county == "Los Angeles"
    assert form.county.text() == "Los Angeles"


def test_an_empty_offense_row_is_a_hint_until_typed_in_or_left(qtbot, repo):
    # Seen in an intake screenshot: the fresh conviction row said "Enter the code section" in
    # red before anything was typed. It is a plain hint until the field is typed in or left,
    # then red; it blocks adding the case either way.
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.conviction
    assert row.message.isVisibleTo(dialog) and "code section" in row.message.text()
    assert row.message.kind == "plain" and not row.message.is_error
    qtbot.keyClicks(dialog.name, "Hana Hint")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)  # Enter with no section: not added
    assert "code section" in dialog.case_message.text() and dialog.case_message.is_error
    assert repo.get_client(repo.search_ids("Hana")[0]).cases == []
    row.offense.setFocus()
    qtbot.keyClicks(row.offense, "4")
    qtbot.keyClick(row.offense, Qt.Key.Key_Backspace)
    assert row.message.is_error and "code section" in row.message.text()
    qtbot.keyClicks(row.offense, "PC 459")
    qtbot.keyClicks(row.date, "2020-02-03")
    qtbot.keyClick(row.date, Qt.Key.Key_Return)
    assert len(repo.get_client(repo.search_ids("Hana")[0]).cases) == 1
    assert row.offense.text() == "" and row.message.kind == "plain"  # the emptied row is fresh again


def test_an_added_arrest_offense_row_is_a_hint_until_left_empty(qtbot):
    from clinic_app.model import ArrestOffense
    from ui.case_rows import ArrestOffenseRow

    row = ArrestOffenseRow(None)
    qtbot.addWidget(row)
    row.show()
    assert row.message.kind == "plain" and row.validate() == ["Arrest offense: the code section is missing"]
    row.section.setFocus()
    row.section.editingFinished.emit()  # left empty
    assert row.message.is_error
    filled = ArrestOffenseRow(ArrestOffense(section="602", code="PC", level="misdemeanor"))
    qtbot.addWidget(filled)
    assert filled.validate() == [] and not filled.message.is_error


def test_o24b_01_an_arrest_offense_naming_two_offenses_says_which_to_enter(qtbot):
    """O24B-01: an arrest offense typed "HS 11350/11550" was noted "not in the offense
    catalog", though both sections are in it; a conviction's row says it names two (O24-01)."""
    from ui.case_rows import ArrestOffenseRow

    row = ArrestOffenseRow(None)
    qtbot.addWidget(row)
    row.show()
    _type(qtbot, row.section, "HS 11350/11550")
    assert row.message.text() == "HS 11350/11550 names two offenses: enter the one the arrest was for (HS 11350 or HS 11550)"
    assert row.validate() == [] and not row.message.is_error  # a note: it can still be saved
    _type(qtbot, row.section, "PC 99999.9")
    assert row.message.text() == "PC 99999.9: not in the offense catalog"


def test_o24b_06_an_attempt_naming_two_offenses_says_to_enter_the_attempt(qtbot):
    """O24B-06: "PC 664/187/245(a)(1)" was noted "PC 187/245(a)(1) names two offenses: enter
    the one ... (PC 187 or PC 245(a)(1))": entered as told, an attempt became a murder."""
    from clinic_app.model import Conviction
    from ui.case_rows import ArrestOffenseRow, ConvictionRow

    conviction = ConvictionRow(Conviction(id="c1-1", section=""))
    arrest = ArrestOffenseRow(None)
    for row in (conviction, arrest):
        qtbot.addWidget(row)
        row.show()
    _type(qtbot, conviction.offense, "PC 664/187/245(a)(1)")
    assert conviction.message.text().startswith("PC 664/187/245(a)(1) names two offenses: enter the one the conviction is for (PC 664/187 or PC 664/245(a)(1));")
    _type(qtbot, arrest.section, "PC 664/187/245(a)(1)")
    assert arrest.message.text() == "PC 664/187/245(a)(1) names two offenses: enter the one the arrest was for (PC 664/187 or PC 664/245(a)(1))"


def test_an_alt_key_for_something_disabled_types_nothing(qtbot, window, repo):
    # Keyboard check K20-03: with nothing to save, Alt+S (the disabled Save) typed "s" into
    # Aliases and autosave stored it; Alt+K (the Checklist of a client not yet saved) went into
    # the new client's name.
    client_id = _open(window, repo, probation_client("Ana Alt"))
    _activate(qtbot, window)
    person = window.client_view.record.person
    assert not window.client_view.save_button.isEnabled()
    person.aliases.setFocus()
    qtbot.keyClick(person.aliases, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(person.aliases, Qt.Key.Key_Tab)
    assert person.aliases.text() == "" and repo.get_client(client_id).aliases == []
    qtbot.keyClicks(person.aliases, "Ana B")  # plain and shifted letters still type
    assert person.aliases.text() == "Ana B"
    window.new_action.trigger()
    name = window.client_view.record.person.name
    name.setFocus()
    qtbot.keyClicks(name, "Rosa Nueva")
    qtbot.keyClick(name, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert name.text() == "Rosa Nueva"


def test_undo_asks_before_typing_that_cannot_be_saved_is_lost(qtbot, window, repo, monkeypatch):
    # Keyboard check K20-02: with "2025-02-30" typed in Probation end (not a date, so not
    # saved), Ctrl+Z undid the county edit before it and silently put the stored date back.
    import ui.client_view

    client_id = _open(window, repo, probation_client("Una Undo"))
    _activate(qtbot, window)
    form = window.client_view.record.case_form
    _type(qtbot, form.county, "Orange")
    assert repo.get_client(client_id).cases[0].county == "Orange"
    _type(qtbot, form.probation_end, "2025-02-30")
    asked = []
    monkeypatch.setattr(ui.client_view, "ask_discard", lambda parent, problem, where: asked.append((problem, where)) or False)
    form.case_number.setFocus()
    qtbot.keyClick(form.case_number, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert asked and "Probation end" in asked[0][0] and asked[0][1] == "undo the last change"
    assert form.probation_end.text() == "2025-02-30"  # stayed: nothing undone, nothing lost
    assert repo.get_client(client_id).cases[0].county == "Orange"
    monkeypatch.setattr(ui.client_view, "ask_discard", lambda parent, problem, where: True)
    window.undo_action.trigger()  # discarded by choice: the undo runs and the form shows the record
    assert repo.get_client(client_id).cases[0].county == "Los Angeles"
    assert form.county.text() == "Los Angeles" and form.probation_end.text() != "2025-02-30"


def test_opening_a_client_or_a_tab_puts_the_keyboard_on_its_first_control(qtbot, window, repo):
    # Keyboard check K20-12: after Ctrl+F, a name and Enter the focus was on "← Caseload",
    # so Space went straight back; Alt+K left it outside the Checklist page.  A client opens
    # on the Record tab's tab, Name one Tab away (F49-01: not in Name, where typing meant for
    # the search box replaced the name); a tab chosen starts on its first control.
    client_id = repo.add_client(probation_client("Fe Focus"))
    window.load()
    _activate(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    assert QApplication.focusWidget() is view.tabs.tabBar()
    qtbot.keyClick(view.tabs.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.record.person.name
    view.tabs.setCurrentIndex(1)
    # Fe's checklist has nothing to tick or type: the keyboard on its tab, not on the page's
    # frame, which a screen reader named nothing (A104-04); not outside the client either.
    assert QApplication.focusWidget() is view.tabs.tabBar()
    view.tabs.setCurrentIndex(0)
    assert QApplication.focusWidget() is view.record.person.name


def test_ctrl_tab_to_a_checklist_shown_the_first_time_puts_the_keyboard_on_its_first_control(qtbot, window, repo):
    """W23-08: Ctrl+Tab from a field of the Record tab to a Checklist not shown yet for this
    client left the focus on the checklist's frame: nothing showed it, Space ticked nothing,
    and the first Tab only reached the first tick box.  The second time it worked."""
    client = probation_client("Cleo Checklist", restitution_ordered=300, probation_end=date(2027, 1, 1))
    client.cases[0].conditions = [Condition(kind="class", label="Anger class", required=12, done=3)]
    client_id = repo.add_client(client)
    window.load()
    _activate(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentIndex() == 1
    tick = view.checklist.control("c1", "tick")
    assert QApplication.focusWidget() is tick and tick.text() == "Anger class"
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    assert repo.get_client(client_id).cases[0].conditions[0].is_met


def test_arrowing_through_a_closed_drop_down_is_one_edit_when_it_is_left(qtbot, window, repo):
    # Keyboard check K20-08: Down Down Up Up on Sentence stored and screened four records (and
    # four undo steps), "No probation" and "County jail" among them.
    client_id = _open(window, repo, probation_client("Aro Arrows"))
    _activate(qtbot, window)
    form = window.client_view.record.case_form
    combo = form.sentence_type
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    steps = window.undo_stack.count()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        qtbot.keyClick(combo, key)
    assert window.undo_stack.count() == steps  # nothing stored while stepping
    chosen = combo.currentData()
    assert chosen != "probation"
    qtbot.keyClick(combo, Qt.Key.Key_Tab)  # leaving the field makes the one edit
    assert window.undo_stack.count() == steps + 1
    assert repo.get_client(client_id).cases[0].sentence.type == chosen


def test_a_date_of_birth_that_no_calendar_has_is_named_as_the_form_labels_it(qtbot, window):
    """Typed by mouse and keys on a new client: "1980-02-30" is written the right way, so the
    message names the impossible day, and the reason beside Save names the field "Date of
    birth", as its label does (W21-04: "Dob"; W21-05: "write it as YYYY-MM-DD")."""
    window.new_action.trigger()
    view = window.client_view
    person = view.record.person
    qtbot.mouseClick(person.name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(person.name, "Rosa Quintero")
    qtbot.mouseClick(person.dob, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(person.dob, "1980-02-30")
    qtbot.keyClick(person.dob, Qt.Key.Key_Tab)  # said once the field is left (E27B-02)
    assert person.rows["dob"].message.text() == "Not a date: there is no 1980-02-30 (February 1980 has 29 days)"
    assert view.save_reason.text() == "Cannot save: Date of birth: Not a date: there is no 1980-02-30 (February 1980 has 29 days)"
    _type(qtbot, person.resident_since, "2001")
    assert "CA resident since: Not a date: write it as 2021-03-02, 3/2/2021 or March 2 2021" in view.save_button.toolTip()


def test_a_client_with_no_case_is_told_how_to_add_one_and_the_button_is_in_view(qtbot, window):
    """A new client shows a greyed case form: the hint above it says where "Add case" is, and
    that button is on screen in an 800-pixel window, not below the fold of the left pane (W21-02)."""
    window.new_action.trigger()
    view = window.client_view
    record = view.record
    qtbot.waitUntil(lambda: record.no_case.isVisible())
    assert "Add case" in record.no_case.text() and not record.case_form.isEnabled()
    button = record.add_case
    assert button.visibleRegion().boundingRect().height() == button.height()
    qtbot.mouseClick(view.record.person.name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.record.person.name, "Rosa Quintero")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.client.cases and record.case_form.isEnabled() and not record.no_case.isVisible()


def test_an_amount_too_large_for_the_caseload_is_refused_beside_the_field_not_crashed_on(qtbot, window, repo):
    """Twenty digits (a receipt number pasted in the wrong box) overflowed SQLite's integers:
    leaving the field saved, and the save crashed (W21-07).  Now the field says so."""
    client_id = _open(window, repo, probation_client("Paz Pegada", restitution_ordered=500))
    view = window.client_view
    form = view.record.case_form
    _type(qtbot, form.fines_ordered, "100000000000000000000")  # leaving the field saves what can be saved
    assert form.rows["fines_ordered"].message.text() == "Too large: at most 999,999,999"
    assert not view.save_button.isEnabled()
    assert repo.get_client(client_id).cases[0].money.fines_ordered is None
    _type(qtbot, form.fines_ordered, "")
    view.tabs.setCurrentIndex(1)
    pay = view.checklist.payment_forms["c1"]
    qtbot.keyClicks(pay.amount, "100000000000000000000")
    assert not pay.button.isEnabled() and pay.message.text() == "Amount: Too large: at most 999,999,999"


def test_a_payment_dated_after_today_is_refused_and_one_over_the_balance_is_questioned(qtbot, window, repo):
    """A year typed wrong (2062 for 2026) counted the fine as paid today and changed the
    screening; a payment is recorded once made (W21-06).  An amount over what is still owed
    (a zero too many) is pointed out before it is added, though not refused."""
    client_id = _open(window, repo, probation_client("Pia Pronto", restitution_ordered=500, restitution_paid=100))
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    pay = view.checklist.payment_forms["c1"]
    _type(qtbot, pay.date, "2062-11-22")
    _type(qtbot, pay.amount, "400")  # said once the amount is left (E27B-02), not at the "4"
    assert pay.message.text() == "Date: after today (2026-11-22); record a payment once it is made"
    qtbot.mouseClick(pay.button, Qt.MouseButton.LeftButton)
    assert repo.get_client(client_id).cases[0].money.payments == []
    _type(qtbot, pay.date, "2026-11-21")
    assert pay.button.isEnabled() and not pay.message.isVisible()
    _type(qtbot, pay.amount, "4000")
    assert pay.message.text() == "More than the $400 still owed on the restitution: check the amount"
    assert pay.button.isEnabled()  # a note, not a refusal
    _type(qtbot, pay.amount, "400")
    qtbot.mouseClick(pay.button, Qt.MouseButton.LeftButton)
    assert repo.get_client(client_id).cases[0].money.payments == [Payment(kind="restitution", date=date(2026, 11, 21), amount=400)]


def test_history_names_what_changed_as_the_forms_do(qtbot, window, repo):
    """The History tab said "cases[0].money.fines_paid, cases[0].money.payments" and a review
    "pc1203_4 on c1/c1-1"; it now says "Case BA100001, fines paid; ..." (W21-14)."""
    client_id = _open(window, repo, probation_client("Hugo Historia", restitution_ordered=500))
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    pay = view.checklist.payment_forms["c1"]
    qtbot.keyClicks(pay.amount, "50")
    qtbot.mouseClick(pay.button, Qt.MouseButton.LeftButton)
    repo.record_review(client_id, "c1", "c1-1", "pc1203_4", "Checked the docket")
    window.open_client(client_id)
    view.tabs.setCurrentIndex(3)
    history = view.history
    changed = [history.model.index(row, 3).data() for row in range(history.model.rowCount())]
    # The case named once (E27B-06: "Case BA100001, restitution paid; Case BA100001, payments").
    assert "Case BA100001: restitution paid, payments" in changed
    assert "Dismissal after probation (PC 1203.4) on BA100001, PC 459: Checked the docket" in changed
    row = changed.index("Case BA100001: restitution paid, payments")
    table = history.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(history.model.index(row, 0)).center())
    assert "  Case BA100001, restitution paid: (nothing) → 50" in history.details.toPlainText().splitlines()


def test_remove_case_asks_before_typing_that_cannot_be_saved_is_lost(qtbot, window, repo, monkeypatch):
    """With a date being fixed, "Remove case" showed the stored record again: the date and the
    phone typed after it went without a word (W21-16).  It asks, as an undo does."""
    client_id = _open_two_cases(window, repo, "Rea Remove")
    view = window.client_view
    person = view.record.person
    asked, answer = _answering_discard(monkeypatch)
    _type(qtbot, person.dob, "1985-13-14")
    _type(qtbot, person.phone, "(213) 555-0199")
    qtbot.mouseClick(view.record.remove_case, Qt.MouseButton.LeftButton)
    assert asked[-1][1] == "remove the case" and "Date of birth" in asked[-1][0]
    assert len(repo.get_client(client_id).cases) == 2  # staying: nothing removed, the typing kept
    assert (person.dob.text(), person.phone.text()) == ("1985-13-14", "(213) 555-0199")
    _type(qtbot, person.dob, "1985-03-14")  # fixed: the phone is saved with it, then the case goes
    qtbot.mouseClick(view.record.remove_case, Qt.MouseButton.LeftButton)
    stored = repo.get_client(client_id)
    assert [c.case_number for c in stored.cases] == ["LA2"] and stored.phone == "(213) 555-0199"


def test_add_case_that_must_wait_says_why(qtbot, window, repo):
    """Clicked again while the first new case's conviction has no section yet, "Add case"
    added nothing and said nothing (W21-18)."""
    client_id = _open(window, repo, probation_client("Ada Again"))
    view = window.client_view
    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)
    assert len(repo.get_client(client_id).cases) == 2
    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)
    assert len(repo.get_client(client_id).cases) == 2
    assert view.save_reason.text() == "Cannot add a case yet: Conviction: the code section is missing"


def test_a_client_with_no_case_reads_no_case_entered_not_nothing_available(qtbot, window, repo):
    """"Nothing available" reads as "no relief" for a client whose record is not entered yet
    (W21-21): the header and the caseload line say there is no case."""
    window.load()
    window.new_action.trigger()
    view = window.client_view
    qtbot.keyClicks(view.record.person.name, "Nico Nuevo")
    view.save()
    assert view.outcome.text() == "· No case entered\u00a0yet"  # its last word kept on a line (S80-05)
    window.show_caseload()
    row = window.caseload.model.row_of_client(view.client.id)
    assert window.caseload.proxy.index(row, 4).data() == "No case entered"


def _wheel(widget, steps: int = -1) -> None:
    """One notch of the mouse wheel over `widget`, delivered as Qt delivers it (to the widget
    under the pointer, then to its parents while nobody accepts it)."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    at = QPointF(widget.rect().center())
    event = QWheelEvent(at, QPointF(widget.mapToGlobal(at.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_case_form_instead_of_changing_the_sentence_under_it(qtbot, window, repo):
    """Scrolling the case form with the wheel, "Sentence" passed under the pointer: "Probation"
    became "No probation", was saved, and the probation dates were gone (W21-22).  The wheel
    now scrolls the page; in a box clicked into, it still steps through the choices."""
    client = probation_client("Wendy Wheel")
    client.cases[0].conditions = [Condition(kind="class", label="Theft class", required=8, done=8)]
    client_id = _open(window, repo, client)
    view = window.client_view
    form = view.record.case_form
    bar = view.record.case_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    # A real turn gives a box with the wheel focus policy the focus first: they have none.
    assert form.sentence_type.focusPolicy() == Qt.FocusPolicy.StrongFocus
    _wheel(form.sentence_type)
    _wheel(form.convictions.rows[0].level)
    assert (form.sentence_type.currentData(), form.convictions.rows[0].level.currentData()) == ("probation", "misdemeanor")
    assert bar.value() > 0  # the page scrolled instead
    stored = repo.get_client(client_id).cases[0]
    assert stored.sentence.probation.end == date(2024, 5, 1) and stored.convictions[0].level == "misdemeanor"
    view.tabs.setCurrentIndex(1)
    _wheel(view.checklist.control("c1", "count", 0))
    assert repo.get_client(client_id).cases[0].conditions[0].done == 8
    view.tabs.setCurrentIndex(0)
    level = view.record.case_form.convictions.rows[0].level
    level.setFocus()  # clicked into (or tabbed to): the wheel is meant for it
    _wheel(level)
    assert level.currentData() != "misdemeanor"


def test_edit_undo_names_the_field_it_takes_back(qtbot, window, repo):
    """Every edit read "Undo Edit record" in the Edit menu (W21-23): it names the field now."""
    _open(window, repo, probation_client("Uma Undo"))
    form = window.client_view.record.case_form
    _type(qtbot, form.probation_end, "2024-06-01")
    assert window.undo_action.text() == "&Undo Edit Case BA100001, probation end (Uma Undo)"
    _type(qtbot, window.client_view.record.person.phone, "555-0102")
    assert window.undo_action.text() == "&Undo Edit phone (Uma Undo)"
    _type(qtbot, window.client_view.record.person.dob, "1985-03-15")
    assert window.undo_action.text() == "&Undo Edit date of birth (Uma Undo)"


def test_an_edit_made_after_another_desk_saved_the_client_is_refused_not_saved_over_theirs(qtbot, window, repo):
    # Storage check D21-02: the window saved its whole record over the other desk's newer
    # one, silently undoing their edit.
    from db.repository import Repository

    client_id = _open(window, repo, probation_client("Dana Twodesk"))
    view = window.client_view
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.notes = "Has proof of the classes"
        desk_2.save_client(theirs)
    depth = view.undo_stack.count()
    with qtbot.captureExceptions() as raised:
        _type(qtbot, view.record.person.phone, "(213) 555-0100")
    assert [type(exc).__name__ for _kind, exc, _tb in raised] == ["ChangedElsewhere"]
    assert "Their record is shown now, with what you typed put back over it" in str(raised[0][1])
    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone) == ("Has proof of the classes", None)
    assert view.undo_stack.count() == depth  # nothing to undo: nothing was saved
    # The forms show their record now, the phone typed put back over it (K63-04: it was gone,
    # to be typed again), so leaving the client saves it over theirs, not over their change.
    assert (view.record.person.notes.toPlainText(), view.record.person.phone.text()) == ("Has proof of the classes", "(213) 555-0100")
    assert window.show_caseload()
    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone) == ("Has proof of the classes", "(213) 555-0100")


def test_undo_after_another_desk_saved_the_client_does_not_undo_their_edit(qtbot, window, repo):
    # Storage check D21-02: Ctrl+Z put back the whole record as it was before this window's
    # edit, over what another desk had saved since.
    from db.repository import Repository

    client_id = _open(window, repo, probation_client("Dana Twodesk"))
    view = window.client_view
    _type(qtbot, view.record.person.phone, "(213) 555-0100")
    assert repo.get_client(client_id).phone == "(213) 555-0100"
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.notes = "Has proof of the classes"
        desk_2.save_client(theirs)
    window.statusBar().clearMessage()
    with qtbot.captureExceptions() as raised:
        window.undo_action.trigger()  # Ctrl+Z
    assert [type(exc).__name__ for _kind, exc, _tb in raised] == ["ChangedElsewhere"]
    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone) == ("Has proof of the classes", "(213) 555-0100")


def test_an_undo_that_is_refused_leaves_the_undo_stack_where_it_was(qtbot, window, repo, monkeypatch):
    # Storage check D21-09: QUndoStack.undo moved on although the undo failed (the caseload
    # busy with another desk's re-screen): the status bar said "Undone", the edit stood, and
    # the next Ctrl+Z went on to an older edit.
    from db.errors import CaseloadError

    client_id = _open(window, repo, probation_client("Bea Busy"))
    view = window.client_view
    _type(qtbot, view.record.person.phone, "(213) 555-0100")
    stack = view.undo_stack
    index = stack.index()

    def busy(_client, **_how):
        raise CaseloadError("The caseload is busy: another program is writing to it.")

    monkeypatch.setattr(repo, "save_client", busy)
    window.statusBar().clearMessage()
    with qtbot.captureExceptions() as raised:
        window.undo_action.trigger()
    assert [str(exc) for _kind, exc, _tb in raised] == ["The caseload is busy: another program is writing to it."]
    assert stack.index() == index and not window.statusBar().currentMessage().startswith("Undone")
    monkeypatch.undo()
    window.undo_action.trigger()  # once the caseload is free, Ctrl+Z undoes the edit, once
    assert stack.index() == index - 1 and repo.get_client(client_id).phone is None
    window.redo_action.trigger()
    assert stack.index() == index and repo.get_client(client_id).phone == "(213) 555-0100"


def _add_new_client(qtbot, window, name: str):
    """File > New client, a name and a date of birth typed, Save clicked: the client view."""
    window.show()
    window.load()
    window.new_action.trigger()
    view = window.client_view
    qtbot.keyClicks(view.record.person.name, name)
    qtbot.keyClicks(view.record.person.dob, "1984-02-03")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    return view


def test_undoing_add_client_after_another_desk_changed_the_client_does_not_remove_their_change(qtbot, window, repo):
    # Storage check D21-14: Ctrl+Z of "Add client" removed the client whatever another desk
    # had saved in the record since (kept only in the audit log).
    from db.repository import Repository

    view = _add_new_client(qtbot, window, "Rosa Twodesk")
    client_id = view.client.id
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.notes = "Seen at the front desk: brought court papers"
        desk_2.save_client(theirs)
    index = view.undo_stack.index()
    with qtbot.captureExceptions() as raised:
        window.undo_action.trigger()
    assert [type(exc).__name__ for _kind, exc, _tb in raised] == ["ChangedElsewhere"]
    assert repo.get_client(client_id).notes == "Seen at the front desk: brought court papers"
    # The step could never be undone now: dropped from the history, not redone either (U31B-01).
    assert view.undo_stack.index() == index - 1 and not view.undo_stack.canRedo()


def test_undoing_add_client_still_removes_a_client_nobody_else_changed(qtbot, window, repo):
    _add_new_client(qtbot, window, "Rosa Alone")
    assert repo.count_clients() == 1
    window.undo_action.trigger()
    assert repo.count_clients() == 0




def test_a_condition_completed_after_today_is_refused_beside_the_field(qtbot, window, repo):
    """A completed date typed with the wrong year (2062 for 2026) marked the class done now
    and the screening with it (W21-19); refused beside the field, as a payment is (W21-06).
    Today is the window's day (2026-11-22), not the computer's."""
    client = probation_client("Cora Clase")
    client.cases[0].conditions = [Condition(kind="class", label="Theft class", required=8, done=3)]
    client_id = _open(window, repo, client)
    view = window.client_view
    row = view.record.case_form.conditions.rows[0]
    _type(qtbot, row.completed, "2026-12-25")
    assert row.message.text() == "Completed: after today (2026-11-22); enter the date once it is done"
    assert not view.save_button.isEnabled() and "Completed: after today" in view.save_reason.text()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert repo.get_client(client_id).cases[0].conditions[0].completed_on is None
    _type(qtbot, row.completed, "2026-11-22")  # today itself is fine
    assert not row.message.isVisible()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert repo.get_client(client_id).cases[0].conditions[0].completed_on == TODAY


def test_the_checklist_points_out_a_stored_completed_date_after_today(qtbot, window, repo):
    """A date stored before W21-19 (or imported) is ticked as done: the checklist says the
    date is after today and where to correct it."""
    from ui.forms import MessageLabel

    client = probation_client("Cleto Futuro")
    client.cases[0].conditions = [Condition(kind="class", label="Theft class", completed_on=date(2062, 1, 5)),
                                  Condition(kind="class", label="Drug class", completed_on=date(2026, 1, 5))]
    _open(window, repo, client)
    view = window.client_view
    qtbot.mouseClick(view.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=view.tabs.tabBar().tabRect(1).center())
    said = [m.text() for m in view.checklist.findChildren(MessageLabel) if m.isVisible()]
    assert said == ["Completed 2062-01-05, after today: correct the date on the Record tab"]
    # And the Record tab says it beside the field.
    row = view.record.case_form.conditions.rows[0]
    assert row.message.text() == "Completed: after today (2026-11-22); enter the date once it is done"


def test_add_case_leaves_the_focus_in_the_new_case_number_once_events_have_run(qtbot, window, repo):
    """W22-06: after "Add case" the focus was seen in the Offense box, not the new case's
    Case number.  The case is shown twice in one click (the save, then the new case), and the
    conviction rows of the first showing, taken out before the show their layout had queued,
    were shown as windows of their own: the window lost its focus field to them."""
    from PySide6.QtCore import QEvent, QObject

    class WindowsShown(QObject):
        def __init__(self):
            super().__init__()
            self.seen = []

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Show and obj.isWidgetType() and obj.isWindow():
                self.seen.append(type(obj).__name__)
            return False

    client_id = _open(window, repo, probation_client("Fay Focus"))
    _activate(qtbot, window)
    qtbot.waitExposed(window)
    view = window.client_view
    spy = WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)
        qtbot.wait(200)  # every queued show, deferred deletion and Tab-order pass has run
    finally:
        QApplication.instance().removeEventFilter(spy)
    form = view.record.case_form
    assert len(repo.get_client(client_id).cases) == 2 and view.record.cases.currentRow() == 1
    assert spy.seen == []
    assert window.isActiveWindow()
    assert QApplication.focusWidget() is form.case_number
    qtbot.keyClicks(QApplication.focusWidget(), "LA777777")
    assert form.case_number.text() == "LA777777" and form.convictions.rows[0].offense.text() == ""


def test_edit_undo_with_typing_not_yet_saved_takes_back_the_typing_only(qtbot, window, repo):
    """W23-05: a county typed (its field not left) then Edit > Undo clicked, which said "Undo
    Edit phone": the phone edit was undone and the typed county silently thrown away with
    it, Redo bringing back the phone but never the county.  The typing is the newest edit:
    it is saved, then taken back by Undo, and Redo brings it back."""
    client_id = _open(window, repo, probation_client("Una Undo"))
    _activate(qtbot, window)
    view = window.client_view
    phone, county = view.record.person.phone, view.record.case_form.county
    phone.setFocus()
    qtbot.keyClicks(phone, "(213) 555-0100")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    assert repo.get_client(client_id).phone == "(213) 555-0100"
    type_over(qtbot, county, "Orange")
    window.undo_action.trigger()  # as the Edit menu does: the field is not left
    stored = repo.get_client(client_id)
    assert (stored.phone, stored.cases[0].county) == ("(213) 555-0100", "Los Angeles")
    assert (phone.text(), county.text()) == ("(213) 555-0100", "Los Angeles")
    assert window.redo_action.text() == "&Redo Edit Case BA100001, county (Una Undo)"
    window.redo_action.trigger()
    assert repo.get_client(client_id).cases[0].county == "Orange" and county.text() == "Orange"
    window.undo_action.trigger()
    # New typing ends what there was to redo: Redo saves it and redoes nothing older.
    type_over(qtbot, county, "Kern")
    window.redo_action.trigger()
    assert repo.get_client(client_id).cases[0].county == "Kern" and county.text() == "Kern"
    assert not window.redo_action.isEnabled()


def test_leaving_a_client_with_a_payment_typed_and_not_added_asks_first(qtbot, window, repo, monkeypatch):
    """W23-10: a payment typed on the Checklist (amount and receipt) and not added went
    without a word when the client was left; the paralegal thought it recorded.  Leaving
    asks, staying by default, as a case typed at intake does (K20-04)."""
    import ui.client_view

    client_id = _open(window, repo, probation_client("Pia Payment", restitution_ordered=500))
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    pay = view.checklist.payment_forms["c1"]
    qtbot.keyClicks(pay.amount, "40")
    qtbot.keyClicks(pay.receipt, "R-17")
    asked = []
    monkeypatch.setattr(ui.client_view, "ask_discard", lambda parent, problem, where: asked.append((problem, where)) and False)
    qtbot.mouseClick(view.back, Qt.MouseButton.LeftButton)
    assert asked == [("Checklist: the payment of $40 typed for case BA100001 is not added (Add payment records it)", "go to the caseload")]
    assert window.pages.currentWidget() is view and pay.amount.text() == "40"  # stayed, nothing lost
    qtbot.mouseClick(pay.button, Qt.MouseButton.LeftButton)
    assert [p.amount for p in repo.get_client(client_id).cases[0].money.payments] == [40]
    qtbot.mouseClick(view.back, Qt.MouseButton.LeftButton)  # added: nothing to ask
    assert len(asked) == 1 and window.pages.currentWidget() is window.caseload



def test_the_conviction_row_add_case_puts_ready_is_no_change_to_ask_about(qtbot, window, repo, monkeypatch):
    """W23-13: after "Add case" with nothing typed, going to another case or leaving the
    client asked about "changes that cannot be saved" (the blank conviction row it puts
    ready).  Nothing was typed: nothing is asked (the conftest fails the test on a question)."""
    client_id = _open(window, repo, probation_client("Bea Blank"))
    record = window.client_view.record
    qtbot.mouseClick(record.add_case, Qt.MouseButton.LeftButton)  # nothing typed
    assert len(record.case_form.convictions.rows) == 1
    record.cases.setCurrentRow(0)
    assert record.shown_case == 0 and record.case_form.case_number.text() == "BA100001"
    record.cases.setCurrentRow(1)
    assert record.shown_case == 1
    assert window.show_caseload()
    # Nothing typed in the new case: leaving takes it out again (W24-02).
    assert len(repo.get_client(client_id).cases) == 1


def _untouched_case_added(qtbot, window, repo, name: str) -> int:
    client_id = _open(window, repo, probation_client(name))
    qtbot.mouseClick(window.client_view.record.add_case, Qt.MouseButton.LeftButton)  # nothing typed
    assert len(repo.get_client(client_id).cases) == 2  # stored at once, as before
    assert repo.latest_screening(client_id).summary.needs_review  # c1 "may still be running"
    return client_id


@pytest.mark.parametrize("leave", ["caseload", "another client", "new client", "close"])
def test_a_case_added_and_left_untouched_is_removed_on_leaving_the_client_and_undo_brings_it_back(qtbot, window, repo, announcements, leave):
    """W24-02: "Add case" and nothing typed or chosen: the empty case stayed stored without a
    word, and kept the client's other case needs_review ("may still be running").  Leaving
    the client now takes it out, says so in the status bar, and Undo brings it back."""
    other_id = repo.add_client(probation_client("Olga Other", case_number="BA200002"))
    client_id = _untouched_case_added(qtbot, window, repo, "Una Untouched")
    if leave == "caseload":
        assert window.show_caseload()
    elif leave == "another client":
        window.open_client(other_id)
        assert window.client_view.client.id == other_id
    elif leave == "new client":
        window.new_client()
        assert window.client_view.client.id is None
    else:
        assert window.close()
    stored = repo.get_client(client_id)
    assert [case.case_number for case in stored.cases] == ["BA100001"]
    assert not repo.latest_screening(client_id).summary.needs_review  # c1's answer is its own again
    assert window.undo_stack.undoText() == "Remove the empty case (Una Untouched)"
    if leave != "close":
        assert window.statusBar().currentMessage() == "Removed the empty case you added. Edit > Undo brings it back."
        assert [said for _bar, said, _politeness in announcements
                if not said.startswith("Opened ")] == [window.statusBar().currentMessage()]  # and to a screen reader (W24B-03); C48-06 says each client opened
    window.undo_stack.undo()
    assert len(repo.get_client(client_id).cases) == 2


@pytest.mark.parametrize("typed_after", ["person form", "another case", "another Add case"])
def test_an_added_case_left_untouched_is_removed_though_something_else_was_typed_after_it(qtbot, window, repo, typed_after):
    """W25-05: W24-02's removal was skipped as soon as anything was typed after "Add case",
    the person form or another case included, and the empty case stayed stored, the
    client's other case needs_review ("may still be running").  What counts is whether the
    added case itself was left untouched."""
    client_id = _untouched_case_added(qtbot, window, repo, "Pia Person")
    record = window.client_view.record
    if typed_after == "person form":
        type_over(qtbot, record.person.phone, "555-0100")
    elif typed_after == "another case":
        record.cases.setCurrentRow(0)
        type_over(qtbot, record.case_form.case_number, "BA100009")
    else:
        record.cases.setCurrentRow(0)
        qtbot.mouseClick(record.add_case, Qt.MouseButton.LeftButton)  # a second one, typed in
        qtbot.keyClicks(record.case_form.case_number, "LA777777")
        qtbot.keyClicks(record.case_form.convictions.rows[0].offense, "PC 459")
        qtbot.keyClick(record.case_form.convictions.rows[0].offense, Qt.Key.Key_Escape)  # no suggestion wanted
    assert window.show_caseload()
    stored = repo.get_client(client_id)
    expected = {"person form": ["BA100001"], "another case": ["BA100009"], "another Add case": ["BA100001", "LA777777"]}[typed_after]
    assert [case.case_number for case in stored.cases] == expected
    if typed_after == "person form":
        assert stored.phone == "555-0100"  # the typing is saved
    assert window.undo_stack.undoText() == "Remove the empty case (Pia Person)"
    assert window.statusBar().currentMessage() == "Removed the empty case you added. Edit > Undo brings it back."
    window.undo_stack.undo()
    assert len(repo.get_client(client_id).cases) == len(expected) + 1


def test_a_case_added_and_typed_in_is_kept_on_leaving_the_client(qtbot, window, repo):
    """W24-02's other side: a new case with a count typed is the user's, stored and kept."""
    client_id = _untouched_case_added(qtbot, window, repo, "Kai Kept")
    form = window.client_view.record.case_form
    qtbot.keyClicks(form.case_number, "LA777777")
    qtbot.keyClicks(form.convictions.rows[0].offense, "PC 459")
    qtbot.keyClick(form.convictions.rows[0].offense, Qt.Key.Key_Escape)  # no suggestion wanted
    assert window.show_caseload()
    assert [case.case_number for case in repo.get_client(client_id).cases] == ["BA100001", "LA777777"]
    assert window.statusBar().currentMessage() != "Removed the empty case you added. Edit > Undo brings it back."
    assert not window.undo_stack.undoText().startswith("Remove the empty case")


def test_typing_after_add_case_that_cannot_be_saved_yet_is_still_asked_about(qtbot, window, repo, monkeypatch):
    """W23-13's other side: a case number typed in the new case cannot be saved while its
    conviction has no code section; the question still protects it, and staying keeps it."""
    _open(window, repo, probation_client("Tia Typed"))
    record = window.client_view.record
    qtbot.mouseClick(record.add_case, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(record.case_form.case_number, "LA777777")
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, where: asked.append((problem, where)) or False)
    record.cases.setCurrentRow(0)
    assert asked == [("Conviction: the code section is missing (a case that ended in a conviction needs at least one before it is saved)",
                      "go to the other case")]
    assert record.shown_case == 1 and record.case_form.case_number.text() == "LA777777"
    assert not window.show_caseload()
    assert asked[-1][1] == "go to the caseload" and record.case_form.case_number.text() == "LA777777"


def test_an_added_case_left_untouched_does_not_block_saving_what_is_typed_elsewhere(qtbot, window, repo):
    """W25-06: after "Add case", a phone number typed in the person form could not be saved:
    the added case's blank conviction row (no code section) was a problem of the whole record,
    and leaving the client asked to discard "changes that cannot be saved" (the phone).
    Nothing was typed in the case: its blank row is no change (it is stored with none) and
    nothing is asked (the conftest fails the test on a question)."""
    client_id = _untouched_case_added(qtbot, window, repo, "Pablo Phone")
    view = window.client_view
    type_over(qtbot, view.record.person.phone, "555-0100")
    assert view.problems() == [] and view.save_button.isEnabled()
    assert window.show_caseload()
    stored = repo.get_client(client_id)
    assert stored.phone == "555-0100"
    assert [len(case.convictions) for case in stored.cases][0] == 1
    assert all(conv.section for case in stored.cases for conv in case.convictions)  # no blank count stored


def test_a_case_typed_in_with_its_only_conviction_blank_is_asked_about_in_plain_words(qtbot, window, repo, monkeypatch):
    """W25-06's other side: a case number typed in the added case with its one conviction row
    left blank cannot be saved (a case that ended in a conviction lists one: the form asks for
    it on a stored case too); the question says why, and staying keeps the typing."""
    _open(window, repo, probation_client("Tia Typed"))
    record = window.client_view.record
    qtbot.mouseClick(record.add_case, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(record.case_form.case_number, "LA777777")
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, where: asked.append(problem) or False)
    assert not window.show_caseload()
    assert asked == ["Conviction: the code section is missing (a case that ended in a conviction needs at least one before it is saved)"]
    assert record.case_form.case_number.text() == "LA777777"


def test_a_conviction_row_added_and_left_blank_is_not_stored_or_asked_about(qtbot, window, repo):
    """W24-01: "Add conviction" on a case with a count, nothing typed in the new row (its
    conviction date comes from the case's disposition date), then leaving the client asked
    about "changes that cannot be saved".  The blank row is no change: nothing is asked (the
    conftest fails the test on a question) and the case keeps its one count."""
    client_id = _open(window, repo, probation_client("Abe Blankrow"))
    form = window.client_view.record.case_form
    qtbot.mouseClick(form.convictions.add_button, Qt.MouseButton.LeftButton)
    assert len(form.convictions.rows) == 2 and form.convictions.rows[1].date.value() == date(2021, 5, 1)
    form.county.clear()
    qtbot.keyClicks(form.county, "Kern")  # typing elsewhere is saved; the blank row stays out
    assert window.show_caseload()
    stored = repo.get_client(client_id).cases[0]
    assert stored.county == "Kern" and [c.id for c in stored.convictions] == ["c1-1"]


def test_a_conviction_row_partly_filled_still_gives_its_problem_on_leaving(qtbot, window, repo, monkeypatch):
    """W24-01's other side: a level chosen in the added row (no code section) is typing of the
    user's, asked about as before, and staying keeps it."""
    _open(window, repo, probation_client("Ida Partrow"))
    form = window.client_view.record.case_form
    qtbot.mouseClick(form.convictions.add_button, Qt.MouseButton.LeftButton)
    set_combo(form.convictions.rows[1].level, "felony")
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, where: asked.append((problem, where)) or False)
    assert not window.show_caseload()
    assert asked == [("Conviction: the code section is missing", "go to the caseload")]
    assert form.convictions.rows[1].level.currentData() == "felony"


def test_an_arrest_offense_row_added_and_left_blank_is_not_stored_or_asked_about(qtbot, window, repo, monkeypatch):
    """W24-05: as W24-01 for "Add arrest offense" (a case needs none): the blank row asked
    about "changes that cannot be saved" on leaving; a level chosen in it still is asked about."""
    client = probation_client("Arlo Arrest")
    case = client.cases[0]
    case.outcome, case.convictions, case.sentence, case.money = "dismissed", [], None, None
    client_id = _open(window, repo, client)
    form = window.client_view.record.case_form
    qtbot.mouseClick(form.arrest_offenses.add_button, Qt.MouseButton.LeftButton)
    assert len(form.arrest_offenses.rows) == 1
    assert window.show_caseload()  # nothing asked (the conftest fails the test on a question)
    assert repo.get_client(client_id).cases[0].arrest_offenses == []

    window.open_client(client_id)
    qtbot.mouseClick(form.arrest_offenses.add_button, Qt.MouseButton.LeftButton)
    set_combo(form.arrest_offenses.rows[0].level, "felony")
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, where: asked.append((problem, where)) or False)
    assert not window.show_caseload()
    assert asked == [("Arrest offense: the code section is missing", "go to the caseload")]


def test_a_problem_is_said_when_the_field_is_left_not_while_typing(qtbot, window, repo):
    """E27B-02: "3/" on the way to "3/2/1985" put "Not a date" beside the date of birth and
    "Cannot save: Date of birth: Not a date ..." in red above the record at the first slash.
    Saving is blocked at once; the words wait for the field to be left or a save to be tried,
    and an error already said follows the typing (it goes as soon as the date is right)."""
    _open(window, repo, probation_client("Tia Typist"))
    _activate(qtbot, window)
    view = window.client_view
    dob, message = view.record.person.dob, view.record.person.rows["dob"].message
    dob.setFocus()
    dob.selectAll()
    qtbot.keyClicks(dob, "3/")
    assert not view.save_button.isEnabled() and "Not a date" in view.save_button.toolTip()
    assert view.save_reason.text() == "" and not message.isVisible() and dob.accessibleDescription() == ""
    qtbot.keyClicks(dob, "2/1985")
    qtbot.keyClick(dob, Qt.Key.Key_Tab)  # left, and right: nothing was ever said
    assert view.save_reason.text() == "" and not message.isVisible()
    assert repo.get_client(view.client.id).person.dob == date(1985, 3, 2)

    # Left wrong: said beside the field and above; typing on keeps it said until it is right.
    dob.setFocus()
    dob.selectAll()
    qtbot.keyClicks(dob, "3/2")
    qtbot.keyClick(dob, Qt.Key.Key_Tab)
    assert message.isVisible() and "Not a date" in message.text()
    assert view.save_reason.text().startswith("Cannot save: Date of birth: Not a date")
    dob.setFocus()
    qtbot.keyClick(dob, Qt.Key.Key_End)
    qtbot.keyClicks(dob, "/19")
    assert message.isVisible() and view.save_reason.text().startswith("Cannot save: Date of birth")
    qtbot.keyClicks(dob, "86")
    assert not message.isVisible() and view.save_reason.text() == ""

    # A save tried with the field still being typed in says it at once.
    dob.selectAll()
    qtbot.keyClicks(dob, "13/40")
    assert not message.isVisible()
    qtbot.keyClick(dob, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert message.isVisible() and view.save_reason.text().startswith("Cannot save: Date of birth")
    assert dob.accessibleDescription().startswith("Problem: Not a date")
    dob.setText("1985-03-02")


def test_an_edit_of_two_fields_of_one_case_names_the_case_once(qtbot, window, repo):
    """E27B-06: Undo read "Edit Case BA100001, county; Case BA100001, probation end": the
    number again told nothing, and made a long menu item longer.  It reads "Edit Case
    BA100001: county, probation end"; fields of two cases keep each case's number."""
    import copy

    from ui.client_view import edit_title

    before = probation_client("Uma Undo")
    before.cases.append(probation_client("x", case_number="LA2").cases[0])
    after = copy.deepcopy(before)
    after.cases[0].sentence.probation.end = date(2024, 6, 1)
    after.cases[0].county = "Alameda"
    assert edit_title(before, after) == "Edit Case BA100001: county, probation end"
    after.cases[0].county = before.cases[0].county
    after.cases[1].sentence.probation.end = date(2024, 7, 1)
    assert edit_title(before, after) == "Edit Case BA100001, probation end; Case LA2, probation end"


def test_c39_02_the_line_under_a_count_gives_the_count_s_level_not_the_catalog_s(qtbot):
    """A38's review: a stored misdemeanor HS 11359 was shown "HS 11359 Possession of marijuana
    for sale - felony" under its Level "Misdemeanor"; the line gives the record's level (and
    follows it when it changes), for a conviction and for an arrest."""
    from clinic_app.model import ArrestOffense, Conviction
    from ui.case_rows import ArrestOffenseRow, ConvictionRow

    count = ConvictionRow(Conviction(id="c1-1", section="11359", code="HS", level="misdemeanor", wobbler=False))
    arrest = ArrestOffenseRow(ArrestOffense(section="11359", code="HS", level="misdemeanor"))
    for row in (count, arrest):
        qtbot.addWidget(row)
    assert count.message.text() == "HS 11359 Possession of marijuana for sale - misdemeanor"
    assert arrest.message.text() == "HS 11359 Possession of marijuana for sale - misdemeanor"
    count.level.setCurrentIndex(count.level.findData("felony"))
    assert count.message.text() == "HS 11359 Possession of marijuana for sale - felony"
    # A wobbler row says the count's level and that it is a wobbler; an arrest of unknown level
    # keeps the catalog's reading where it held on the arrest's day (before Prop 64 here: with
    # no day, or after it, the row says why the level is to choose, R79-02).
    burglary = ConvictionRow(Conviction(id="c1-2", section="459", level="felony", wobbler=True))
    unknown = ArrestOffenseRow(ArrestOffense(section="11359", code="HS", level=None), arrested=lambda: date(2015, 5, 1))
    for row in (burglary, unknown):
        qtbot.addWidget(row)
    assert burglary.message.text() == "PC 459 Burglary - felony (wobbler)"
    assert unknown.message.text() == "HS 11359 Possession of marijuana for sale - felony"
