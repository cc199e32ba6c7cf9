"""C218-03: Tab from the search box goes to the list, as Down and Enter do (Q113-05), but it
chose nobody: Qt's cursor stood on the first line unchosen, and the first Down chose the second
line, the first client (the soonest to file, sorted by Next action) passed over, and Ctrl+P
printed nobody's handout.  Tab (or Shift+Tab) to the list now chooses its first line where
nobody is chosen, as Down from the search does (C218-01); a client chosen stays chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_down_from_the_search_after_a_sort_c218 import three_listed
from ui.models.caseload_model import COL_NAME


@pytest.mark.parametrize("sorted_first", [False, True], ids=["as-loaded", "sorted"])
def test_tab_from_the_search_chooses_the_first_line_and_down_the_second(qtbot, window, repo, sorted_first):
    view = three_listed(qtbot, window, repo)
    if sorted_first:
        view.sort_by(COL_NAME)
        view.sort_by(COL_NAME)  # by name, first to last again: the cursor left on line 1 unchosen
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert view.table.hasFocus()
    assert view.selected_client_id() is not None
    assert view.table.currentIndex().siblingAtColumn(COL_NAME).data() == "Ana Alcalá"
    assert window.print_action.isEnabled()  # Ctrl+P: the handout of the line the keyboard is on
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().siblingAtColumn(COL_NAME).data() == "Berta Bravo"


def test_tab_back_to_the_list_keeps_the_client_chosen(qtbot, window, repo):
    view = three_listed(qtbot, window, repo)
    view.select_client(next(row.id for row in repo.list_clients() if row.name == "Carla Cruz"))
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert view.table.currentIndex().siblingAtColumn(COL_NAME).data() == "Carla Cruz"
