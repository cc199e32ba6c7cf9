"""Help > Keyboard shortcuts names every key of a menu item, not its first only (Q61-05).

Edit > Redo answers Ctrl+Shift+Z and Ctrl+Y (the key Windows users know); the list said
"Ctrl+Shift+Z  Edit > Redo" alone, so a keyboard user looking there never learnt of Ctrl+Y.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.help_menu import shortcut_rows


def test_q61_05_redo_is_listed_with_both_its_keys_and_ctrl_y_redoes(qtbot, window, repo):
    rows = dict((what, keys) for keys, what in shortcut_rows(window.menuBar()))
    assert rows["Edit > Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    assert rows["Edit > Undo"] == "Ctrl+Z"
    # The list has read the menus (shortcut_rows); the window's own item is still alive (A70-02).
    window.shortcuts_help_action.trigger()
    box = window.findChild(QMessageBox)
    assert "Ctrl+Shift+Z, Ctrl+Y" in box.text()
    box.close()
    # ... and Ctrl+Y does redo, from the keyboard.
    from tests.gui.conftest import probation_client, show_active

    client_id = repo.add_client(probation_client("Yara Redo"))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    view.record.person.phone.setText("(213) 555-0101")
    assert view.save()
    cases = view.record.cases
    cases.setFocus()
    qtbot.keyClick(cases, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_client(client_id).phone is None
    qtbot.keyClick(cases, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_client(client_id).phone == "(213) 555-0101"
