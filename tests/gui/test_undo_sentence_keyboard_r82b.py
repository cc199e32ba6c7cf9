"""R82b-01: Ctrl+Z of a one-count case's sentence changed to "State prison" on the Record tab
(K81-03 then gives its count Felony) put the keyboard in the count's Level box, not in the
Sentence box the paralegal had changed (K81-02 takes the first field, in Tab order, that the
step put back, and the count comes before the sentence).  A screen reader said "Level of the
conviction", and the arrow key meant to choose the right sentence changed the level instead,
which then stayed as the user's choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_checklist_keyboard import open_on_tab
from tests.gui.test_record_prison_is_a_felony_k81 import _burglary_of_unknown_level, _save, _sentence

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
CTRL = Qt.KeyboardModifier.ControlModifier


def _burglary():
    client = _burglary_of_unknown_level()
    client.cases[0].convictions[0].section = "459"  # as the form stores it: its save rewrites nothing else
    return client


def test_r82b_01_undo_of_a_sentence_that_gave_a_felony_leaves_the_keyboard_in_the_sentence_box(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _burglary(), 0)
    form = view.record.case_form
    (row,) = form.convictions.rows
    _sentence(qtbot, form, "state_prison")
    assert row.level.currentData() == "felony"
    _save(qtbot)
    name = view.record.person.name
    name.setFocus(Qt.FocusReason.MouseFocusReason)  # gone on to another field
    qtbot.waitUntil(name.hasFocus)

    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)
    case = repo.get_client(client_id).cases[0]
    assert case.sentence.type == "probation" and case.convictions[0].level is None
    assert QApplication.focusWidget() is form.sentence_type, QApplication.focusWidget().accessibleName()

    qtbot.keyClick(form.sentence_type, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    case = repo.get_client(client_id).cases[0]
    assert case.sentence.type == "state_prison" and case.convictions[0].level == "felony"
    assert QApplication.focusWidget() is form.sentence_type


def test_r82b_01_a_level_put_back_with_no_sentence_changed_still_takes_the_keyboard(qtbot, window, repo):
    """The count's own level undone: the keyboard goes to its Level box, as K81-02 does."""
    view, client_id = open_on_tab(qtbot, window, repo, _burglary(), 0)
    (row,) = view.record.case_form.convictions.rows
    row.level.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(row.level.hasFocus)
    row.level.setCurrentIndex(row.level.findData("misdemeanor"))
    row.level.activated.emit(row.level.currentIndex())
    _save(qtbot)
    assert repo.get_client(client_id).cases[0].convictions[0].level == "misdemeanor"
    name = view.record.person.name
    name.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).cases[0].convictions[0].level is None
    assert QApplication.focusWidget() is row.level
