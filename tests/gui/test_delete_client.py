"""File > Delete client: asked first (naming the client, Cancel the default), audited, and
undone whole by Ctrl+Z (W21-25: a duplicate from a clinic event could not be removed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.records import client_json
from tests.gui.conftest import answer_message_box, probation_client
from tests.gui.menus import menu
from ui.main_window import CASELOAD_PAGE

# The offscreen platform cannot raise a menu or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _delete_from_file_menu(qtbot, window) -> None:
    """File > Delete client..., chosen with the mouse (the menu greys it when there is no client)."""
    file_menu = menu(window, "File")
    file_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    qtbot.waitUntil(file_menu.isVisible)
    assert window.delete_action.isEnabled()
    qtbot.mouseClick(file_menu, Qt.MouseButton.LeftButton, pos=file_menu.actionGeometry(window.delete_action).center())


def _names(window) -> list[str]:
    model = window.caseload.model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def _click_row(qtbot, window, name: str) -> None:
    table = window.caseload.table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == name)
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_delete_the_open_client_asks_naming_them_and_undo_brings_them_back_whole(qtbot, window, repo):
    keep = probation_client("Dora Duplicada", event="Compton fair")
    duplicate = probation_client("Dora Duplicada", event="Compton fair", case_number="BA200002")
    repo.add_clients([keep, duplicate])
    window.load()
    window.open_client(duplicate.id)  # stores today's screening
    view = window.client_view
    d = view.screening.results[0]
    repo.record_review(duplicate.id, d.case, d.conviction, d.remedy, "checked at the fair")
    stored_before = [s.screening for s in repo.stored_screenings(duplicate.id)]
    record_before = client_json(repo.get_client(duplicate.id))
    assert window.delete_action in menu(window, "File").actions()
    assert window.delete_action.isEnabled()

    # Cancel (here: Escape) leaves everything as it was.
    seen: list = []
    answer_message_box(qtbot, seen, key=Qt.Key.Key_Escape)
    _delete_from_file_menu(qtbot, window)
    text, informative, default, escape = seen[0]
    assert text == "Delete Dora Duplicada (born 1985-03-14, 1 case)?"
    assert "Undo" in informative and "audit log" in informative
    assert default == escape == "Cancel"
    assert repo.count_clients() == 2 and window.pages.currentWidget() is view

    # Enter takes the default: Cancel too.
    answer_message_box(qtbot, seen, key=Qt.Key.Key_Return)
    _delete_from_file_menu(qtbot, window)
    assert len(seen) == 2 and repo.count_clients() == 2

    answer_message_box(qtbot, seen, click="Delete client")
    _delete_from_file_menu(qtbot, window)
    assert repo.count_clients() == 1 and [c.id for c in repo.iter_clients()] == [keep.id]
    assert repo.stored_screenings(duplicate.id) == [] and repo.reviews(duplicate.id) == []
    assert repo.history(duplicate.id)[0].action == "delete"  # the append-only log keeps the record
    assert window.pages.currentIndex() == CASELOAD_PAGE
    assert _names(window) == ["Dora Duplicada"] and window.caseload.model.rowCount() == 1
    assert window.caseload.shown_label.text() == "Showing 1 of 1 client"
    assert "1 client" in window.status.text()
    assert window.undo_action.text() == "&Undo Delete client (Dora Duplicada)"

    # Ctrl+Z: back under the same number, with every fact, stored result and review.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.caseload.table.setFocus()
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.count_clients() == 2
    assert client_json(repo.get_client(duplicate.id)) == record_before
    assert [s.screening for s in repo.stored_screenings(duplicate.id)] == stored_before
    assert [(r.remedy, r.note) for r in repo.reviews(duplicate.id)] == [(d.remedy, "checked at the fair")]
    assert [e.action for e in repo.history(duplicate.id)][:2] == ["restore", "delete"]
    assert window.caseload.model.rowCount() == 2 and window.caseload.shown_label.text() == "Showing 2 of 2 clients"
    assert repo.search_ids("BA200002") == [duplicate.id]  # found by case number again
    restored = next(r for r in window.caseload.model.all_rows() if r.id == duplicate.id)
    assert restored.best is not None and restored.case_count == 1  # its caseload line, not "Not screened"

    # Redo deletes again; opening the restored client after another undo works.
    window.redo_action.trigger()
    assert repo.count_clients() == 1
    window.undo_action.trigger()
    window.open_client(duplicate.id)
    assert window.client_view.client.cases[0].case_number == "BA200002"


def test_delete_the_client_chosen_in_the_caseload_list(qtbot, window, repo):
    repo.add_clients([probation_client("Ana Aguilar"), probation_client("Beto Bravo", case_number="BA300003", event="Pomona fair")])
    window.load()
    window._update_delete_action()
    assert not window.delete_action.isEnabled()  # nothing chosen yet
    _click_row(qtbot, window, "Beto Bravo")
    window._update_delete_action()
    assert window.delete_action.isEnabled()
    seen: list = []
    answer_message_box(qtbot, seen, click="Delete client")
    _delete_from_file_menu(qtbot, window)
    assert seen[0][0] == "Delete Beto Bravo (born 1985-03-14, 1 case)?"
    assert [r.name for r in repo.list_clients()] == ["Ana Aguilar"] and _names(window) == ["Ana Aguilar"]
    assert window.caseload.event.findData("Pomona fair") < 0  # nobody else was seen there
    window.undo_action.trigger()
    assert [r.name for r in repo.list_clients()] == ["Ana Aguilar", "Beto Bravo"]
    assert _names(window) == ["Ana Aguilar", "Beto Bravo"]
    assert window.caseload.event.findData("Pomona fair") >= 0


def test_deleting_a_client_added_this_session_undoes_and_redoes_in_step(qtbot, window, repo):
    """Add client, then Delete client: undo twice takes both back, redo twice does both again."""
    window.load()
    window.new_action.trigger()
    view = window.client_view
    qtbot.keyClicks(view.record.person.name, "Nuevo Borrado")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    seen: list = []
    answer_message_box(qtbot, seen, click="Delete client")
    _delete_from_file_menu(qtbot, window)
    assert seen[0][0] == "Delete Nuevo Borrado (no date of birth, 0 cases)?" and repo.count_clients() == 0
    window.undo_action.trigger()  # the deletion
    assert [r.name for r in repo.list_clients()] == ["Nuevo Borrado"]
    window.undo_action.trigger()  # the adding
    assert repo.count_clients() == 0 and window.caseload.model.rowCount() == 0
    window.redo_action.trigger()  # added again, under a new number
    assert [r.name for r in repo.list_clients()] == ["Nuevo Borrado"]
    window.redo_action.trigger()  # and deleted again: the command finds the new number
    assert repo.count_clients() == 0 and window.caseload.model.rowCount() == 0
    window.undo_action.trigger()
    assert [r.name for r in repo.list_clients()] == ["Nuevo Borrado"] and _names(window) == ["Nuevo Borrado"]


def test_deleting_a_client_screened_by_older_rules_takes_them_out_of_the_status_count(qtbot, window, repo):
    """W22-02: the status bar went on saying "1 client screened by older rules" (and offering
    the re-screen) after that client was deleted, until the caseload was read again."""
    from clinic_app.eligibility import RULES_VERSION
    from clinic_app.model import ClientSummary, Screening
    from tests.gui.conftest import TODAY

    old = repo.add_client(probation_client("Olga Older", case_number="BA300003"))
    current = repo.add_client(probation_client("Carl Current", case_number="BA300004"))
    repo.store_screening(old, Screening(as_of=TODAY, rules_version="2026.01"), "old-facts", ClientSummary(best="blocked"))
    repo.store_screening(current, Screening(as_of=TODAY, rules_version=RULES_VERSION), "facts", ClientSummary(best="blocked"))
    window.load()
    assert "1 client screened by older rules" in window.status.text() and window.rescreen_button.isVisibleTo(window)

    _click_row(qtbot, window, "Olga Older")
    answer_message_box(qtbot, [], click="Delete client")
    _delete_from_file_menu(qtbot, window)
    assert repo.count_clients() == 1
    assert window.status.text() == "Caseload caseload.sqlite: 1 client"
    assert not window.rescreen_button.isVisibleTo(window)

    window.undo_action.trigger()  # back with their stored screening, by the older rules
    assert repo.count_clients() == 2
    assert "1 client screened by older rules" in window.status.text() and window.rescreen_button.isVisibleTo(window)


def test_deleting_and_undoing_are_announced_to_a_screen_reader(qtbot, window, repo, announcements):
    """A status bar's message only changes its accessible name, which a screen reader does not
    read out: "Deleted ..." and "Undone: ..." were silent for a blind user, who could not tell
    the deletion or its undo had happened.  Both are now polite announcements from the status
    bar, as the re-screen's result is (W24B-03).  (Offscreen there is no screen reader: what Qt
    is handed is checked.)"""
    from PySide6.QtGui import QAccessible

    repo.add_clients([probation_client("Ana Aguilar"), probation_client("Beto Bravo", case_number="BA300003")])
    window.load()
    _click_row(qtbot, window, "Beto Bravo")
    seen: list = []
    answer_message_box(qtbot, seen, click="Delete client")
    _delete_from_file_menu(qtbot, window)
    window.undo_action.trigger()
    polite = QAccessible.AnnouncementPoliteness.Polite
    bar = window.statusBar()
    assert announcements == [
        (bar, "Deleted Beto Bravo. Edit > Undo brings them back.", polite),
        (bar, "Undone: Delete client (Beto Bravo)", polite),
    ]
    assert bar.currentMessage() == announcements[-1][1]
