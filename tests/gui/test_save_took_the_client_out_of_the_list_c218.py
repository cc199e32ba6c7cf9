"""C218-04: a paralegal working the list "Something outstanding" paid a client's last fine, saved
and went back to the list (Ctrl+L): the client's line was gone without a word, the next client
chosen in its place, and Down, as after every client, passed that next client over.  Back on the
list, it says the client is not in it now, and which line is chosen instead."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client, show_active, type_over


def _testas_searched(qtbot, window, repo, names) -> None:
    """`names` added, and the list searched for them from the search box, its Enter on the first."""
    for name in names:
        repo.add_client(probation_client(name))
    window.load()
    show_active(qtbot, window)
    view = window.caseload
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "testa")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # several match: the list, on the first


def test_back_on_the_list_it_says_the_client_saved_out_of_it_and_the_line_chosen(qtbot, window, repo):
    _testas_searched(qtbot, window, repo, ("Ana Testa", "Berta Testa", "Carla Testa"))
    view = window.caseload
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
    # Nor does View > Whole status message show it after, as it does not "300 clients chosen"
    # once one line is (R237-04): it named a line chosen no longer, and Enter opened another (R242-02).
    assert "not in the list now" not in window._last_message


def test_back_on_the_list_a_client_still_in_it_is_not_said_gone(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Dana Testa"))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    type_over(qtbot, window.client_view.record.person.phone, "555-0100")
    assert window.client_view.save()
    assert window.show_caseload()
    assert "not in the list" not in window.statusBar().currentMessage()


def test_r237_03_one_of_several_lines_chosen_saved_out_of_the_list_is_said_no_longer_among_them(qtbot, window, repo):
    """Three lines chosen for their handouts, one opened (Enter) and saved out of the search: back,
    two were chosen and nothing said, the batch one short without a word."""
    _testas_searched(qtbot, window, repo, ("Ana Testa", "Berta Testa", "Carla Testa", "Dora Testa"))
    view = window.caseload
    for _ in range(2):
        qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # Ana to Carla
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # the keyboard on Berta
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.client_view.client.name == "Berta Testa"
    type_over(qtbot, window.client_view.record.person.name, "Berta Otra")  # out of the search
    assert window.client_view.save()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(view.chosen_rows()) == 2
    on = view.table.currentIndex().siblingAtColumn(0).data()
    assert window.statusBar().currentMessage() == (
        "Berta Otra is not in the list now: the search and filters leave them out (Showing 3 of 4 clients). Nor are "
        f"they among the lines chosen: 2 clients chosen now; Enter opens {on}, the line the keyboard is on.")
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # Enter opens another now
    assert window.statusBar().currentMessage() == ""
    assert "not in the list now" not in window._last_message  # nor in the whole message (R242-02)



def _saved_out_of_the_search(qtbot, window, name: str) -> str:
    """The line the keyboard is on opened (Enter), renamed `name` out of the search, saved, and
    the list shown again (Ctrl+L): what the status bar says then."""
    view = window.caseload
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    type_over(qtbot, window.client_view.record.person.name, name)
    assert window.client_view.save()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is view
    return window.statusBar().currentMessage()


def test_r242_01_a_line_taken_out_of_the_choice_by_ctrl_space_takes_the_words_of_it_away(qtbot, window, repo):
    """Ctrl+Space takes the keyboard's line out of the choice and leaves the keyboard where it was:
    "2 clients chosen now" stood over one line chosen, and "The line chosen is ..." over none."""
    _testas_searched(qtbot, window, repo, ("Ana Testa", "Berta Testa", "Carla Testa", "Dora Testa"))
    view = window.caseload

    def ctrl_space_takes_it_away() -> None:
        chosen, on = len(view.chosen_rows()), view.table.currentIndex().row()
        qtbot.keyClick(view.table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
        assert (len(view.chosen_rows()), view.table.currentIndex().row()) == (chosen - 1, on)
        assert window.statusBar().currentMessage() == ""
        # Nor does View > Whole status message show it after (R242-02).
        assert "not in the list now" not in window._last_message

    for _ in range(2):
        qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # Ana to Carla
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # the keyboard on Berta
    said = _saved_out_of_the_search(qtbot, window, "Berta Otra")
    assert said.startswith("Berta Otra is not in the list now") and "2 clients chosen now" in said
    ctrl_space_takes_it_away()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # one line chosen
    said = _saved_out_of_the_search(qtbot, window, "Carla Otra")
    assert said.startswith("Carla Otra is not in the list now") and "The line chosen is" in said
    ctrl_space_takes_it_away()
    # A search typed since takes them away too (R229-02), from the whole message as well (R242-02).
    qtbot.keyClick(view.table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # chosen again
    name = view.table.currentIndex().siblingAtColumn(0).data().replace("Testa", "Otra")
    assert _saved_out_of_the_search(qtbot, window, name).startswith(f"{name} is not in the list now")
    qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
    assert view.search.text() == "test" and view.proxy.rowCount() == 1
    assert window.statusBar().currentMessage() == "" and "not in the list now" not in window._last_message


def test_k246_01_a_client_opened_with_no_line_chosen_and_saved_out_of_the_list_is_said_gone(qtbot, window, repo):
    """Opened with no line of the list chosen (from the search box's Enter, from intake) and saved
    so that the filters leave them out: back on the list, nothing was said, where with a line
    chosen the save said so (R242 saw it).  With no line chosen there is none to name."""
    ids = [repo.add_client(probation_client(name, event="Pomona Saturday 2026-12-05"))
           for name in ("Ana Testa", "Berta Testa", "Carla Testa")]
    window.load()
    show_active(qtbot, window)
    view = window.caseload
    view.event.setCurrentIndex(view.event.findData("Pomona Saturday 2026-12-05"))
    view.table.selectionModel().clear()
    window.open_client(ids[1])
    type_over(qtbot, window.client_view.record.person.event, "Compton Fair")  # out of the event's list
    assert window.client_view.save()
    assert window.show_caseload()
    assert view.proxy.rowCount() == 2 and not view.table.selectionModel().hasSelection()
    assert window.statusBar().currentMessage() == (
        "Berta Testa is not in the list now: the search and filters leave them out (Showing 2 of 3 clients).")
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # a line chosen: the words are of the list before
    assert view.selected_client_id() is not None
    assert window.statusBar().currentMessage() == "" and "not in the list now" not in window._last_message


def test_a257_02_the_only_client_a_search_found_saved_out_of_it_is_said_gone(qtbot, window, repo, announcements):
    """A257-02: "berta" typed in the search box, Enter opened the one client it found, and her
    clinic event put right took her out of the event's list: back on the list (Ctrl+L) the
    keyboard was in an empty list, and a screen reader heard "Caseload" and nothing of why (the
    words above the list are not read out).  K246-01 said it only where a line was left."""
    for name in ("Ana Testa", "Berta Testa", "Carla Testa"):
        repo.add_client(probation_client(name, event="Pomona Saturday 2026-12-05"))
    window.load()
    show_active(qtbot, window)
    view = window.caseload
    view.event.setCurrentIndex(view.event.findData("Pomona Saturday 2026-12-05"))
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "berta")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # the one found: opened, no line chosen
    assert window.client_view.client.name == "Berta Testa"
    type_over(qtbot, window.client_view.record.person.event, "Compton Fair")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is view and view.proxy.rowCount() == 0
    said = "Berta Testa is not in the list now: the search and filters leave them out (Showing 0 of 3 clients)."
    assert window.statusBar().currentMessage() == said
    assert [heard for _source, heard, _politeness in announcements][-1] == said
    view.event.setCurrentIndex(0)  # Any event: she is found again, and the words taken away (R229-02)
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert window.statusBar().currentMessage() != said and "not in the list now" not in window._last_message
