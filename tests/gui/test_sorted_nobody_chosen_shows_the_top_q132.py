"""Q132-01: with nobody chosen on the caseload list, a sort showed the middle of the new order.

A paralegal chose a clinic event (the client chosen before left the list with it, and nobody was
chosen), went to the list and sorted it by Next action to see who files first: Qt had put the
keyboard's cursor, unchosen, on the list's first line as the keyboard arrived, and B70-04's scroll
followed that line to where the new order put it: 112th of 132, the soonest filings out of sight
above.  Nobody chosen, the list now shows its top after a sort, the keyboard on its first line; a
client chosen is still followed (test_sorted_keeps_chosen_in_view_b70.py)."""

from __future__ import annotations

import pytest

from tests.gui.test_sorted_keeps_chosen_in_view_b70 import _in_view, filled
from ui.models.caseload_model import COL_DOB, COL_NAME


@pytest.mark.parametrize("on_a_worker", [False, True], ids=["at-once", "on-a-worker"])
def test_a_sort_with_nobody_chosen_shows_the_top_of_the_list(qtbot, window, repo, monkeypatch, on_a_worker):
    view, table, model = filled(qtbot, window, repo, monkeypatch, on_a_worker)
    table.clearSelection()
    table.setFocus()  # the keyboard arrives: Qt's cursor on the first line, nobody chosen
    assert table.currentIndex().siblingAtColumn(COL_NAME).data() == "Client 000"
    assert not table.selectionModel().hasSelection()

    window.sort_actions[COL_DOB].trigger()  # View > Sort list by > Date of birth
    qtbot.waitUntil(lambda: not model.sorting() and view.proxy.index(0, COL_NAME).data() != "Client 000")
    qtbot.wait(50)
    assert table.verticalScrollBar().value() == 0  # the top of the new order in sight
    assert table.currentIndex().row() == 0 and _in_view(table)  # Down goes on from the first line
    assert not table.selectionModel().hasSelection()
