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


def _two_others():
    """Rosa Nadie's record (id 61) with two others to choose from: the laptop's copy with a phone
    (id 62), and a bare one that takes nothing (id 63)."""
    from clinic_app.merging import merge_into
    from tests.gui.test_merge_dialog_room_for_the_merge_m89 import _rosa_s_two_records

    mine, laptop = _rosa_s_two_records()
    bare = _rosa_s_two_records()[0]
    bare.id = 63
    return mine, [(laptop, merge_into(mine, laptop)), (bare, merge_into(mine, bare))]


def test_k427_02_the_merge_chosen_with_the_arrows_is_heard(qtbot, announcements):
    """Merge a duplicate, the keyboard in its list of other records: Down chose id 63, the line
    was heard, and "What the merge does" changed under it unheard.  Now what it shows is said
    as each record is chosen, after the record's line (polite), from the preview."""
    from PySide6.QtGui import QAccessible

    from tests.gui.conftest import show_active
    from ui.merge_dialog import MergeDialog

    mine, others = _two_others()
    dialog = MergeDialog(mine, others)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert "Anger management, 52 weeks" in dialog.preview.toPlainText()
    del announcements[:]
    qtbot.keyClick(dialog.records, Qt.Key.Key_Down)
    assert dialog.records.currentRow() == 1
    said = [(source, words, politeness) for source, words, politeness in announcements]
    assert said == [(dialog.preview, f"What the merge does: {dialog.preview.toPlainText()}",
                     QAccessible.AnnouncementPoliteness.Polite)]
    assert said[0][1] == "What the merge does: Takes from id 63: nothing this record lacks."
    qtbot.keyClick(dialog.records, Qt.Key.Key_Up)
    assert len(announcements) == 2 and "Anger management, 52 weeks" in announcements[1][1]
