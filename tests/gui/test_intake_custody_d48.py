"""D48: a volunteer attorney's clinic event, three walk-ins taken through intake."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Dwayne Testperson")
    qtbot.keyClicks(dialog.dob, "11/30/1979")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.client is not None
    return dialog


def _state_prison_burglary(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.case_number, "BA301234")
    qtbot.keyClicks(dialog.conviction.offense, "459/460(b)")
    dialog.conviction.settle_offense()
    dialog.conviction.level.setCurrentIndex(dialog.conviction.level.findData("felony"))
    qtbot.keyClicks(dialog.conviction.date, "2/14/2014")
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("state_prison"))


def test_d48_02_the_release_from_prison_is_asked_at_intake(qtbot, repo):
    """Client 2 of the day, released from state prison in 2018: intake asked only "Supervision
    until:", so every remedy of the case said "needs review: the record does not show whether
    the person is still serving a sentence" (missing: the release date), and the attorney had to
    leave intake, find the client, open the case and scroll to Custody to type the one date the
    client had just said.  It is asked beside the sentence, for jail and prison sentences."""
    dialog = _intake(qtbot, repo)
    assert not dialog.released.isVisibleTo(dialog)  # probation: no release to ask about
    _state_prison_burglary(qtbot, dialog)
    assert dialog.released.isVisibleTo(dialog) and dialog.released_label.isVisibleTo(dialog)
    assert dialog.released_label.buddy() is dialog.released
    qtbot.keyClicks(dialog.released, "5/1/2018")
    qtbot.keyClick(dialog.released, Qt.Key.Key_Return)
    assert dialog.case_message.text().startswith("Case 1 added"), dialog.case_message.text()
    (case,) = repo.get_client(dialog.client.id).cases
    assert case.sentence.custody is not None and str(case.sentence.custody.release_date) == "2018-05-01"
    missing = {fact for d in dialog.screening.results for fact in d.missing_facts}
    assert not any(fact.endswith("custody.release_date") for fact in missing)
    assert not dialog.released.text()  # emptied for the next case


def test_d48_02_a_release_typed_then_probation_chosen_is_said_not_dropped(qtbot, repo):
    dialog = _intake(qtbot, repo)
    _state_prison_burglary(qtbot, dialog)
    qtbot.keyClicks(dialog.released, "5/1/2018")
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("probation"))
    assert dialog.released.isVisibleTo(dialog)  # kept in view, to be cleared
    assert not dialog.add_current_case()
    assert "release" in dialog.case_message.text().lower()
    assert not repo.get_client(dialog.client.id).cases


def _dui_with_fines(qtbot, dialog, ordered: str, paid: str) -> None:
    qtbot.keyClicks(dialog.case_number, "9VY05678")
    qtbot.keyClicks(dialog.conviction.offense, "VC 23152(a)")
    qtbot.keyClicks(dialog.conviction.date, "6/5/2019")
    qtbot.keyClicks(dialog.probation_end, "6/5/2022")
    qtbot.keyClicks(dialog.fines, ordered)
    qtbot.keyClicks(dialog.fines_paid, paid)


def test_d48_03_fines_paid_in_part_are_asked_at_intake(qtbot, repo):
    """Client 1 of the day, a 2019 DUI: $1,800 in fines ordered, $1,200 paid.  Intake had
    "Fines $:" alone, stored as ordered with nothing paid: whatever the client had paid, the
    record said all of it was owed, and so did the handout ("Pay the fines you still owe:
    $1,800").  Intake asks what was paid beside what was ordered."""
    dialog = _intake(qtbot, repo)
    assert dialog.fines_paid.isVisibleTo(dialog)
    label = next(lbl for lbl in dialog.case_box.findChildren(type(dialog.released_label)) if lbl.buddy() is dialog.fines_paid)
    assert label.text().replace("&", "") == "Fines paid $:"
    _dui_with_fines(qtbot, dialog, "1800", "1200")
    qtbot.keyClick(dialog.fines_paid, Qt.Key.Key_Return)
    assert dialog.case_message.text().startswith("Case 1 added"), dialog.case_message.text()
    (case,) = repo.get_client(dialog.client.id).cases
    assert (case.money.fines_ordered, case.money.fines_paid, case.money.fines_owed) == (1800, 1200, 600)
    assert "fines $600" in dialog.best.text()
    assert not dialog.fines_paid.text()


def test_d48_03_more_paid_than_ordered_is_refused_with_why(qtbot, repo):
    dialog = _intake(qtbot, repo)
    _dui_with_fines(qtbot, dialog, "600", "1800")
    assert not dialog.add_current_case()
    assert dialog.case_message.text().startswith("Fines paid: more than the fines ordered")
    assert not repo.get_client(dialog.client.id).cases
    dialog.fines_paid.clear()
    dialog.fines.clear()
    dialog.case_number.clear()
    dialog.conviction.offense.clear()
    dialog.conviction.date.clear()
    dialog.probation_end.clear()


def test_d48_04_an_arrest_without_a_conviction_is_taken_at_intake(qtbot, repo):
    """Client 3 of the day: a 2012 marijuana felony, and a 2016 arrest that was never charged.
    Intake took convictions only: the arrest (PC 851.91 sealing, 851.93 automatic relief) had
    to be added after intake on the record (Add case, Outcome, Arrest date, scroll past the
    sentence, conditions and money of a case with none).  The sentence box offers "No
    conviction: ..." for it; the row's date is then the arrest's, and fines are not asked."""
    dialog = _intake(qtbot, repo)
    qtbot.keyClicks(dialog.case_number, "LA161234")
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("no_charges_filed"))
    date_label = next(lbl for lbl in dialog.conviction.findChildren(type(dialog.released_label))
                      if lbl.buddy() is dialog.conviction.date)
    assert date_label.text() == "Arr&ested:" and dialog.conviction.date.accessibleName() == "Arrested"  # Alt+E (K99-01)
    assert not any(field.isVisibleTo(dialog) for field in (dialog.fines, dialog.fines_paid, dialog.restitution,
                                                           dialog.probation_end, dialog.released))
    qtbot.keyClicks(dialog.conviction.date, "9/3/2016")
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)  # what it was for is not known
    assert dialog.case_message.text().startswith("Case 1 added"), dialog.case_message.text()
    (case,) = repo.get_client(dialog.client.id).cases
    assert (case.outcome, case.case_number, str(case.arrest_date), case.arrest_level, case.arrest_offenses,
            case.convictions, case.sentence) == ("no_charges_filed", "LA161234", "2016-09-03", None, [], [], None)
    shown = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert any("LA161234 (whole case)" in line and "851.91" in line for line in shown), shown
    assert date_label.text() == "Convict&ed:"  # the next case starts as a conviction again


def test_d48_04_an_arrest_keeps_what_it_was_for_and_refuses_money(qtbot, repo):
    dialog = _intake(qtbot, repo)
    qtbot.keyClicks(dialog.case_number, "LA161235")
    qtbot.keyClicks(dialog.conviction.offense, "HS 11357(a)")
    dialog.conviction.settle_offense()
    # A wobbler: its level is the attorney's to choose, as the client says (R51-01).
    dialog.conviction.level.setFocus()
    qtbot.keyClick(dialog.conviction.level, Qt.Key.Key_Down)  # from "Choose level" (V53-02)
    qtbot.keyClick(dialog.conviction.level, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.conviction.level, Qt.Key.Key_Up)  # Felony, then back to Misdemeanor: chosen
    qtbot.keyClicks(dialog.conviction.date, "9/3/2016")
    qtbot.keyClicks(dialog.fines, "300")
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("dismissed"))
    assert dialog.fines.isVisibleTo(dialog)  # typed before: kept in view, to be cleared
    assert not dialog.add_current_case()
    assert dialog.case_message.text().startswith("Fines ordered: an arrest without a conviction has none")
    dialog.fines.clear()
    assert dialog.add_current_case(), dialog.case_message.text()
    (case,) = repo.get_client(dialog.client.id).cases
    assert case.outcome == "dismissed" and case.arrest_level == "misdemeanor"
    assert [(o.code, o.section, o.level) for o in case.arrest_offenses] == [("HS", "11357(a)", "misdemeanor")]


def test_d48_04_an_arrest_level_is_the_one_chosen_not_the_first_in_the_box(qtbot, repo):
    """The level box starts at Misdemeanor: an arrest with no section typed is stored with no
    level (the screening asks it) unless the attorney chooses one, as the client says."""
    dialog = _intake(qtbot, repo)
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("dismissed"))
    assert dialog.conviction.message.text().startswith("What the arrest was for, if known")
    qtbot.keyClicks(dialog.conviction.date, "9/3/2016")
    assert dialog.conviction.message.text().startswith("What the arrest was for, if known")  # still, once typed in
    assert dialog.add_current_case(), dialog.case_message.text()
    qtbot.keyClicks(dialog.case_number, "LA161236")
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("dismissed"))
    dialog.conviction.level.setFocus()
    qtbot.keyClick(dialog.conviction.level, Qt.Key.Key_Down)  # "Choose level" (V53-02) -> Misdemeanor
    qtbot.keyClick(dialog.conviction.level, Qt.Key.Key_Down)  # -> Felony, as chosen by key
    assert dialog.conviction.level.currentData() == "felony"
    qtbot.keyClicks(dialog.conviction.date, "10/1/2016")
    assert dialog.add_current_case(), dialog.case_message.text()
    levels = [case.arrest_level for case in repo.get_client(dialog.client.id).cases]
    assert levels == [None, "felony"]


@pytest.mark.parametrize("section", ["PC 487", "PC 9999"])
def test_r51_01_an_arrest_for_a_wobbler_or_an_unknown_section_has_no_level_unless_chosen(qtbot, repo, section):
    """An arrest for grand theft (PC 487, a wobbler) or a section the catalog does not have,
    no charges filed, level not chosen: the box's first choice, Misdemeanor, was stored as the
    arrest's level, so automatic relief (PC 851.93) said "eligible" a year after the arrest,
    where a felony arrest waits three years or more.  The catalog gives neither a level: it is
    left unknown, and the screening asks whether it was a felony or a misdemeanor arrest."""
    dialog = _intake(qtbot, repo)
    qtbot.keyClicks(dialog.case_number, "LA231234")
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("no_charges_filed"))
    qtbot.keyClicks(dialog.conviction.offense, section)
    dialog.conviction.settle_offense()
    qtbot.keyClicks(dialog.conviction.date, "3/1/2024")
    if section == "PC 487":  # not "Grand theft - misdemeanor": the box's first choice is no level
        assert dialog.conviction.message.text().startswith("PC 487 Grand theft (wobbler): choose Felony or Misdemeanor")
    assert dialog.add_current_case(), dialog.case_message.text()
    (case,) = repo.get_client(dialog.client.id).cases
    assert case.arrest_level is None and [o.level for o in case.arrest_offenses] == [None]
    (automatic,) = [d for d in dialog.screening.results if d.remedy == "pc851_93"]
    assert automatic.status == "needs_review"
    assert f"cases[{case.id}].arrest_level" in automatic.missing_facts


def test_r51_01_an_arrest_keeps_the_catalog_s_level_of_its_section(qtbot, repo):
    """A section the catalog has as a misdemeanor (PC 602, trespass) gives the arrest its level."""
    dialog = _intake(qtbot, repo)
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("dismissed"))
    qtbot.keyClicks(dialog.conviction.offense, "602")
    dialog.conviction.settle_offense()
    qtbot.keyClicks(dialog.conviction.date, "3/1/2024")
    assert dialog.add_current_case(), dialog.case_message.text()
    (case,) = repo.get_client(dialog.client.id).cases
    assert case.arrest_level == "misdemeanor" and [o.level for o in case.arrest_offenses] == ["misdemeanor"]
