"""F97-01: Ctrl+Z after Ctrl+S in the field just saved takes the saved edit back.

A volunteer opened Dwayne Jackson, typed "Dwayne Jaxon" over his name by mistake and pressed
Ctrl+S there: "Saved: Edit name (Dwayne Jaxon)".  Ctrl+Z, still in the name, only undid the
field's own typing: the field read "Dwayne Jackson" again, the file still "Dwayne Jaxon", and
the status bar still "Saved: ...".  A second Ctrl+Z (nothing seemed undone) saved that field
as a new edit and undid it: the file, the field and the handout said "Dwayne Jaxon", and the
status bar "Undone: Edit name (Dwayne Jackson)".  Typing once saved is a saved step: Ctrl+Z
takes it back, in the file and in the field, as it does from any other field (K81-02)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import open_on_tab

CTRL = Qt.KeyboardModifier.ControlModifier


def _saved_in_the_field(qtbot, field, text: str) -> None:
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_S, CTRL)  # saved where it was typed: the keyboard stays there
    assert QApplication.focusWidget() is field


def test_f97_01_ctrl_z_after_ctrl_s_in_the_name_takes_the_saved_name_back(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("Dwayne Jackson"), 0)
    name = view.record.person.name
    _saved_in_the_field(qtbot, name, "Dwayne Jaxon")
    assert repo.get_client(client_id).name == "Dwayne Jaxon"

    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).name == "Dwayne Jackson"
    assert name.text() == "Dwayne Jackson"
    assert "Undone: Edit name (Dwayne Jaxon)" in window.statusBar().currentMessage()

    # Redo puts the saved name back; a second Ctrl+Z takes it away again.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert repo.get_client(client_id).name == "Dwayne Jaxon" and name.text() == "Dwayne Jaxon"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).name == "Dwayne Jackson" and name.text() == "Dwayne Jackson"


def test_f97_01_typing_not_saved_yet_is_still_undone_in_the_field_first(qtbot, window, repo):
    """What Ctrl+Z did before a save stays: the field's own typing first, nothing stored."""
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("Dwayne Jackson"), 0)
    name = view.record.person.name
    _saved_in_the_field(qtbot, name, "Dwayne Jaxon")
    qtbot.keyClicks(name, "x")  # typed after the save, not saved
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)
    assert name.text() == "Dwayne Jaxon" and repo.get_client(client_id).name == "Dwayne Jaxon"


def test_f97_01_a_saved_probation_end_is_taken_back_from_its_own_field(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, probation_client("Dwayne Jackson"), 0)
    end = view.record.case_form.probation_end
    before = repo.get_client(client_id).cases[0].sentence.probation.end
    _saved_in_the_field(qtbot, end, "7/1/2023")
    assert repo.get_client(client_id).cases[0].sentence.probation.end.isoformat() == "2023-07-01"
    qtbot.keyClick(end, Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).cases[0].sentence.probation.end == before
    assert end.text() == before.isoformat()
