"""H49: the Record tab asks only what the case can have: no sentence, conditions or money for a
case that did not end in a conviction, no "Imposition suspended" for a prison sentence; what
the record already holds stays in view, said to be kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Condition, Conviction, Custody, Money, Person, Program, Sentence
from tests.gui.test_first_clinic_event_e29 import _choose, _new_client_with_a_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _open(window, repo, client: Client):
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    return window.client_view, window.client_view.record.case_form


def _shown(form, key: str) -> bool:
    row = form.rows[key]
    return row.parentWidget().layout().isRowVisible(row) and row.isVisibleTo(form)


def test_h49_01_a_dismissed_case_is_not_offered_a_sentence_conditions_or_money(qtbot, window, repo):
    view, form = _new_client_with_a_case(qtbot, window, "Dana Testdismiss")
    assert form.sentence_box.isVisible() and form.conditions_box.isVisible() and form.money_box.isVisible()
    _choose(qtbot, form.outcome, "Dismissed")
    # They meant nothing for it, and Tab went through ten of their fields.
    assert not form.sentence_box.isVisible()
    assert not form.conditions_box.isVisible()
    assert not form.money_box.isVisible()
    assert not form.convictions_box.isVisible()  # its blank count went (E29-08): nothing to add
    assert form.arrest_box.isVisible()
    for field in (form.sentence_type, form.fines_ordered, form.imposition_suspended):
        assert not field.isVisibleTo(form)
    _choose(qtbot, form.outcome, "Convicted")
    assert form.sentence_box.isVisible() and form.conditions_box.isVisible() and form.money_box.isVisible()


def test_h49_01_what_a_case_without_a_conviction_holds_stays_in_view_said_kept(qtbot, window, repo):
    client = Client(name="Kim Testkept", person=Person(dob=date(1980, 1, 1)), cases=[Case(
        id="c1", case_number="BA100100", outcome="dismissed", disposition_date=date(2019, 4, 1),
        arrest_date=date(2018, 6, 1), conditions=[Condition(kind="class", label="Anger management", required=12)],
        money=Money(restitution_ordered=400))])
    view, form = _open(window, repo, client)
    assert not form.sentence_box.isVisible()
    assert form.money_box.isVisible() and form.restitution_ordered.text() == "400"
    assert form.money_kept.isVisible() and "Kept as recorded" in form.money_kept.text()
    assert form.conditions_box.isVisible() and form.conditions_kept.isVisible()
    assert form.validate() == []  # kept, not refused
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert repo.get_client(view.client.id).cases[0].money.restitution_ordered == 400


def test_h49_01_a_sentence_typed_stays_when_dismissed_is_chosen(qtbot, window, repo):
    view, form = _new_client_with_a_case(qtbot, window, "Omar Testtyped")
    form.judgment.setText("2024-05-01")
    form.judgment.editingFinished.emit()
    _choose(qtbot, form.outcome, "Dismissed")
    assert form.sentence_box.isVisible() and form.judgment.text() == "2024-05-01"
    assert "has no sentence" in form.rows["sentence_type"].message.text()


def test_h49_01_a_prison_sentence_is_not_asked_whether_imposition_was_suspended(qtbot, window, repo):
    client = Client(name="Pat Testprison", person=Person(dob=date(1975, 9, 9)), cases=[Case(
        id="c1", case_number="BA300300", disposition_date=date(2014, 3, 1),
        convictions=[Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2014, 3, 1))],
        sentence=Sentence(type="state_prison", custody=Custody(release_date=date(2018, 3, 1))))])
    view, form = _open(window, repo, client)
    assert not _shown(form, "imposition_suspended")
    assert not _shown(form, "fines_condition")  # nor fines made a condition of probation
    assert _shown(form, "sentence_completed") and _shown(form, "judgment") and _shown(form, "release")
    for kind, asked in (("Probation", True), ("No probation (fine or jail only)", False),
                        ("County jail, PC 1170(h)", False), ("State prison", False)):
        _choose(qtbot, form.sentence_type, kind)
        assert _shown(form, "imposition_suspended") is asked, kind
        assert _shown(form, "fines_condition") is asked, kind
        assert form.split.isVisibleTo(form) is (kind == "County jail, PC 1170(h)")


def test_h49_01_an_answer_stored_under_another_sentence_stays_said_kept(qtbot, window, repo):
    client = Client(name="Ria Testsuspended", person=Person(dob=date(1975, 9, 9)), cases=[Case(
        id="c1", case_number="BA300301", disposition_date=date(2014, 3, 1),
        convictions=[Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2014, 3, 1))],
        sentence=Sentence(type="state_prison", imposition_suspended=False, custody=Custody(release_date=date(2018, 3, 1))))])
    view, form = _open(window, repo, client)
    assert _shown(form, "imposition_suspended") and form.imposition_suspended.currentText() == "No"
    said = form.rows["imposition_suspended"].message
    assert "Kept as recorded" in said.text() and not said.is_error
    assert form.validate() == []


def test_h49_01_the_programs_questions_wait_for_a_program(qtbot, window, repo):
    view, form = _new_client_with_a_case(qtbot, window, "Lee Testprogram")
    assert not _shown(form, "plea_entered") and not _shown(form, "program_completed")
    _choose(qtbot, form.program_kind, "Deferred entry of judgment (DEJ)")
    assert _shown(form, "plea_entered") and _shown(form, "program_completed")
    _choose(qtbot, form.plea_entered, "Yes")
    _choose(qtbot, form.program_kind, "None")
    # The answer given stays in view, said not to be kept without its program.
    assert _shown(form, "plea_entered") and "Not kept" in form.rows["plea_entered"].message.text()
    assert not _shown(form, "program_completed")


def test_h49_01_a_stored_program_is_shown_with_its_answers(qtbot, window, repo):
    client = Client(name="Noa Testdej", person=Person(dob=date(1990, 2, 2)), cases=[Case(
        id="c1", case_number="BA400400", outcome="diversion_completed", disposition_date=date(2017, 1, 1),
        program=Program(kind="dej", plea_entered=True, completed_on=date(2017, 1, 1)))])
    view, form = _open(window, repo, client)
    assert _shown(form, "plea_entered") and _shown(form, "program_completed")
    assert not form.sentence_box.isVisible() and not form.money_box.isVisible()


def test_h49_03_custody_typed_stays_in_view_said_not_kept_when_another_sentence_is_chosen(qtbot, window, repo):
    client = Client(name="Sol Testswitch", person=Person(dob=date(1975, 9, 9)), cases=[Case(
        id="c1", case_number="BA300302", disposition_date=date(2014, 3, 1),
        convictions=[Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2014, 3, 1))],
        sentence=Sentence(type="state_prison", custody=Custody(release_date=date(2018, 3, 1))))])
    view, form = _open(window, repo, client)
    assert not form.custody_not_kept.isVisible()
    _choose(qtbot, form.sentence_type, "Probation")
    form.judgment.setFocus()  # the arrows' choice is saved on leaving the box
    assert repo.get_client(view.client.id).cases[0].sentence.type == "probation"
    # The box went with its release day, and the save dropped it unsaid.
    assert form.custody_box.isVisible() and form.release.text() == "2018-03-01"
    said = form.custody_not_kept
    assert said.isVisible() and said.text().startswith("Not kept with the sentence chosen") and not said.is_error
    assert form.probation_box.isVisible() and not form.probation_not_kept.isVisible()
    window.undo_action.trigger()
    assert repo.get_client(view.client.id).cases[0].sentence.custody.release_date == date(2018, 3, 1)
    form = view.record.case_form
    assert form.sentence_type.currentText() == "State prison" and not form.custody_not_kept.isVisible()


def test_h49_03_an_empty_box_goes_with_its_sentence(qtbot, window, repo):
    view, form = _new_client_with_a_case(qtbot, window, "Uma Testempty")
    _choose(qtbot, form.sentence_type, "State prison")
    assert form.custody_box.isVisible() and not form.probation_box.isVisible()
    _choose(qtbot, form.sentence_type, "No probation (fine or jail only)")
    assert not form.custody_box.isVisible() and not form.probation_box.isVisible()
