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



def test_k427_04_a_refused_completed_date_left_by_tab_is_heard(qtbot, checklist, repo, announcements):
    """The wrong year typed and Tab: the keyboard went on to the payment ledger, the refusal was
    the description of the field left behind and red words under the tick, heard by nobody; the
    date seemed taken.  Said once as the field is left, with its name; Enter (the keyboard
    staying) says nothing more than the field's description."""
    from PySide6.QtWidgets import QApplication

    view, client_id = checklist
    field = _tick_then_tab(qtbot, view)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "2027-01-05")
    del announcements[:]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is field and announcements == []
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "2027-01-06")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not field
    note = view.checklist.notes[("c1", "tick", 1)]
    assert [(source, words) for source, words, _politeness in announcements] == [
        (note, f"Problem: Anger management on case BA100001: completed on: after {TODAY.isoformat()}, "
               "the day of this checklist; enter the date once it is done")]
    assert note.text().startswith("Completed: after ") and note.isVisible()
    assert repo.get_client(client_id).cases[0].conditions[1].completed_on == TODAY  # the tick's day, kept

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
    as each record is chosen, after the record's line (polite), from the preview; nothing of it
    as the dialog opens on a record that can be merged (the title and the line are read)."""
    from PySide6.QtGui import QAccessible

    from tests.gui.conftest import show_active
    from ui.merge_dialog import MergeDialog

    mine, others = _two_others()
    dialog = MergeDialog(mine, others)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert "Anger management, 52 weeks" in dialog.preview.toPlainText()
    opening = [words for source, words, _politeness in announcements if source is dialog.preview]
    assert opening == []
    del announcements[:]
    qtbot.keyClick(dialog.records, Qt.Key.Key_Down)
    assert dialog.records.currentRow() == 1
    said = [(source, words, politeness) for source, words, politeness in announcements]
    assert said == [(dialog.preview, f"What the merge does: {dialog.preview.toPlainText()}",
                     QAccessible.AnnouncementPoliteness.Polite)]
    assert said[0][1] == "What the merge does: Takes from id 63: nothing this record lacks."
    qtbot.keyClick(dialog.records, Qt.Key.Key_Up)
    assert len(announcements) == 2 and "Anger management, 52 weeks" in announcements[1][1]


def test_k427_03_a_merge_that_will_be_refused_says_so_before_merge_is_pressed(qtbot, window, repo, monkeypatch,
                                                                              announcements):
    """Merge a duplicate into a client whose probation end before the conviction was stored
    before K386: the dialog showed "Takes from id ...", a merge about to be made, and only Merge
    pressed said "Nothing was merged: ...".  The preview now says it cannot be merged, whose
    record and what to do, first and heard as the dialog opens; Merge is off."""
    from PySide6.QtGui import QAccessible

    from tests.gui.test_future_dates_i59 import no_sentence
    from tests.stored_before_k386 import stored_before_k386
    from ui.merge_dialog import MergeDialog

    client_id = stored_before_k386(repo, monkeypatch)  # its count convicted 2024-03-01
    other_id = repo.add_client(no_sentence())  # the same person, entered again
    window.load()
    window.open_client(client_id)
    seen = []

    def look(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append((dialog.preview.toPlainText(), dialog.merge_button.isEnabled(), list(announcements)))
        return MergeDialog.DialogCode.Rejected

    monkeypatch.setattr(MergeDialog, "exec", look)
    del announcements[:]
    window.merge_duplicate()
    (preview, merge_on, heard), = seen
    assert preview == (f"It cannot be merged: in the record of Rita Sinsentencia (id {client_id}), Case 24CR042, Probation "
                       "end: 2023-09-01 is before the conviction date 2024-03-01 (stored before the program refused it). "
                       f"Open Rita Sinsentencia (id {client_id}), put it right on the Record tab (it says what to change), "
                       "and merge again.")
    assert not merge_on
    assert [(words, politeness) for _source, words, politeness in heard] == [
        (f"What the merge does: {preview}", QAccessible.AnnouncementPoliteness.Polite)]
    assert set(repo.client_ids()) >= {client_id, other_id} and not window.undo_stack.canUndo()


def test_k427_03_merge_is_on_again_once_a_record_that_can_be_merged_is_chosen(qtbot, announcements):
    """Two records to choose from, one stored before K386 with a fault: Merge was turned off on
    the refused one and nothing showed it came back on when the arrows chose the other (Q437).
    It is off on the refused one, on on the other with what that merge takes, off again back."""
    from clinic_app.merging import merge_into
    from tests.gui.conftest import show_active
    from tests.gui.test_future_dates_i59 import no_sentence
    from tests.stored_before_k386 import ending_before_conviction
    from ui.merge_dialog import MergeDialog

    mine, faulty, fine = no_sentence(), ending_before_conviction(), no_sentence()
    mine.id, faulty.id, fine.id = 1, 2, 3
    faulty.cases[0].id, faulty.cases[0].case_number = "c2", "24CR043"  # a case this record lacks: taken
    dialog = MergeDialog(mine, [(other, merge_into(mine, other)) for other in (faulty, fine)])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.records.currentRow() == 0 and not dialog.merge_button.isEnabled()
    assert dialog.preview.toPlainText().startswith("It cannot be merged: in the record of Rita Sinsentencia (id 2), ")
    qtbot.keyClick(dialog.records, Qt.Key.Key_Down)
    assert dialog.records.currentRow() == 1 and dialog.merge_button.isEnabled()
    assert dialog.preview.toPlainText() == "Takes from id 3: nothing this record lacks."
    qtbot.keyClick(dialog.records, Qt.Key.Key_Up)
    assert not dialog.merge_button.isEnabled() and dialog.preview.toPlainText().startswith("It cannot be merged")
