"""H97-01: a letter or word the system's input method is still composing (Qt's "preedit": an
accent typed with a dead key on macOS or IBus, a Vietnamese name built with IBus's Telex) is
shown in the field, underlined, but is not yet the field's text.  Qt asks the input method to
commit it when the keyboard moves to another widget, not when a shortcut is pressed in the field:
Ctrl+S in the client's Notes showing "Su madre es Nguyễn" saved "Su madre es ", and Enter in
intake's Name box showing "José" started a client named "Jos".  The form now has the input
method commit first (ui.composing.finish_composing); what an input method still shows composed
after that is committed as it would have been.

Offscreen there is no system input method: the composition is sent as one sends it, a
QInputMethodEvent with a preedit string, and nothing commits it but the program."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client, show_active
from tests.gui.test_checklist_keyboard import open_on_tab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
CTRL = Qt.KeyboardModifier.ControlModifier


def _composing(field, text: str) -> None:
    """`text` shown composed in `field`, as an input method shows it before committing it."""
    QApplication.sendEvent(field, QInputMethodEvent(text, []))


def _typed_then_composing(qtbot, field, typed: str, composed: str) -> None:
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, typed)
    _composing(field, composed)


def test_h97_01_ctrl_s_in_the_notes_saves_the_word_still_composed(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("Lan Tran"), 0)
    notes = view.record.person.notes
    _typed_then_composing(qtbot, notes, "Su madre es ", "Nguyễn")
    qtbot.keyClick(notes, Qt.Key.Key_S, CTRL)
    assert repo.get_client(client_id).notes == "Su madre es Nguyễn"
    # shown once, as the field's own text, no longer as a composition beside it
    assert notes.toPlainText() == "Su madre es Nguyễn"
    assert notes.textCursor().block().layout().preeditAreaText() == ""


def test_h97_01_ctrl_s_in_the_name_saves_the_accent_still_composed(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("María"), 0)
    name = view.record.person.name
    name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(name.hasFocus)
    name.end(False)
    qtbot.keyClicks(name, " Jos")
    _composing(name, "é")  # the dead key's letter, shown composed
    qtbot.keyClick(name, Qt.Key.Key_S, CTRL)
    assert repo.get_client(client_id).name == "María José"


def test_h97_01_opening_another_client_saves_the_word_still_composed(qtbot, window, repo):
    other = repo.add_client(probation_client("Mónica Ibáñez"))
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("Lan Tran"), 0)
    _typed_then_composing(qtbot, view.record.person.notes, "Su madre es ", "Nguyễn")
    window.open_client(other)
    assert view.client.id == other
    assert repo.get_client(client_id).notes == "Su madre es Nguyễn"


def test_h97_01_leaving_the_field_saves_the_word_still_composed(qtbot, window, repo):
    # The keyboard moved on (Tab, a click): Qt asks the input method to commit; one that did not
    # had left the word shown in the notes and out of the record saved as the notes were left.
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("Lan Tran"), 0)
    notes = view.record.person.notes
    _typed_then_composing(qtbot, notes, "Su madre es ", "Nguyễn")
    view.record.person.phone.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: not notes.hasFocus())
    assert repo.get_client(client_id).notes == "Su madre es Nguyễn"


def test_h97_01_enter_at_intake_starts_the_client_with_the_accent_still_composed(qtbot, window, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=date(2026, 12, 5), events=[], parent=window)
    try:
        show_active(qtbot, dialog)
        _typed_then_composing(qtbot, dialog.name, "Jos", "é")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        assert dialog.client is not None
        assert repo.get_client(dialog.client.id).name == "José"
    finally:
        dialog._clear_case()
        dialog.close()
        dialog.deleteLater()


def test_h97_01_a_composition_going_on_is_left_alone_while_nothing_is_saved(qtbot, window, repo):
    # Watching the fields commits nothing by itself: typing goes on composing.
    view, _client_id = open_on_tab(qtbot, window, repo, probation_client("Lan Tran"), 0)
    notes = view.record.person.notes
    _typed_then_composing(qtbot, notes, "Su madre es ", "Nguy")
    _composing(notes, "Nguyễ")
    assert notes.toPlainText() == "Su madre es "
    assert notes.textCursor().block().layout().preeditAreaText() == "Nguyễ"


def test_h97_01_a_name_set_again_by_the_program_forgets_what_was_composed_over_it(qtbot, window, repo):
    # The form shown again (an undo, another client) while a word was composed: the input method
    # is reset by Qt, and what it had shown is never put into the field shown now.
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("Lan Tran"), 0)
    name = view.record.person.name
    _typed_then_composing(qtbot, name, "", "Nguyễn")
    name.setText("Lan Tran Nguyen")
    view.record.person.phone.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: not name.hasFocus())
    assert name.text() == "Lan Tran Nguyen"


def test_h97_01_closing_the_window_saves_the_word_still_composed(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("Lan Tran"), 0)
    _typed_then_composing(qtbot, view.record.person.notes, "Su madre es ", "Nguyễn")
    window.close()  # Quit, the notes still composing
    assert repo.get_client(client_id).notes == "Su madre es Nguyễn"
