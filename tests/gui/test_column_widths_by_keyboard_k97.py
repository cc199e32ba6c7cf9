"""K97-02: a table's column widths were the mouse's alone (a divider dragged in the header): a
keyboard-only paralegal could not widen the caseload's Clinic event column cut to "Compton ex…",
nor put the widths back once dragged (A94 left it).  The Menu key or Shift+F10 in the table (or a
right-click on its header) now offers to fit the column the keyboard is on to its words, and to
put every column back as the program sizes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.gui.conftest import probation_client, show_active
from tests.test_case_titles_w80 import walk_in
from ui.cell_in_full import shown_cut
from ui.models.caseload_model import COL_EVENT
from ui.models.determination_model import COL_CASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

EVENT = "Compton expungement fair and Saturday record clearance clinic at the courthouse"


def _menu_opened(qtbot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def _fits(table, index) -> bool:
    """Whole in its cell, by Qt's own cut (K97-01's measure)."""
    return not shown_cut(table, index)


def test_k97_02_the_menu_key_fits_the_caseload_s_event_column_and_shift_f10_puts_it_back(qtbot, window, repo):
    repo.add_client(probation_client("Ana Peña", event=EVENT))
    window.load()
    window.resize(900, 600)
    show_active(qtbot, window)
    table = window.caseload.table
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Down)
    for _ in range(COL_EVENT):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    cell = table.currentIndex()
    narrow = table.columnWidth(COL_EVENT)
    assert cell.column() == COL_EVENT and not _fits(table, cell)

    qtbot.keyClick(table, Qt.Key.Key_Menu)
    menu = _menu_opened(qtbot)
    assert [action.text() for action in menu.actions() if not action.isSeparator()] == [
        "&Fit “Clinic event” to its words", "&Reset column widths"]
    qtbot.keyClick(menu, Qt.Key.Key_F)  # its letter
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert _fits(table, table.currentIndex())
    assert table.hasFocus() and table.currentIndex().column() == COL_EVENT
    assert window.statusBar().currentMessage() == ""  # whole in its cell: no longer said below (K97-01)
    window.resize(920, 600)  # kept as fitted, as a dragged divider is
    qtbot.waitUntil(lambda: window.width() == 920)
    assert _fits(table, table.currentIndex())

    qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = _menu_opened(qtbot)
    qtbot.keyClick(menu, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert not _fits(table, table.currentIndex())  # the program's widths again: the event gives way first
    assert window.statusBar().currentMessage() == f"Clinic event for Ana Peña: {EVENT}"
    window.resize(900, 600)
    qtbot.waitUntil(lambda: table.columnWidth(COL_EVENT) == narrow)  # and it follows the window again


def test_k97_02_the_eligibility_tab_s_case_column_fitted_by_the_menu_key(qtbot, window, repo):
    client_id = repo.add_client(walk_in())
    window.load()
    window.open_client(client_id)
    show_active(qtbot, window)
    window.resize(1000, 600)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    table = window.client_view.eligibility.table
    qtbot.waitUntil(table.hasFocus)
    table.horizontalHeader().resizeSection(COL_CASE, 60)  # as if dragged narrow by the mouse
    assert table.currentIndex().column() == COL_CASE and not _fits(table, table.currentIndex())
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    menu = _menu_opened(qtbot)
    fit, reset = [action for action in menu.actions() if not action.isSeparator()]
    assert fit.text() == "&Fit “Case” to its words" and fit.isEnabled()
    qtbot.keyClick(menu, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert _fits(table, table.currentIndex())
    # A column that fits itself (Status) offers no fitting, only the reset.
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    menu = _menu_opened(qtbot)
    fit, reset = [action for action in menu.actions() if not action.isSeparator()]
    assert not fit.isEnabled() and reset.isEnabled()
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert table.hasFocus()


def test_k97_02_the_system_s_own_menu_event_opens_the_same_menu_once(qtbot, window, repo):
    """Windows sends a context-menu event for Shift+F10 and the Menu key, not (only) the key: it
    opens the same menu, and a second event while it is open opens no second menu."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent

    repo.add_client(probation_client("Ana Peña", event=EVENT))
    window.load()
    show_active(qtbot, window)
    table = window.caseload.table
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Down)
    keyboard = QContextMenuEvent.Reason.Keyboard
    QApplication.sendEvent(table, QContextMenuEvent(keyboard, QPoint(0, 0), table.mapToGlobal(QPoint(0, 0))))
    menu = _menu_opened(qtbot)
    assert "Reset column widths" in [action.text().replace("&", "") for action in menu.actions()]
    QApplication.sendEvent(table, QContextMenuEvent(keyboard, QPoint(0, 0), table.mapToGlobal(QPoint(0, 0))))
    assert len([m for m in table.findChildren(QMenu) if m.isVisible()]) == 1
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
