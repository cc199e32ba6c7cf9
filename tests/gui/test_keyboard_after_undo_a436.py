"""A436: this stop's changes driven by the keyboard alone, as a screen-reader user meets them.

A436-01: a paralegal removed a case's last condition (or count) with the keyboard on its Remove:
the keyboard went on to "Add condition" (A419).  Ctrl+Z said "Put back the condition Caltrans."
(K426-01), and the keyboard stayed on "Add condition", the condition back above it, to be found
by Shift+Tab; the Remove of an earlier row undone put the keyboard in the row that came back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_row_removed_said_h405 import _opened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize(("rows", "named", "first_field"), [
    ("conditions", "the condition Caltrans", "Condition kind"),
    ("convictions", "the conviction PC 484", "Offense code section"),
])
def test_a436_01_undo_of_a_last_row_s_remove_puts_the_keyboard_in_it(qtbot, window, repo, announcements,
                                                                      rows, named, first_field):
    client_id, _stored = _opened(qtbot, window, repo)
    listed = getattr(window.client_view.record.case_form, rows)
    remove = listed.rows[-1].remove
    remove.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(remove.hasFocus)
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 1)
    assert QApplication.focusWidget() is listed.add_button  # on, as A419 sends it
    del announcements[:]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 2)
    back = listed.rows[-1]
    qtbot.waitUntil(lambda: back.isAncestorOf(QApplication.focusWidget()))
    assert QApplication.focusWidget().accessibleName() == first_field
    assert [words for _source, words, _politeness in announcements] == [
        f"Undone: Edit Case BA100001, {rows} (Rosa Tired). Put back {named}."]


def _released_from_prison_and_a_condition():
    """Rosa's probation case with a class to tick, after a state prison case (BA410001) she was
    released from in 2017, the parole after it not known at intake (H428-01)."""
    from datetime import date

    from clinic_app.model import Case, Condition, Conviction, Custody, Sentence
    from tests.gui.conftest import probation_client

    client = probation_client("Rosa Paroled")
    client.cases[0].conditions = [Condition(kind="class", label="Anger management")]
    when = date(2015, 3, 2)
    client.cases.insert(0, Case(
        id="c9", case_number="BA410001",
        convictions=[Conviction(id="c9-1", section="11352(a)", code="HS", level="felony", conviction_date=when)],
        sentence=Sentence(type="state_prison", judgment_date=when, custody=Custody(release_date=date(2017, 6, 15)))))
    return client


def test_a436_02_the_checklist_s_unknown_parole_end_is_reached_and_heard_with_its_case(qtbot, window, repo):
    """A436-02: the Checklist's "Parole or PRCS after release: end date unknown" (H428-01) was a
    line of words: the keyboard went to the class's tick, and no Tab nor Shift+Tab reached the
    line or said it.  It has a stop on Tab now, heard with its case, that takes the keyboard to
    the field the Record tab records it in."""
    from tests.gui.test_checklist_keyboard import open_on_checklist

    view, _client_id = open_on_checklist(qtbot, window, repo, _released_from_prison_and_a_condition())
    asked = QApplication.focusWidget()  # the first case's, first in Tab order
    assert asked.accessibleName() == ("Parole or PRCS after release: end date unknown on case BA410001: "
                                      "enter its end on the Record tab")
    assert "end date unknown" not in asked.toolTip()  # the description adds where, not the line again
    qtbot.keyClick(asked, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().accessibleName() == "Anger management on case BA100001: done"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is asked
    qtbot.keyClick(asked, Qt.Key.Key_Space)
    form = view.record.case_form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.supervision)
    assert view.tabs.currentWidget() is view.record and form.case.case_number == "BA410001"


def test_a436_02_a_parole_recorded_without_its_end_takes_the_keyboard_to_supervision_end(qtbot, window, repo):
    """Q442-02: the button's other field, "Parole: end date unknown" (the parole recorded, its end
    not) going to the case's Supervision end, was untested: always Supervision after passed."""
    from clinic_app.model import Custody
    from tests.gui.test_checklist_keyboard import open_on_checklist

    client = _released_from_prison_and_a_condition()
    client.cases[0].sentence.custody = Custody(release_date=client.cases[0].sentence.custody.release_date,
                                               supervision="parole")
    view, _client_id = open_on_checklist(qtbot, window, repo, client)
    asked = QApplication.focusWidget()
    assert asked.accessibleName() == "Parole: end date unknown on case BA410001: enter its end on the Record tab"
    qtbot.keyClick(asked, Qt.Key.Key_Space)
    form = view.record.case_form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.supervision_end)
    assert form.case.case_number == "BA410001"


def test_a436_03_a_relief_s_missing_kind_is_heard_on_its_box_without_its_name_again(qtbot, window, repo, monkeypatch):
    """A436-03: Tabbed to the Granted: box of a relief stored with a kind of only spaces (K425-03),
    a reader heard "Relief already granted for this conviction, Problem: Relief granted: the
    relief's kind is missing; choose one": "relief" three times, the name said again, where a
    count's "Convicted" says its problem alone (K409-02).  The words under the row keep it."""
    from tests.gui.test_relief_kind_missing_k425 import MISSING, _granted_spaces
    from tests.stored_before_k386 import stored_before_k386

    client_id = stored_before_k386(repo, monkeypatch, _granted_spaces())
    window.load()
    window.open_client(client_id)
    row = window.client_view.record.case_form.convictions.rows[0].relief.rows[0]
    assert row.remedy.accessibleName() == "Relief already granted for this conviction"
    assert row.remedy.accessibleDescription() == f"Problem: {MISSING}"
    assert row.message.text() == f"Relief granted: {MISSING}"  # for the eye, under the row
