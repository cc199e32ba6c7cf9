"""K148-02: the Eligibility tab's yellow notes above the results are said as the tab is arrived at
(A141-02), but not when they change in place: a client's running probation held back relief in
three other cases, the attorney moved "As of" past its end, and "Read this first: The person is
on probation ..." went from the screen with nothing said; moved back, it came again unheard.  A
note that comes, changes or goes while the tab is shown is said once; a refresh that changes no
note says nothing more."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_eligibility_notes_heard_a141 import _to_eligibility
from tests.long_record import long_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

HELD_BACK = "Read this first: The person is on probation in case 24M08080 through 2027-03-18."


def _heard(announcements) -> list[str]:
    return [message for _object, message, _politeness in announcements]


@pytest.fixture
def panel(qtbot, window, repo, announcements):
    client = long_record()  # probation in 24M08080 to 2027-03-18 holds back the other cases
    client.person.us_citizen = False
    panel, _said = _to_eligibility(qtbot, window, repo, announcements, client)
    del announcements[:]
    return panel


def test_a_note_gone_in_place_is_said_once(panel, announcements):
    panel.as_of.setDate(QDate(2027, 4, 1))  # past the probation's end

    assert not panel.bar_note.isVisible()
    assert _heard(announcements) == [f"Gone from above the results: {HELD_BACK}"]


def test_a_note_come_in_place_is_said_once_with_its_words(panel, announcements):
    panel.as_of.setDate(QDate(2027, 4, 1))
    del announcements[:]

    panel.as_of.setDate(QDate(2026, 12, 1))  # back before it ends

    assert panel.bar_note.isVisible()
    shown = " ".join(panel.bar_note.text().split())
    assert _heard(announcements) == [f"Now above the results: {shown}"]


def test_a_refresh_that_changes_no_note_says_nothing_more(qtbot, panel, announcements):
    panel.as_of.setDate(QDate(2026, 12, 1))  # another day, the same notes
    panel.show_all.click()  # the rows shown change, not the notes

    assert _heard(announcements) == []


def test_left_and_arrived_at_again_a_change_there_is_said_once(qtbot, window, panel, announcements):
    view = window.client_view
    qtbot.keyClick(panel.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # to the Record tab
    assert not panel.isVisible()
    qtbot.keyClick(view.record.person.name, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # and back
    assert not [message for message in _heard(announcements) if "above the results" in message]

    panel.as_of.setDate(QDate(2027, 4, 1))

    assert _heard(announcements)[-1:] == [f"Gone from above the results: {HELD_BACK}"]
    assert len([message for message in _heard(announcements) if "above the results" in message]) == 1


def test_an_undo_on_the_tab_that_brings_a_note_back_says_it(qtbot, window, panel, announcements):
    view = window.client_view
    qtbot.keyClick(panel.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    citizen = view.record.person.citizen
    citizen.setFocus()
    qtbot.keyClick(citizen, Qt.Key.Key_Up)  # "No" to "Yes": saved as it is left
    qtbot.keyClick(citizen, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert not panel.immigration_note.isVisible()
    del announcements[:]

    window.undo_action.trigger()  # Edit > Undo, the tab in front: the client screened again

    assert panel.immigration_note.isVisible()
    assert [message for message in _heard(announcements) if "above the results" in message] == [
        "Now above the results: First: the client is not a US citizen, so immigration counsel comes before anything is filed."]
