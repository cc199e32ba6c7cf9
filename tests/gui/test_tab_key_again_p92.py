"""P92: the Alt key of the tab already shown takes the keyboard to that tab's first control,
as it does from another tab (keyboard check P92, a paralegal's day on 5,000 clients)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_checklist_keyboard import open_on_tab, two_cases

ALT = Qt.KeyboardModifier.AltModifier


def _tab_away(qtbot, times: int) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_alt_k_on_the_checklist_goes_back_to_its_first_tick_box(qtbot, window, repo):
    """P92-01: on the Checklist, tabbed down to "← Caseload" (past the ledger), Alt+K did
    nothing: the focus stayed on the button, and the Space meant for the first tick box
    pressed "← Caseload" and left the client.  Alt+K now goes to the first tick box, as it
    does from the Record tab, and Space ticks it."""
    view, client_id = open_on_tab(qtbot, window, repo, two_cases(), 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, ALT)
    tick = view.checklist.control("c1", "tick", 0)
    assert QApplication.focusWidget() is tick
    while QApplication.focusWidget() is not view.back:
        _tab_away(qtbot, 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, ALT)
    tick = view.checklist.control("c1", "tick", 0)
    assert QApplication.focusWidget() is tick
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is view
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].conditions[0].completed_on is not None)


@pytest.mark.parametrize(("letter", "tab"), [(Qt.Key.Key_R, 0), (Qt.Key.Key_L, 2), (Qt.Key.Key_Y, 3)])
def test_the_shown_tabs_alt_key_goes_to_its_first_control(qtbot, window, repo, letter, tab):
    """Alt+R on the Record tab goes to Name, Alt+L on Eligibility to the answers, Alt+Y on
    History to its list, wherever the focus was on the page (it stayed where it was)."""
    view, _client_id = open_on_tab(qtbot, window, repo, two_cases(), tab)
    qtbot.keyClick(QApplication.focusWidget(), letter, ALT)
    first = QApplication.focusWidget()
    assert first is not None and view.tabs.currentWidget().isAncestorOf(first)
    _tab_away(qtbot, 3)
    assert QApplication.focusWidget() is not first
    qtbot.keyClick(QApplication.focusWidget(), letter, ALT)
    assert QApplication.focusWidget() is first
    assert view.tabs.currentIndex() == tab
