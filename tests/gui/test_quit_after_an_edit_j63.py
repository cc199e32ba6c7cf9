"""J63-06: quitting Clinic Desk after any saved step (a client added, a field edited) showed
"Clinic Desk ran into a programming error" once the window had closed, every time: the window,
deleted as the program ended, deleted its undo history, which, cleared as it is deleted, told
the Edit menu's Undo and Redo that their text had changed, and they asked the history being
deleted for it (RuntimeError: the QUndoStack already deleted).  File > Open caseload clears the
history first (W25-01); the program's own end did not.  Undo and Redo now let a history being
deleted go, whichever way the window ends."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_j63_06_a_window_deleted_after_an_edit_says_no_error(qtbot, repo, monkeypatch):
    from ui.main_window import MainWindow
    from ui.tasks import stop_all

    raised: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _type, error, _tb: raised.append(error))
    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    window.show()
    window.load()
    window.new_action.trigger()
    qtbot.keyClicks(window.client_view.record.person.name, "Ana Quit")
    qtbot.mouseClick(window.client_view.save_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.undoText() == "Add client (Ana Quit)"
    window.close()  # Quit: the window closes with its history
    stop_all()
    shiboken6.delete(window)  # as the program's end deletes it
    assert raised == []
