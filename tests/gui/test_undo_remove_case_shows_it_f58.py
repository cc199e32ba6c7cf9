"""Undo of "Remove case" shows the case it brings back (F58-06)."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import open_on_tab


def _two_cases():
    client = probation_client("Rosa Deshacer")
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA200002"
    client.cases.append(second)
    return client


def test_undo_of_a_removed_case_shows_that_case_again(qtbot, window, repo):
    """F58-06: the second case removed by mistake (Remove case) and Ctrl+Z: both cases were
    back in the list, but the first was the one shown and selected, the focus still on
    "Remove case": Space again removed the first case, not the one just put back.  The case
    brought back is shown now, and Redo shows what is left."""
    view, client_id = open_on_tab(qtbot, window, repo, _two_cases(), 0)
    record = view.record
    record.cases.setCurrentRow(1)
    assert record.case_form.case_number.text() == "BA200002"
    record.remove_case.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(record.remove_case.hasFocus)
    qtbot.keyClick(record.remove_case, Qt.Key.Key_Space)
    assert [c.case_number for c in repo.get_client(client_id).cases] == ["BA100001"]
    assert record.case_form.case_number.text() == "BA100001"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.case_number for c in repo.get_client(client_id).cases] == ["BA100001", "BA200002"]
    assert record.cases.currentRow() == 1
    assert record.case_form.case_number.text() == "BA200002"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [c.case_number for c in repo.get_client(client_id).cases] == ["BA100001"]
    assert record.case_form.case_number.text() == "BA100001"
