"""K426: Undo and Redo after a row's Remove say what came back, or went again.

K426-01: a tired paralegal removed the condition Anger management by its Remove (H405-01 says
"Removed the condition Anger management. Edit > Undo (Ctrl+Z) puts it back."), pressed Ctrl+Z,
and read and heard only "Undone: Edit Case BA100001, conditions (Rosa Tired)": not which condition
came back.  Undo now names it in the Remove's words ("Put back the condition Anger management."),
Redo likewise ("Removed the condition Anger management again.").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_row_removed_said_h405 import _opened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize(("rows", "removed", "named"), [
    ("convictions", 1, "the conviction PC 484"),
    ("conditions", 0, "the condition Anger management"),
])
def test_k426_01_undo_and_redo_after_a_remove_name_the_row(qtbot, window, repo, rows, removed, named):
    client_id, _stored = _opened(qtbot, window, repo)
    form = window.client_view.record.case_form
    qtbot.mouseClick(getattr(form, rows).rows[removed].remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 1)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 2)
    assert window.statusBar().currentMessage() == (
        f"Undone: Edit Case BA100001, {rows} (Rosa Tired). Put back {named}.")

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 1)
    assert window.statusBar().currentMessage() == (
        f"Redone: Edit Case BA100001, {rows} (Rosa Tired). Removed {named} again.")
