"""Q113-05: a paralegal who typed a name in the caseload's search box and pressed Tab to reach
the clients found went to the Outcome filter, then Event, Language, the five counts, the
newly-eligible day, the two ticks, Remedy and County: thirteen stops before the list, one of
them a day box whose arrows moved the day.  Tab from the search box now goes to what it
searched, the list (or, where it found nobody, to the empty list's buttons first), and from
the list on to the filters in the order they are laid out; Shift+Tab walks back the same way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client
from tests.gui.test_tab_walk_heard_a94 import tab_walk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _caseload(qtbot, window, repo):
    for name in ("Ana Uno", "Bea Dos", "Cruz Tres"):
        repo.add_client(probation_client(name))
    window.load()
    window.show()
    qtbot.waitExposed(window)
    return window.caseload


def test_q113_05_tab_from_the_search_goes_to_the_list_then_the_filters(qtbot, window, repo):
    caseload = _caseload(qtbot, window, repo)
    stops = [stop for stop, _seen in tab_walk(qtbot, caseload.search)]
    filters = [caseload.outcome, caseload.event, caseload.language, *caseload.count_buttons.values(),
               caseload.newly_since, caseload.outstanding, caseload.review, caseload.remedy, caseload.county]
    shown = [stop for stop in stops if stop is not None and caseload.isAncestorOf(stop)]
    assert shown == [caseload.search, caseload.table, *filters], [s.accessibleName() for s in shown]

    # Back the same way: from the list to the search box, from Outcome to the list.
    caseload.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(caseload.table, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is caseload.search
    caseload.outcome.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(caseload.outcome, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is caseload.table


def test_q113_05_a_search_that_found_nobody_tabs_to_show_every_client(qtbot, window, repo):
    caseload = _caseload(qtbot, window, repo)
    caseload.search.setFocus()
    qtbot.keyClicks(caseload.search, "Zzyzx")
    caseload.apply_filters()
    qtbot.waitUntil(caseload.show_all.isVisible)
    qtbot.keyClick(caseload.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is caseload.show_all
