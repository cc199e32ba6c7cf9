"""C218-04: a paralegal working the list "Something outstanding" paid a client's last fine, saved
and went back to the list (Ctrl+L): the client's line was gone without a word, the next client
chosen in its place, and Down, as after every client, passed that next client over.  Back on the
list, it says the client is not in it now, and which line is chosen instead."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client, show_active, type_over


def test_back_on_the_list_it_says_the_client_saved_out_of_it_and_the_line_chosen(qtbot, window, repo):
    for name in ("Ana Testa", "Berta Testa", "Carla Testa"):
        repo.add_client(probation_client(name))
    window.load()
    show_active(qtbot, window)
    view = window.caseload
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "testa")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # three match: the list, on Ana
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Berta opened
    assert window.client_view.client.name == "Berta Testa"
    type_over(qtbot, window.client_view.record.person.name, "Berta Otra")  # out of the search
    assert window.client_view.save()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is view
    assert view.proxy.rowCount() == 2
    said = window.statusBar().currentMessage()
    assert said.startswith("Berta Otra is not in the list now: the search and filters leave them out "
                           "(Showing 2 of 3 clients).")
    chosen = view.table.currentIndex().siblingAtColumn(0).data()
    assert view.selected_client_id() is not None
    assert said.endswith(f" The line chosen is {chosen}: Enter opens it.")
    # Once it no longer holds, it is taken away: it stood over the line Up chose (R229-02), and
    # over the line clicked (R238-02: a click moves the keyboard's line before it chooses).
    other = 1 - view.table.currentIndex().row()
    line = view.table.visualRect(view.proxy.index(other, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=line)
    assert view.table.currentIndex().siblingAtColumn(0).data() != chosen
    assert window.statusBar().currentMessage() == ""


def test_back_on_the_list_a_client_still_in_it_is_not_said_gone(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Dana Testa"))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    type_over(qtbot, window.client_view.record.person.phone, "555-0100")
    assert window.client_view.save()
    assert window.show_caseload()
    assert "not in the list" not in window.statusBar().currentMessage()
