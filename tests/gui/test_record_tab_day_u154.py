"""U154: a paralegal's day of edits on the Record tab, each undone and redone, nothing lost."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Person
from tests.gui.conftest import probation_client, show_active, type_and_leave, type_over

# The window, offscreen, asks what the offscreen platform does not do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_u154_01_the_record_tab_keeps_working_after_a_case_with_no_count_was_shown(qtbot, window, repo):
    # A client with a conviction and a dismissed case: chosen in turn, the case with no count
    # made PySide let go of the page's scroll bar the Record tab kept; every resize after raised
    # "Internal C++ object (QScrollBar) already deleted", and the pane no longer found its
    # room.  After Add case, Undo and Redo, "Add conviction" ended the program.
    client = probation_client("Nora Nueva")
    client.cases.append(Case(id="c2", outcome="dismissed", case_number="BA999001"))
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    show_active(qtbot, window)
    record = window.client_view.record
    for index in (1, 0, 1, 0):
        record.cases.setCurrentRow(index)
        qtbot.wait(30)
    window.resize(1000, 700)  # each resize places the panes, the page's bar asked if it shows
    qtbot.wait(30)
    window.resize(1280, 800)
    qtbot.wait(30)
    first = record.case_form.convictions.rows[0]
    qtbot.mouseClick(record.case_form.convictions.add_button, Qt.MouseButton.LeftButton)
    assert len(record.case_form.convictions.rows) == 2 and record.case_form.convictions.rows[0] is first


def test_u154_02_undo_asks_before_the_number_typed_in_a_case_just_added_is_lost(qtbot, window, repo, monkeypatch):
    # Add case, its number typed, Edit > Undo: the blank count row stopped the number's save,
    # and Undo took back "Add case" without a word; Redo brought the case back with no number.
    client_id = repo.add_client(Client(name="Nora Nueva", person=Person(dob=date(1990, 2, 3))))
    window.load()
    window.open_client(client_id)
    show_active(qtbot, window)
    record = window.client_view.record
    qtbot.mouseClick(record.add_case, Qt.MouseButton.LeftButton)
    type_and_leave(qtbot, record.case_form.case_number, "BA412233")
    asked = []
    # Asked, the answer is Stay and fix.
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, where: asked.append((problem, where)) or False)
    window.undo_action.trigger()
    assert asked == [("Conviction: the code section is missing (a case that ended in a conviction needs at least one"
                      " before it is saved)", "undo the last change")]
    assert len(repo.get_client(client_id).cases) == 1  # stayed: the case not taken back
    assert record.case_form.case_number.text() == "BA412233"
    first = record.case_form.convictions.rows[0]
    type_and_leave(qtbot, first.offense, "459")
    type_and_leave(qtbot, first.date, "2019-06-10")
    window.client_view.save()
    assert [case.case_number for case in repo.get_client(client_id).cases] == ["BA412233"]


def test_u154_03_add_case_redone_is_shown_as_add_case_made_it(qtbot, window, repo):
    # Add case, Undo, Redo: the case came back with no conviction row, "Cannot save: Case
    # outcome: Add at least one conviction below" in red, and left untouched it stayed stored,
    # an empty case (Add case's own empty case is taken out on leaving, W24-02).
    client_id = repo.add_client(Client(name="Nora Nueva", person=Person(dob=date(1990, 2, 3))))
    window.load()
    window.open_client(client_id)
    show_active(qtbot, window)
    view = window.client_view
    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)
    window.undo_action.trigger()
    window.redo_action.trigger()
    form = view.record.case_form
    assert len(form.convictions.rows) == 1 and form.convictions.rows[0].is_blank()
    assert view.save_reason.text() == ""
    assert window.show_caseload()
    assert repo.get_client(client_id).cases == []


def test_u154_04_stay_and_fix_takes_the_keyboard_to_the_field_to_fix(qtbot, window, repo, monkeypatch):
    # "2027-0" typed in Probation end, the Checklist looked at, then back to the caseload:
    # asked, "Stay and fix" left the Checklist in front and the keyboard where it was; the
    # field named in the question was on another tab, below the fold, to be found by its words.
    client_id = repo.add_client(probation_client("Ana Uno"))
    window.load()
    window.open_client(client_id)
    show_active(qtbot, window)
    view = window.client_view
    field = view.record.case_form.probation_end
    type_over(qtbot, field, "2027-0")
    view.tabs.setCurrentIndex(1)  # the Checklist
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, where: asked.append(problem) or False)
    assert not window.show_caseload()
    assert asked == ["Probation end: Not a date: write it as 2021-03-02, 3/2/2021 or March 2 2021"]
    assert view.tabs.currentWidget() is view.record
    qtbot.waitUntil(field.hasFocus)
    assert field.text() == "2027-0" and not field.visibleRegion().isEmpty()  # in sight
