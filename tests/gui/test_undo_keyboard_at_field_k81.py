"""Ctrl+Z leaves the keyboard at the field it put back (K81-02, from Z80's left alone 7).

Z80 fixed a client's date of birth on the Record tab (typed, Tab, Ctrl+S), then pressed
Ctrl+Z: the date went back in the file and in its field, but the keyboard stayed in the
Language box the Tab had gone on to.  The user could not see what was undone, nor type the
right date without finding the field again."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import open_on_tab

CTRL = Qt.KeyboardModifier.ControlModifier


def _type_over(qtbot, field, text: str) -> None:
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # left: saved as an edit, the keyboard on the next field
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert QApplication.focusWidget() is not field


def test_k81_02_undo_of_a_date_of_birth_leaves_the_keyboard_in_the_date_field(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("Jaime Carta"), 0)
    dob = view.record.person.dob
    _type_over(qtbot, dob, "9/2/1976")
    assert repo.get_client(client_id).person.dob == date(1976, 9, 2)
    assert QApplication.focusWidget() is view.record.person.language  # where the Tab went

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).person.dob == date(1985, 3, 14)
    assert QApplication.focusWidget() is dob and dob.text() == "1985-03-14"
    assert dob.selectedText() == dob.text()  # chosen whole: the right date typed replaces it

    # Redo puts the typing back, and the keyboard stays with it.
    qtbot.keyClick(view.record.person.language, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert repo.get_client(client_id).person.dob == date(1976, 9, 2)
    assert QApplication.focusWidget() is dob and dob.text() == "1976-09-02"


def test_k81_02_undo_of_a_case_date_goes_to_that_date_in_the_case_form(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("Jaime Carta"), 0)
    form = view.record.case_form
    _type_over(qtbot, form.probation_end, "7/1/2023")
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2023, 7, 1)
    view.record.person.name.setFocus(Qt.FocusReason.MouseFocusReason)  # gone on to another field
    qtbot.keyClick(view.record.person.name, Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2024, 5, 1)
    assert QApplication.focusWidget() is form.probation_end and form.probation_end.text() == "2024-05-01"


def test_k81_02_undo_on_another_case_than_the_one_shown_leaves_the_keyboard_where_it_is(qtbot, window, repo):
    client = probation_client("Jaime Carta")
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA200002"
    client.cases.append(second)
    view, client_id = open_on_tab(qtbot, window, repo, client, 0)
    record = view.record
    record.cases.setCurrentRow(1)
    record.remove_case.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(record.remove_case.hasFocus)
    qtbot.keyClick(record.remove_case, Qt.Key.Key_Space)
    assert record.case_form.case_number.text() == "BA100001"
    # Undo brings the second case back and shows it (F58-06): not a field of the first put back.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert record.case_form.case_number.text() == "BA200002"
    assert QApplication.focusWidget() is record.remove_case
