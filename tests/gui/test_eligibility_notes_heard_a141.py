"""A141-02: Alt+L to the Eligibility tab of a client who is not a US citizen, with a long record
whose one running probation holds back the other cases' relief.  Above the results the tab shows,
in yellow, "First: ... immigration counsel comes before anything is filed." and "Read this first:
The person is on probation in case 24M08080 ..." (N114-01, H130-01); the keyboard goes to the
results, and a screen reader heard their first row ("Eligible now" or "Blocked until") and not
one word of either note, which no key reaches.  They are now said after the row, as the tab is
arrived at; with no note shown, nothing more is said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from tests.gui.test_checklist_all_done_heard_a104 import _opened
from tests.long_record import long_record
from ui.client_view import TAB_ELIGIBILITY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _to_eligibility(qtbot, window, repo, announcements, client):
    view = _opened(qtbot, window, repo, client)
    name = view.record.person.name
    del announcements[:]
    qtbot.keyClick(name, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentIndex() == TAB_ELIGIBILITY
    assert QApplication.focusWidget() is view.eligibility.table
    return view.eligibility, [message for _object, message, _politeness in announcements]


def test_a141_02_the_notes_above_the_results_are_said_on_arriving(qtbot, window, repo, announcements):
    client = long_record()
    client.person.us_citizen = False
    panel, said = _to_eligibility(qtbot, window, repo, announcements, client)
    assert panel.immigration_note.isVisible() and panel.bar_note.isVisible()
    notes = [message for message in said if "immigration counsel comes before anything is filed" in message]
    assert len(notes) == 1, said
    assert "Read this first: The person is on probation in case 24M08080" in notes[0]
    assert notes[0].index("immigration counsel") < notes[0].index("Read this first")


def test_a141_02_no_note_shown_nothing_more_said(qtbot, window, repo, announcements):
    client = probation_client("Nora Nonote")
    client.person.us_citizen = True
    panel, said = _to_eligibility(qtbot, window, repo, announcements, client)
    assert not panel.immigration_note.isVisible() and not panel.bar_note.isVisible() and not panel.pending_note.isVisible()
    assert said == []
