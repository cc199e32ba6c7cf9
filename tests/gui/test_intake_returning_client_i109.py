"""I109-01: a returning client whose name was typed another way at intake.  Last year's record
is "John Smith", born 5/14/1979; this year the volunteer typed "Jon Smith", "Smith John" or
"John A. Smith", and Enter started a new record with not a word: Z83-01's note met only the
same name (accents, case and spacing aside).  Intake now says who, born the same day, has a
name close to the one typed (matching.names_alike, the search's start of a word and its close
spelling), and names them; a namesake born that day with a wholly other name (a twin) is no note."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.matching import names_alike
from clinic_app.model import Person
from tests.gui.conftest import probation_client, show_active, type_intake_case
from tests.gui.test_intake_returning_client_z83 import _start, intake  # noqa: F401 - the fixture

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _stored(repo, name: str, born: date, event: str | None = "Clean Slate Day 2025-06-07") -> int:
    before = probation_client(name, event=event)
    before.person = Person(dob=born)
    return repo.add_client(before)


@pytest.mark.parametrize(("typed", "stored"), [("Jon Smith", "John Smith"), ("Maria Garcia Lopez", "María García"),
                                               ("Smith John", "John Smith"), ("John Smith", "John Albert Smith"),
                                               ("Ana M. Ruiz", "Ana María Ruiz")])
def test_i109_01_names_typed_another_way_are_alike(typed, stored):
    assert names_alike(typed, stored) and names_alike(stored, typed)


@pytest.mark.parametrize(("typed", "stored"), [("Carlos Lopez", "Maria Lopez"), ("Tom Lee", "Kim Park"), ("Maria", "Maria Lopez")])
def test_i109_01_other_names_are_not(typed, stored):
    assert not names_alike(typed, stored)


@pytest.mark.parametrize(("typed", "stored"), [("Jon Smith", "John Smith"), ("Maria Garcia Lopez", "María García"),
                                               ("Smith John", "John Smith"), ("John Smith", "John Albert Smith")])
def test_i109_01_a_name_typed_another_way_is_named_at_start(qtbot, repo, intake, typed, stored):
    before_id = _stored(repo, stored, date(1979, 5, 14))
    _stored(repo, stored, date(1980, 1, 1))  # another day: another person

    _start(qtbot, intake, typed, "5/14/1979")

    said = intake.seen_before
    assert said.isVisible() and said.kind == "note", said.text()
    text = said.text()
    assert text.startswith(f"The same date of birth and a name close to {typed}, written another way: "
                           f"{stored} (id {before_id}, 1 case, Clean Slate Day 2025-06-07), in the caseload already."), text
    assert f"(id {before_id + 1}" not in text and f"open their record instead (Open {stored} (id {before_id}) instead, below" in text
    assert intake.client.id != before_id  # started all the same: nothing merged
    assert len(repo.list_clients()) == 3
    assert intake.case_number.hasFocus()


def test_i109_01_a_twin_born_the_same_day_is_no_note(qtbot, repo, intake):
    _stored(repo, "Maria Lopez", date(1979, 5, 14))
    _start(qtbot, intake, "Carlos Lopez", "5/14/1979")
    assert not intake.seen_before.text()


def test_i109_01_the_same_name_and_a_close_one_both_said(qtbot, repo, intake):
    same = _stored(repo, "John Smith", date(1979, 5, 14))
    close = _stored(repo, "Jon Smith", date(1979, 5, 14), event=None)
    _start(qtbot, intake, "John Smith", "5/14/1979")
    text = intake.seen_before.text()
    assert text.startswith(f"Same name and date of birth as John Smith (id {same}, 1 case, Clean Slate Day 2025-06-07), and "
                           f"the same date of birth and a name close to John Smith, written another way: Jon Smith (id {close}, "
                           "1 case), in the caseload already."), text
    assert "put the name right" not in text  # the namesake is merged as it is


# I109-02: the note named the client seen before, and the volunteer could only start a second
# record and leave the two for the attorney to merge: the returning client was screened at the
# table without last year's cases.  Intake now offers to open them instead, while the record
# just started has no case; the record started is taken back (an undo step), nothing merged.

DAY = "Expungement Fair 2026-12-05"


def test_i109_02_the_returning_client_is_opened_instead_of_the_record_started(qtbot, window, repo):
    from tests.gui.test_intake_undo_u36 import _add_case, _in_intake

    before_id = _stored(repo, "John Smith", date(1979, 5, 14))
    window.load()

    def at_the_table(dialog) -> tuple:
        show_active(qtbot, dialog)
        dialog.event.setEditText(DAY)
        _start(qtbot, dialog, "Jon Smith", "5/14/1979")
        started = dialog.client.id
        offered = dialog.open_instead.isVisible(), dialog.open_instead.text()
        note = dialog.seen_before.text()
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Backtab)  # from the Case number the keyboard is in
        on_button = dialog.open_instead.hasFocus()
        qtbot.keyClick(dialog.open_instead, Qt.Key.Key_Space)
        shown = (dialog.client.id, dialog.name.text(), dialog.event.currentText(), dialog.open_instead.isVisible(),
                 dialog.case_message.text())
        _add_case(qtbot, dialog, "26CR1234")
        added = [len(c.cases) for c in repo.iter_clients()], dialog.best.text()
        qtbot.keyClick(dialog, Qt.Key.Key_N, CTRL)  # the next client: the day's event again
        return started, offered, note, on_button, shown, added, dialog.event.currentText()

    (seen,) = _in_intake(qtbot, window, at_the_table, window.intake_action.trigger)
    started, offered, note, on_button, shown, added, next_event = seen
    assert offered == (True, f"Open John Smith (id {before_id}) instead")
    assert f"open their record instead (Open John Smith (id {before_id}) instead, below, Shift+Tab from the Case number: " \
           "the record just started is taken back, " \
           "nothing is merged) and add today's cases to it." in note, note
    assert on_button
    assert shown == (before_id, "John Smith", "Clean Slate Day 2025-06-07", False,
                     f"Opened John Smith (id {before_id}), seen before; the record started as Jon Smith is taken back "
                     "(Ctrl+Z brings it back). Add today's cases to theirs.")
    assert added[0] == [2]  # one client: last year's case and today's, screened together
    assert added[1].startswith("John Smith: ")
    assert [c.id for c in repo.iter_clients()] == [before_id] and started != before_id
    assert repo.get_client(before_id).name == "John Smith"  # nothing of the record changed but the case added
    assert next_event == DAY
    assert window._intake_event == DAY


def test_i109_02_a_record_with_a_case_is_merged_after_not_opened_instead(qtbot, repo, intake):
    from tests.gui.test_intake_undo_u36 import _add_case

    _stored(repo, "John Smith", date(1979, 5, 14))
    _start(qtbot, intake, "John Smith", "5/14/1979")
    assert intake.open_instead.isVisible()
    _add_case(qtbot, intake, "26CR1234")
    assert len(intake.client.cases) == 1
    assert not intake.open_instead.isVisible()
    assert intake.seen_before.text().endswith("merge the two after intake (Caseload > Merge a duplicate into this client).")


def test_i109_02_ctrl_z_brings_back_the_record_started(qtbot, window, repo):
    from tests.gui.test_intake_undo_u36 import _in_intake

    before_id = _stored(repo, "John Smith", date(1979, 5, 14))
    window.load()

    def at_the_table(dialog) -> tuple:
        show_active(qtbot, dialog)
        _start(qtbot, dialog, "Jon Smith", "5/14/1979")
        qtbot.mouseClick(dialog.open_instead, Qt.MouseButton.LeftButton)
        opened = dialog.client.id, sorted(c.name for c in repo.iter_clients())
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Z, CTRL)
        return opened, dialog.client.name, sorted(c.name for c in repo.iter_clients()), dialog.open_instead.isVisible()

    (seen,) = _in_intake(qtbot, window, at_the_table, window.intake_action.trigger)
    assert seen == ((before_id, ["John Smith"]), "Jon Smith", ["John Smith", "Jon Smith"], True)


# I109-03: "BA350123-01", as the Los Angeles court prints the number, typed after "BA350123" for
# the same client was taken as a second case with not a word: two cards for one case on the
# handout if it was the same.  Co-defendants share a number, so it is added, and said.

@pytest.mark.parametrize(("first", "then", "how"), [("BA350123", "BA350123-01", "with"), ("BA350123-01", "BA350123", "without"),
                                                    ("BA350123-01", "BA350123-02", "with another")])
def test_i109_03_a_case_number_with_the_defendants_number_is_added_and_said(qtbot, repo, intake, first, then, how):
    _start(qtbot, intake, "Rosa Paz", "3/2/1985")
    type_intake_case(qtbot, intake, first, "1/15/2023", offense="10851 vc")
    type_intake_case(qtbot, intake, then, "1/15/2023", offense="10851 vc")

    assert [c.case_number for c in repo.get_client(intake.client.id).cases] == [first, then]  # not refused
    said = intake.case_message
    assert said.kind == "note" and said.isVisible()
    assert said.text() == (f"Case 2 added and screened. {then} looks like case {first}, already entered for this client, {how} "
                           "the defendant's number the court prints after it. If it is that case, Ctrl+Z takes this one back, "
                           "and a second count of it is added on the Record tab after intake."), said.text()


@pytest.mark.parametrize("then", ["BA350124-01", "BA3501234", "23CR7777"])
def test_i109_03_another_number_is_added_with_nothing_more_said(qtbot, repo, intake, then):
    _start(qtbot, intake, "Rosa Paz", "3/2/1985")
    type_intake_case(qtbot, intake, "BA350123", "1/15/2023", offense="10851 vc")
    type_intake_case(qtbot, intake, then, "1/15/2023", offense="10851 vc")
    assert intake.case_message.text() == "Case 2 added and screened."
