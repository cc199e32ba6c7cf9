"""C218-01: a paralegal sorted the list (View > Sort list by, Next action: the soonest to file
first), then went from the search box to the list by Down, as the status bar says.  The sort had
left the list's cursor on the first line without choosing it, so Down chose nobody; the next
Down chose the second line, and the first client, the soonest to file, was passed over."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client, show_active
from ui.models.caseload_model import COL_DOB, COL_NAME


def three_listed(qtbot, window, repo):
    """Ana, Berta and Carla in the list of a window shown and active: its caseload view."""
    for name in ("Ana Alcalá", "Berta Bravo", "Carla Cruz"):
        repo.add_client(probation_client(name))
    window.load()
    show_active(qtbot, window)
    return window.caseload


def test_down_from_the_search_after_a_sort_chooses_the_first_line_and_down_again_the_second(qtbot, window, repo):
    view = three_listed(qtbot, window, repo)
    view.sort_by(COL_NAME)  # by name, first to last: sorted already, so last to first
    view.sort_by(COL_NAME)  # and back: Ana first
    first = view.proxy.index(0, COL_NAME).data()
    assert first == "Ana Alcalá"
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert view.table.currentIndex().siblingAtColumn(COL_NAME).data() == first
    assert view.selected_client_id() is not None  # chosen: what Enter opens, and what Down moves on from
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().siblingAtColumn(COL_NAME).data() == "Berta Bravo"


def test_down_from_the_search_chooses_the_first_line_in_the_keyboards_column(qtbot, window, repo):
    """The keyboard's column kept (R102-01): a paralegal moved along Berta's line to her date of
    birth, then let go of her (Ctrl+click) and sorted; Down from the search chooses Ana, in that
    column still, where Right and Left go on from (a column put back to the name moved her)."""
    view = three_listed(qtbot, window, repo)
    spot = view.table.visualRect(view.proxy.index(1, COL_DOB)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, spot)
    assert view.selected_client_id() is None and view.table.currentIndex().column() == COL_DOB
    view.sort_by(COL_NAME)
    view.sort_by(COL_NAME)
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.selected_client_id() is not None
    current = view.table.currentIndex()
    assert (current.siblingAtColumn(COL_NAME).data(), current.column()) == ("Ana Alcalá", COL_DOB)
