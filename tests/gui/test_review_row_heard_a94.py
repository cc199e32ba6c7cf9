"""A94-01: a client opened from the attorney's queue (U93-03) opens on the Eligibility tab, on the
first result the queue waits for, the keyboard on the answers; a screen reader was not told which.

It heard "Opened Alejandra Orozco. Needs review" (the header's outcome) and, for the table's
focus, its current cell alone, the case number "BA100001": not that the row is the second of
six, nor its remedy (PC 1203.425), nor that it is the one to review.  Now the cell on the row
is the table's focused child (what a screen reader asks the table for), Qt is told the focus is
on that cell, and the announcement says the row: where it is, what it is, and that it waits."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.gui.test_opened_from_review_queue_u93 import _open_with_enter, _opened_from_the_queue
from ui.client_view import TAB_ELIGIBILITY


def test_the_row_opened_on_is_the_focused_cell_and_said(qtbot, window, repo, monkeypatch):
    client_id = _opened_from_the_queue(qtbot, window, repo, monkeypatch)
    heard, focused = [], []

    def update(event):  # what the program hands Qt for a screen reader (offscreen there is none)
        if event.type() == QAccessible.Event.Announcement:
            heard.append(event.message())
        elif event.type() == QAccessible.Event.Focus:
            focused.append((event.object(), event.child()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    _open_with_enter(qtbot, window, client_id)
    view = window.client_view
    table = view.eligibility.table
    assert view.tabs.currentIndex() == TAB_ELIGIBILITY
    assert QApplication.focusWidget() is table
    row = table.currentIndex().row()
    assert row == 1 and table.selectionModel().isRowSelected(row)

    # What a screen reader reads of the focus: the table's focused child, the cell on that row.
    cell = QAccessible.queryAccessibleInterface(table).focusChild()
    assert cell is not None and cell.state().focused and cell.state().selected
    assert cell.tableCellInterface().rowIndex() == row
    # Qt was told the focus is on that cell, not on the table alone.
    table_said = QAccessible.queryAccessibleInterface(table)
    assert (table, table_said.indexOfChild(cell)) in focused

    # Said once, with who was opened: which row, of how many, what it is, that it waits.
    assert len(heard) == 1, heard
    said = heard[0]
    assert said.startswith("Opened Alejandra Orozco. Needs\u00a0review. On the Eligibility tab")  # the outcome, then the row
    assert "the first result to review, row 2 of 6" in said
    assert "Case BA100001, PC 459" in said and "PC 1203.425" in said and "Needs review" in said


def test_opened_otherwise_nothing_of_a_row_is_said(qtbot, window, repo, monkeypatch, announcements):
    client_id = _opened_from_the_queue(qtbot, window, repo, monkeypatch)
    window.caseload.review.setChecked(False)
    del announcements[:]
    _open_with_enter(qtbot, window, client_id)
    said = [message for _object, message, _politeness in announcements]
    assert len(said) == 1 and said[0].startswith("Opened Alejandra Orozco.")
    assert "to review" not in said[0] and "row" not in said[0]
