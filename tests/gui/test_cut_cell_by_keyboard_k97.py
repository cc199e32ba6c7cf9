"""K97-01: a table cell cut short ("Compton expungement f...", a case's long title, a history
line) was whole only in its hover tooltip: a sighted paralegal arrowing along a table had no key
for it (A94 left it).  The caseload's Outstanding cell alone was said whole in the status bar
(B70-02); now the cell the keyboard is on, in every table of the window, is said whole there where
its column cuts it, and Ctrl+C copies it whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client, show_active
from tests.test_case_titles_w80 import walk_in
from ui.models.caseload_model import COL_CASES, COL_EVENT
from ui.models.determination_model import COL_CASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

EVENT = "Compton expungement fair and Saturday record clearance clinic at the courthouse"
NARROW = (900, 600)


def _cut(table, index) -> bool:
    return table.fontMetrics().horizontalAdvance(index.data()) > table.visualRect(index).width() - 8


def test_k97_01_the_caseload_s_cut_clinic_event_is_said_whole_and_copied_whole(qtbot, window, repo):
    repo.add_client(probation_client("Ana Peña", event=EVENT))
    window.load()
    window.resize(*NARROW)
    show_active(qtbot, window)
    bar, table = window.statusBar(), window.caseload.table
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Down)  # to the list, on Ana Peña
    for _ in range(COL_EVENT):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    cell = table.currentIndex()
    assert cell.column() == COL_EVENT and _cut(table, cell)
    assert bar.currentMessage() == f"Clinic event for Ana Peña: {EVENT}"

    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == EVENT  # Qt's own copy, the whole words

    qtbot.keyClick(table, Qt.Key.Key_Left)  # Cases: whole, nothing said
    assert table.currentIndex().column() == COL_CASES and bar.currentMessage() == ""
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert bar.currentMessage() == f"Clinic event for Ana Peña: {EVENT}"
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # leaving the list takes it away
    assert not table.hasFocus() and bar.currentMessage() != f"Clinic event for Ana Peña: {EVENT}"


def test_k97_01_the_eligibility_tab_s_cut_case_title_is_said_whole(qtbot, window, repo):
    client_id = repo.add_client(walk_in())
    window.load()
    window.open_client(client_id)
    show_active(qtbot, window)
    window.resize(683 - 16, 384 - 40)  # 200% on a laptop (E83-02): the Case column cut after the day
    qtbot.waitUntil(lambda: window.size().toTuple() == (683 - 16, 384 - 40))
    view, bar = window.client_view, window.statusBar()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Eligibility, the keyboard on its table
    table = view.eligibility.table
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(0, COL_CASE))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    cell = table.currentIndex()
    assert cell.column() == COL_CASE and _cut(table, cell)
    assert bar.currentMessage() == f"Case: {cell.data()}"
    assert cell.data().startswith("unknown (convicted 20") and cell.data().endswith("Los Angeles County)")
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == cell.data()


def test_k97_01_the_history_tab_s_cut_change_is_said_whole(qtbot, window, repo):
    client_id = repo.add_client(walk_in())
    repo.record_review(client_id, "c3", None, "pc1203_4", "Docket read at the Orange County courthouse, no hold found")
    window.load()
    window.open_client(client_id)
    show_active(qtbot, window)
    window.resize(*NARROW)
    view, bar = window.client_view, window.statusBar()
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # History
    table = view.history.table
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is view.history)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    rows = [table.model().index(row, 3).data() for row in range(table.model().rowCount())]
    review = next(row for row, line in enumerate(rows) if "Docket read" in line)
    for _ in range(review):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    QApplication.processEvents()
    cell = table.currentIndex()
    assert (cell.row(), cell.column()) == (review, 3) and _cut(table, cell)
    assert bar.currentMessage() == f"Changed: {rows[review]}"
