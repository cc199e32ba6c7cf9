"""K81-04 (S80, left alone): at the window's least height (667 x 259; 1366 x 768 at 200% leaves
667 x 344, and the window may be made shorter), S80 saw the next client's Eligibility page open
scrolled 54 px, not at its top, after the last client's pages had been scrolled.

Looked into: nothing of the last client's scroll carries over at that height (X76-02 holds).
The Eligibility page has 43 px of room there; the keyboard starts on the results (E27-04), whose
table begins 54 px down, under the As-of row, and the page scrolls it into sight (X76-03), its
column names and the chosen result in sight.  A client opened with nothing scrolled before opens
the same way.  These keep both: the other pages at their top, the Eligibility page as for a
client opened first, the result the keyboard is on in sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.gui.test_new_client_opens_at_top_x76 import LAPTOP_200, _with_a_hearing
from ui.page_scroll import PageScroll

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _at_least_height(qtbot, window) -> None:
    window.resize(*LAPTOP_200)
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_200)
    least = (LAPTOP_200[0], window.minimumSizeHint().height())
    window.resize(*least)
    qtbot.waitUntil(lambda: window.size().toTuple() == least)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def _bar(page):
    (scroll,) = page.findChildren(PageScroll)
    return scroll.verticalScrollBar()


def _eligibility_shown(view) -> int:
    view.tabs.setCurrentWidget(view.eligibility)
    QApplication.processEvents()
    return _bar(view.eligibility).value()


def test_k81_04_at_the_least_height_nothing_of_the_last_clients_scroll_carries_over(qtbot, window, repo):
    window.load()
    first, second = (repo.add_client(_with_a_hearing(name)) for name in ("Alejandra Castañeda Peña de la Fuente", "Beto Salas Núñez de la Fuente"))
    window.open_client(first)
    view = window.client_view
    _at_least_height(qtbot, window)
    opened_first = _eligibility_shown(view)  # the first client's, nothing scrolled before
    for page in (view.record, view.eligibility, view.history):  # each page of the first client read to its foot
        view.tabs.setCurrentWidget(page)
        bar = _bar(page)
        qtbot.waitUntil(lambda: bar.maximum() > 0)  # it scrolls at this size
        bar.setValue(bar.maximum())
    view.tabs.setCurrentWidget(view.record)
    window.open_client(second)
    qtbot.waitUntil(lambda: view.client is not None and view.client.id == second)
    assert view.tabs.currentWidget() is view.record and _bar(view.record).value() == 0
    view.tabs.setCurrentWidget(view.history)
    QApplication.processEvents()
    assert _bar(view.history).value() == 0
    assert _eligibility_shown(view) == opened_first < _bar(view.eligibility).maximum()
    # The keyboard's result in sight, from its top (its foot under the table's own bar, 5 px at
    # this height): what the page scrolled for.
    table = view.eligibility.table
    assert QApplication.focusWidget() is table
    cell = table.visualRect(table.currentIndex())
    shown = table.viewport().visibleRegion().boundingRect()
    assert shown.top() <= cell.top() and shown.intersected(cell).height() >= cell.height() * 3 // 4
