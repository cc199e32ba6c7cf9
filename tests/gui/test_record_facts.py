"""The facts some remedies turn on: arrest offenses, diversion/DEJ, protective order, conviction facts, relief granted.

Each field is typed into like a user would, saved through the repository, read back from
the database, and undone.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import ArrestOffense, Case, Client, Conviction, Person, Program, ReliefGranted
from tests.gui.conftest import probation_client, type_and_leave

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _choose(box, value) -> None:
    """Pick a combo entry the way a user does (activated: the edit is complete)."""
    box.setCurrentIndex(box.findData(value))
    box.activated.emit(box.currentIndex())


def _open(window, repo, client) -> int:
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    return client_id


def test_conviction_facts_round_trip_and_undo(qtbot, window, repo):
    client_id = _open(window, repo, probation_client("Fausto Hechos", section="484"))
    view = window.client_view
    row = view.record.case_form.convictions.rows[0]
    type_and_leave(qtbot, row.value_dollars, "650")
    _choose(row.open_hours, True)
    type_and_leave(qtbot, row.cannabis_grams, "28.5")
    type_and_leave(qtbot, row.cannabis_plants, "6")
    qtbot.mouseClick(row.trafficking, Qt.MouseButton.LeftButton)
    conv = repo.get_client(client_id).cases[0].convictions[0]
    assert (conv.value_dollars, conv.open_business_hours, conv.cannabis_grams, conv.cannabis_plants, conv.trafficking_related) == (
        650, True, 28.5, 6, True)

    # Shown again from the database.
    window.open_client(client_id)
    row = view.record.case_form.convictions.rows[0]
    assert (row.value_dollars.text(), row.open_hours.currentData(), row.cannabis_grams.text(), row.cannabis_plants.text(),
            row.trafficking.isChecked()) == ("650", True, "28.5", "6", True)

    window.undo_action.trigger()  # the trafficking box
    assert repo.get_client(client_id).cases[0].convictions[0].trafficking_related is False
    assert not view.record.case_form.convictions.rows[0].trafficking.isChecked()


def test_conviction_facts_are_validated_beside_the_row(qtbot, window, repo):
    client_id = _open(window, repo, probation_client("Vale Negativo"))
    view = window.client_view
    row = view.record.case_form.convictions.rows[0]
    type_and_leave(qtbot, row.cannabis_grams, "-3")
    assert row.message.text() == "Cannabis grams: Cannot be negative"
    assert not view.save_button.isEnabled() and "Cannabis grams" in view.save_button.toolTip()
    type_and_leave(qtbot, row.cannabis_grams, "lots")
    assert row.message.text() == "Cannabis grams: Not a number"
    type_and_leave(qtbot, row.value_dollars, "")
    type_and_leave(qtbot, row.cannabis_grams, "")
    assert repo.get_client(client_id).cases[0].convictions[0].cannabis_grams is None
    assert view.save_button.toolTip() == "Everything is saved"


def test_relief_already_granted_round_trips(qtbot, window, repo):
    client_id = _open(window, repo, probation_client("Rene Reducido"))
    view = window.client_view
    row = view.record.case_form.convictions.rows[0]
    qtbot.mouseClick(row.relief.add_button, Qt.MouseButton.LeftButton)
    relief = row.relief.rows[0]
    _choose(relief.remedy, "pc17b")
    type_and_leave(qtbot, relief.date, "2020-13-10")
    assert relief.message.text() == "Not a date: there is no 2020-13-10 (there is no month 13)"
    assert not view.save_button.isEnabled()
    type_and_leave(qtbot, relief.date, "2020-01-10")  # before the conviction (2021-05-01): impossible
    assert relief.message.text() == "Before the conviction date (2021-05-01)"
    assert not view.save_button.isEnabled()
    type_and_leave(qtbot, relief.date, "2022-01-10")
    stored = repo.get_client(client_id).cases[0].convictions[0].relief_granted
    assert stored == [ReliefGranted(remedy="pc17b", date=date(2022, 1, 10))]
    # The engine reads it: 17(b) is no longer something to ask for.
    assert not any(d.remedy == "pc17b" and d.status in ("eligible", "eligible_on") for d in view.screening.results)

    window.open_client(client_id)
    relief = view.record.case_form.convictions.rows[0].relief.rows[0]
    assert (relief.remedy.currentData(), relief.date.text()) == ("pc17b", "2022-01-10")
    qtbot.mouseClick(relief.remove, Qt.MouseButton.LeftButton)
    assert repo.get_client(client_id).cases[0].convictions[0].relief_granted == []


def test_arrest_offenses_program_and_protective_order_round_trip(qtbot, window, repo):
    client = Client(name="Ana Arresto", person=Person(dob=date(1990, 1, 1)),
                    cases=[Case(id="c1", outcome="dismissed", case_number="LA0001", disposition_date=date(2019, 3, 1),
                                arrest_date=date(2018, 6, 1))])
    client_id = _open(window, repo, client)
    view = window.client_view
    form = view.record.case_form
    assert form.arrest_box.isVisibleTo(form)  # a case without a conviction asks what the arrest was for
    _choose(form.arrest_level, "misdemeanor")
    qtbot.mouseClick(form.arrest_offenses.add_button, Qt.MouseButton.LeftButton)
    offense = form.arrest_offenses.rows[0]
    assert offense.message.text().startswith("Enter the code section")
    assert not view.save_button.isEnabled()
    type_and_leave(qtbot, offense.section, "602")
    _choose(offense.level, "misdemeanor")
    _choose(form.program_kind, "pretrial")
    _choose(form.plea_entered, False)
    type_and_leave(qtbot, form.program_completed, "2019-02-15")
    type_and_leave(qtbot, form.protective_order, "2027-01-31")

    case = repo.get_client(client_id).cases[0]
    assert case.arrest_level == "misdemeanor"
    assert case.arrest_offenses == [ArrestOffense(section="602", code="PC", level="misdemeanor")]
    assert case.program == Program(kind="pretrial", plea_entered=False, completed_on=date(2019, 2, 15))
    assert case.protective_order_until == date(2027, 1, 31)

    window.open_client(client_id)
    form = view.record.case_form
    assert form.arrest_offenses.rows[0].section.text() == "PC 602"
    assert (form.program_kind.currentData(), form.plea_entered.currentData(), form.program_completed.text()) == (
        "pretrial", False, "2019-02-15")
    assert form.protective_order.text() == "2027-01-31"

    type_and_leave(qtbot, form.protective_order, "2027-02-31")
    assert form.rows["protective_order"].message.text() == "Not a date: there is no 2027-02-31 (February 2027 has 28 days)"
    type_and_leave(qtbot, form.protective_order, "")
    _choose(form.program_kind, None)  # no program: the record keeps none
    case = repo.get_client(client_id).cases[0]
    assert case.program is None and case.protective_order_until is None
    # Its answers, once greyed with no word why, stay in view said not kept (H49-01).
    assert form.rows["plea_entered"].message.text().startswith("Not kept with no program")
    assert form.rows["program_completed"].message.text().startswith("Not kept with no program")

    window.undo_action.trigger()
    assert repo.get_client(client_id).cases[0].program == Program(kind="pretrial", plea_entered=False,
                                                                  completed_on=date(2019, 2, 15))


def test_arrest_box_is_hidden_for_a_plain_conviction(qtbot, window, repo):
    _open(window, repo, probation_client("Connie Convicted"))
    form = window.client_view.record.case_form
    assert not form.arrest_box.isVisibleTo(form)
    _choose(form.outcome, "dismissed")
    assert form.arrest_box.isVisibleTo(form)
    # Not saved while the conviction rows contradict the outcome; said beside the outcome.
    assert form.rows["outcome"].message.text().startswith("A case without a conviction lists none")
    assert not window.client_view.save_button.isEnabled()


def test_unlisted_relief_remedy_is_kept(qtbot, window, repo):
    client = probation_client("Olga Otra")
    client.cases[0].convictions[0] = Conviction(id="c1-1", section="459", conviction_date=date(2021, 5, 1),
                                                relief_granted=[ReliefGranted(remedy="pc1203_4", date=date(2025, 1, 2))])
    client_id = _open(window, repo, client)
    view = window.client_view
    type_and_leave(qtbot, view.record.case_form.case_number, "BA100002")
    case = repo.get_client(client_id).cases[0]
    assert case.case_number == "BA100002"
    assert case.convictions[0].relief_granted == [ReliefGranted(remedy="pc1203_4", date=date(2025, 1, 2))]


def test_a_program_completed_after_today_is_refused_beside_the_field(qtbot, window, repo):
    """A diversion completed "2062" for 2026 made the program done now and the screening with
    it; refused as a condition's completed date is (W21-19).  Today is the window's day."""
    client = Client(name="Pía Programa", person=Person(dob=date(1990, 1, 1)), cases=[Case(
        id="c1", case_number="DV1", outcome="diversion_completed", arrest_date=date(2025, 3, 1),
        arrest_level="misdemeanor", arrest_offenses=[ArrestOffense(section="602", code="PC", level="misdemeanor")],
        program=Program(kind="pretrial", plea_entered=False))])
    client_id = _open(window, repo, client)
    view = window.client_view
    form = view.record.case_form
    type_and_leave(qtbot, form.program_completed, "2062-02-15")
    assert form.rows["program_completed"].message.text() == "After today (2026-11-22); enter the date once the program is done"
    assert not view.save_button.isEnabled()
    assert repo.get_client(client_id).cases[0].program.completed_on is None
    type_and_leave(qtbot, form.program_completed, "2026-02-15")
    assert repo.get_client(client_id).cases[0].program.completed_on == date(2026, 2, 15)
