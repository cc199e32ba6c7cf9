"""X76-03: at 200% (the client window 667 x 344) the keyboard going to the Eligibility page's
results scrolls the page so that whole rows show at its top.  Qt centres a control taller than
the room in it: Alt+L (or a click on the tab) scrolled the page so the results table's header was
cut, its column names half shown, with the "Show remedies that do not apply" row cut in half over
it (R75, left alone 1)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from ui.page_scroll import PageScroll

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

LAPTOP_200 = (683 - 16, 384 - 40)  # as tests/gui/test_client_window_fits_200_x74.py


def _cut_at_top(scroll: PageScroll) -> list[str]:
    """The page's controls that the top edge of the scroll area cuts across, part shown: but
    the one the keyboard is on, or one holding it (the splitter of the results and details),
    whose own controls are looked at instead."""
    body, top, focus = scroll.widget(), scroll.verticalScrollBar().value(), QApplication.focusWidget()

    def cut(holder: QWidget) -> list[str]:
        found = []
        for widget in holder.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not widget.isVisible() or widget is focus:
                continue
            if widget.isAncestorOf(focus):
                found += cut(widget)
                continue
            y = widget.mapTo(body, QPoint(0, 0)).y()
            if y < top < y + widget.height():
                found.append(widget.accessibleName() or type(widget).__name__)
        return found
    return cut(body)


def test_the_keyboard_on_the_results_shows_whole_rows_at_the_top_of_the_page(qtbot, window, repo):
    window.load()
    client = probation_client("Alejandra Castañeda Peña de la Fuente", probation_end=date(2022, 5, 1))
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), hearing_on=date(2026, 11, 2))]
    window.open_client(repo.add_client(client))
    view = window.client_view
    qtbot.waitUntil(lambda: view.outcome.text() != "")
    window.resize(*LAPTOP_200)
    qtbot.waitUntil(lambda: window.size().toTuple() == LAPTOP_200)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    panel = view.eligibility
    (scroll,) = panel.findChildren(PageScroll)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.table.hasFocus)
    bar = scroll.verticalScrollBar()
    header = panel.table.horizontalHeader()
    assert _cut_at_top(scroll) == []
    # Down to "Mark reviewed..." at the page's foot, the page scrolled to it...
    while not panel.review_button.hasFocus():
        focus = QApplication.focusWidget()
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not focus)
    assert bar.value() > 0
    # ... and Shift+Tab back up to the results: scrolled up to them, nothing cut over them,
    # their column names whole over the first row (were cut, with the row over them).
    while not panel.table.hasFocus():
        focus = QApplication.focusWidget()
        qtbot.keyClick(focus, Qt.Key.Key_Backtab)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not focus)
    assert _cut_at_top(scroll) == []
    assert header.mapTo(scroll.viewport(), QPoint(0, 0)).y() >= 0
    # Shift+Tab on to the controls over them ("Show remedies that do not apply"): the same.
    for _ in range(3):
        focus = QApplication.focusWidget()
        qtbot.keyClick(focus, Qt.Key.Key_Backtab)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not focus)
        assert _cut_at_top(scroll) == [], QApplication.focusWidget().accessibleName()
