"""K427: the Checklist's completed-date refusal and the merge dialog, heard as a screen-reader
user choosing by keyboard hears them: once, in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY
from tests.gui.test_checklist_keyboard import checklist  # noqa: F401  (fixture)
from tests.gui.test_completed_date_k29b import CTRL, _tick_then_tab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k427_01_a_refused_completed_date_is_heard_without_its_name_again(qtbot, checklist):
    """Heard as name, then problem: "Anger management on case BA100001: completed on, Problem:
    Completed: after ..." said "completed" twice in a row, and an emptied field's "Completed:
    enter the date it was completed" three times.  The field's name says it once; the words
    under the tick keep "Completed:", whose they are for the eye."""
    view, _client_id = checklist
    field = _tick_then_tab(qtbot, view)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "2027-01-05")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    note = view.checklist.notes[("c1", "tick", 1)]
    heard = f"{field.accessibleName()}, {field.accessibleDescription()}"
    assert heard == (f"Anger management on case BA100001: completed on, Problem: after {TODAY.isoformat()}, "
                     "the day of this checklist; enter the date once it is done")
    assert note.text().startswith("Completed: after ")
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.accessibleDescription() == "Problem: enter the day it was done (untick it if it is not done)"
    assert note.text() == "Completed: enter the day it was done (untick it if it is not done)"
    assert sum(field_said.lower().count("complete") for field_said in (field.accessibleName(), field.accessibleDescription())) == 1
