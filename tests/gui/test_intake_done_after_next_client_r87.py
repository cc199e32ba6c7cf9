"""R87-02: a clinic event, two walk-ins taken in one intake.  The volunteer took in Maria
(Ctrl+I, her name, Enter, a case), pressed Ctrl+N (Next client) for Ivan, took him in, pressed
Ctrl+N again for the line, and nobody came: Alt+D (Done).  The list came back on Alejandra
Cortés, a client of another day, where Z86-01 leaves it on the client just taken in: intake
showed nobody when Done was pressed, and Enter opened Alejandra.  Done now chooses the last
client this intake took in, Ivan, so Enter opens him."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_intake_done_on_the_client_z86 import _at_intake, _on_the_list, _start

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r87_02_done_after_next_client_chooses_the_last_client_taken_in(qtbot, window, repo):
    _on_the_list(qtbot, window, repo, "Ana Peña")

    def two_walk_ins_then_nobody(dialog) -> None:
        _start(qtbot, dialog, "Maria Elena Guzman Rios")
        qtbot.keyClick(dialog.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        _start(qtbot, dialog, "Ivan Cruz")
        qtbot.keyClick(dialog.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert dialog.client is None  # box 1 empty, ready for a next client who did not come

    _at_intake(qtbot, window, two_walk_ins_then_nobody)

    (ivan,) = [row.id for row in repo.list_clients() if row.name == "Ivan Cruz"]
    assert window.caseload.selected_client_id() == ivan
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.client_view and window.client_view.client.id == ivan


def test_r87_02_the_last_one_undone_leaves_the_list_as_it_was(qtbot, window, repo):
    """Ivan taken in, Next client, then Ivan taken back from the empty boxes (Ctrl+Z): he is in
    the caseload no more, and the list is left as it was (Z86-01's rule for one undone)."""
    first = _on_the_list(qtbot, window, repo)

    def taken_in_and_undone(dialog) -> None:
        _start(qtbot, dialog, "Ivan Cruz")
        qtbot.keyClick(dialog.name, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.undo_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    _at_intake(qtbot, window, taken_in_and_undone)
    assert [row.name for row in repo.list_clients()] == ["Alejandra Cortés"]
    assert window.caseload.selected_client_id() == first
