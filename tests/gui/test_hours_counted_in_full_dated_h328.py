"""H328-03: hours counted up to the whole ordered are given the day they were finished, as a tick is.

A client back a year later had finished her community service: "+50" typed over "30 of 80
hours" ticked it done, and the line had no "completed" day, where the class ticked above it had
one to correct.  Nowhere on the Checklist could the day she finished be given (clicking the tick
would take it back).  A count that makes the whole now shows the day field, empty: the day typed
there is kept; left empty, nothing is asked and nothing is refused.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_checklist_keyboard import _focus, checklist  # noqa: F401  (fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _count_in_full(qtbot, view):
    spin = view.checklist.control("c1", "count", 0)  # "Community service", 10 of 40 hours
    _focus(qtbot, spin)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "+30")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.checklist.control("c1", "completed", 0) is not None)
    return view.checklist.control("c1", "completed", 0)


def test_h328_03_the_day_hours_in_full_were_finished_can_be_given(qtbot, checklist, repo):
    view, client_id = checklist
    field = _count_in_full(qtbot, view)
    condition = repo.get_client(client_id).cases[0].conditions[0]
    assert (condition.done, condition.completed_on) == (40, None)  # no day guessed for her
    assert field.text() == "" and field.isVisibleTo(view.checklist)
    assert view.checklist.control("c1", "tick", 0).isChecked()
    _focus(qtbot, field)
    qtbot.keyClicks(field, "10/3/2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert repo.get_client(client_id).cases[0].conditions[0].completed_on == date(2026, 10, 3)
    assert view.checklist.control("c1", "completed", 0).text() == "2026-10-03"


def test_h328_03_the_empty_day_passed_through_asks_nothing(qtbot, checklist, repo):
    view, client_id = checklist
    field = _count_in_full(qtbot, view)
    _focus(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert view.checklist.notes[("c1", "tick", 0)].isHidden()
    assert view.checklist.date_not_taken() is None
    assert repo.get_client(client_id).cases[0].conditions[0].completed_on is None


def test_a333_02_hours_counted_in_full_say_where_the_day_finished_goes(qtbot, checklist, repo, announcements):
    """"+30" over "10 of 40 hours", then Tab: the day field came beside the tick, behind the
    keyboard (Tab had gone on to Anger management), and a screen reader heard "Saved: Community
    service: 40 done" and not a word of it: a field out of sight of the focus, unsaid.  Said after
    the save's line; hours not yet in full say nothing of a day."""
    view, _client_id = checklist
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "+5")  # 15 of 40: no day to give
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert not [m for _o, m, _p in announcements if "finished" in m]
    announcements.clear()
    field = _count_in_full(qtbot, view)  # +30: 45 of 40 counts the whole
    said = "Community service is counted in full: the day it was finished can be typed in its completed box, beside its tick."
    qtbot.waitUntil(lambda: len(announcements) >= 2)
    heard = [m for _o, m, _p in announcements]
    assert heard[0].startswith("Saved: Community service: 45 done") and heard[1] == said, heard
    assert announcements[1][0] is field
