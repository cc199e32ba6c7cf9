"""R102-01: back on the list on a new day, the keyboard kept its column.

P101-02 filters the list again on coming back to it from a client when the day has moved on and
the Outcome filter counts from today.  The client chosen was kept, but the keyboard was put on
the line's first cell (the name): a keyboard user who had gone along the line to its Clinic
event, opened the client (Enter) and come back the next morning (Ctrl+L) found the keyboard on
the Name, where the same day it stayed on the Clinic event."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import TODAY, probation_client
from ui.models.caseload_model import COL_EVENT

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_and_come_back(qtbot, window, day: date) -> None:
    """Enter on the line the keyboard is on, the window's day `day` meanwhile, and Ctrl+L."""
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.client_view
    window._fixed_today = day
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)
    assert window.pages.currentWidget() is window.caseload


def test_r102_01_the_keyboard_keeps_its_column_when_the_list_is_filtered_for_a_new_day(qtbot, window, repo):
    # Both probations end in November: listed under "Probation ends this month" on the 22nd and the 26th.
    repo.add_client(probation_client("Ana Noviembre", case_number="BA700001", probation_end=date(2026, 11, 9)))
    repo.add_client(probation_client("Nico Noviembre", case_number="BA700002", probation_end=date(2026, 11, 3)))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    caseload = window.caseload
    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Probation ends this month"))
    assert caseload.proxy.rowCount() == 2
    table = caseload.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)  # the first line's first cell
    qtbot.keyClick(table, Qt.Key.Key_Down)
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    chosen, column = caseload.selected_client_id(), table.currentIndex().column()
    assert chosen is not None and column == COL_EVENT

    _open_and_come_back(qtbot, window, TODAY)  # the same day: nothing filtered again
    assert (caseload.selected_client_id(), table.currentIndex().column()) == (chosen, column)

    _open_and_come_back(qtbot, window, date(2026, 11, 26))  # the next morning: filtered again
    assert caseload.outcome.currentText() == "Probation ends this month"
    assert caseload.proxy.rowCount() == 2
    assert caseload.selected_client_id() == chosen
    assert table.currentIndex().column() == column  # was 0, the Name
