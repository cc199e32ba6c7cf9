"""Q132-02: a filter that took away the client chosen left the narrowed list scrolled where it was.

A paralegal at the Review queue, on a client thirty lines down, chose a clinic event by the
keyboard (Alt+N, Down): that client was not of the event, and the event's list kept the old
scroll, four lines down, its first clients (Alejandra Hernández Sánchez ... Alejandra Rodríguez)
out of sight above "Ana Gutiérrez", the first line seen, under "Showing 153 of 2,000 clients".
The client chosen gone with the filter, the narrowed list now shows its top; a client chosen who
stays is kept chosen and in sight, as before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client
from ui.models.caseload_model import COL_NAME

FAIR = "Spring Fair 2026-04-11"


def _fill(repo) -> None:
    """Eighty clients, one in four of them seen at the fair (Client 000, 004, ...)."""
    for i in range(80):
        repo.add_client(probation_client(f"Client {i:03d}", event=FAIR if i % 4 == 0 else None,
                                         case_number=f"BA{100000 + i}"))


def _row_named(view, name: str) -> int:
    return next(row for row in range(view.proxy.rowCount()) if view.proxy.index(row, COL_NAME).data() == name)


def _event_chosen_by_keyboard(qtbot, view) -> None:
    view.event.setFocus()
    qtbot.waitUntil(view.event.hasFocus)
    qtbot.keyClick(view.event, Qt.Key.Key_Down)  # from "Any event" to the fair
    assert view.event.currentData() == FAIR


def _chosen(qtbot, view, name: str) -> None:
    """`name`'s line chosen by the keyboard, as the arrows choose it, and scrolled to."""
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.proxy.index(_row_named(view, name), COL_NAME))
    table.scrollTo(table.currentIndex())
    assert table.verticalScrollBar().value() > 0


def _event_chosen_from(qtbot, window, repo, name: str):
    """The fair chosen by the keyboard with `name` chosen on the list, scrolled to: (view, table)."""
    _fill(repo)
    window.load()
    view = window.caseload
    _chosen(qtbot, view, name)
    _event_chosen_by_keyboard(qtbot, view)
    return view, view.table


def test_the_event_chosen_shows_its_list_from_the_top_when_the_client_chosen_is_not_of_it(qtbot, window, repo):
    view, table = _event_chosen_from(qtbot, window, repo, "Client 061")
    assert view.proxy.rowCount() == 20
    assert view.selected_client_id() is None  # Client 061 is not of the fair
    assert table.verticalScrollBar().value() == 0  # Client 000, the fair's first, in sight


def test_a_client_chosen_of_the_event_stays_chosen_and_in_sight(qtbot, window, repo):
    view, table = _event_chosen_from(qtbot, window, repo, "Client 076")
    assert table.currentIndex().siblingAtColumn(COL_NAME).data() == "Client 076"
    assert view.selected_client_id() is not None
    assert table.viewport().rect().contains(table.visualRect(table.currentIndex()))
