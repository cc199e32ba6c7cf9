"""R134-04: Q132-02 showed the narrowed list's top where the filter took away the client chosen;
with nobody chosen (the list read by the mouse wheel, or right after Q132-02's event, whose client
chosen left with it), a filter chosen next kept the old scroll: the second event's list opened
near its end, its first clients out of sight above under "Showing 100 of 200 clients".  A filter
or search that changes the list now shows its top whether or not anyone was chosen; the list
read again under the same filter (a re-screen, an import) keeps its place, as before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client

FAIR = "Spring Fair 2026-04-11"


def _fill(repo) -> None:
    """Two hundred clients, every other one seen at the fair."""
    for i in range(200):
        repo.add_client(probation_client(f"Client {i:03d}", event=FAIR if i % 2 == 0 else None,
                                         case_number=f"BA{100000 + i}"))


def _read_down_by_the_wheel(view) -> int:
    bar = view.table.verticalScrollBar()
    view.table.scrollToBottom()  # the scroll bar's end, nothing chosen
    assert view.selected_client_id() is None and bar.value() > 0
    return bar.value()


def test_a_filter_chosen_with_nobody_chosen_shows_the_narrowed_list_from_its_top(qtbot, window, repo):
    _fill(repo)
    window.load()
    view = window.caseload
    _read_down_by_the_wheel(view)
    view.event.setFocus()
    qtbot.waitUntil(view.event.hasFocus)
    qtbot.keyClick(view.event, Qt.Key.Key_Down)  # from "Any event" to the fair
    assert view.event.currentData() == FAIR
    assert view.proxy.rowCount() == 100
    assert view.table.verticalScrollBar().maximum() > 0  # the fair's list is longer than the view
    assert view.table.verticalScrollBar().value() == 0


def test_the_list_read_again_under_the_same_filter_keeps_its_place(qtbot, window, repo):
    _fill(repo)
    window.load()
    view = window.caseload
    was = _read_down_by_the_wheel(view)
    view.apply_filters()  # as after a re-screen or an import reads the list again
    assert view.table.verticalScrollBar().value() == was
