"""U71-01: Tab into a client's Notes put the cursor at the start of the note, so what was typed
next went in front of it ("left msgPrefers text messages.", A70).  Entered by the keyboard, the
cursor is now at the end of the note; a click still puts it where clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client, show_active

NOTE = "Prefers text messages.\nWorks mornings."


def _open_with_a_note(qtbot, window, repo):
    client = probation_client("Nora Notas")
    client.notes = NOTE
    client_id = repo.add_client(client)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    return client_id, window.client_view.record.person


def test_tab_into_notes_types_after_the_note(qtbot, window, repo):
    client_id, person = _open_with_a_note(qtbot, window, repo)
    person.trafficking.setFocus(Qt.FocusReason.MouseFocusReason)  # the field before Notes
    qtbot.waitUntil(person.trafficking.hasFocus)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is person.notes
    qtbot.keyClicks(person.notes, " Left msg.")
    qtbot.keyClick(person.notes, Qt.Key.Key_Tab)  # leaving the box completes the edit
    assert person.notes.toPlainText() == NOTE + " Left msg."
    window.client_view.save_button.click()
    assert repo.get_client(client_id).notes == NOTE + " Left msg."


def test_shift_tab_back_into_notes_also_types_after_the_note(qtbot, window, repo):
    _, person = _open_with_a_note(qtbot, window, repo)
    person.notes.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(person.notes.hasFocus)
    qtbot.keyClick(person.notes, Qt.Key.Key_Tab)
    assert not person.notes.hasFocus()
    person.notes.moveCursor(person.notes.textCursor().MoveOperation.Start)  # where a click had left it
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is person.notes
    assert person.notes.textCursor().position() == len(NOTE)


def test_a_click_in_notes_puts_the_cursor_where_clicked(qtbot, window, repo):
    _, person = _open_with_a_note(qtbot, window, repo)
    qtbot.mouseClick(person.notes.viewport(), Qt.MouseButton.LeftButton, pos=person.notes.cursorRect().center())
    assert person.notes.hasFocus()
    assert person.notes.textCursor().position() == 0  # the start, where clicked: not moved to the end
