"""B65-03: what the caseload's search box takes (a date of birth as staff type one, a name with
the date of birth) was its tooltip only, seen by hovering: a paralegal who came to the box with
Ctrl+F, its Alt letter or Tab never learnt it (AA64).  The status bar says it while the keyboard
is there, and leaves what was said before in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _ready(qtbot, window, repo):
    repo.add_client(probation_client("Ana Search"))
    window.load()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.caseload
    view.table.setFocus()
    qtbot.waitUntil(lambda: view.table.hasFocus())
    return view, window.statusBar()


def test_b65_03_ctrl_f_says_in_the_status_bar_what_the_search_box_takes(qtbot, window, repo):
    view, bar = _ready(qtbot, window, repo)
    assert bar.currentMessage() == ""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.search.hasFocus())
    said = bar.currentMessage()
    assert said == view.search.toolTip()
    assert "3/2/85" in said and "date of birth" in said and "lopez 3/2/85" in said
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)  # on to the filters: the hint goes, the caseload's line comes back
    qtbot.waitUntil(lambda: not view.search.hasFocus())
    assert bar.currentMessage() == ""
    assert window.status.isVisible() and window.status.text().startswith("Caseload")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back by Shift+Tab
    qtbot.waitUntil(lambda: view.search.hasFocus())
    assert bar.currentMessage() == view.search.toolTip()
    qtbot.keyClicks(view.search, "Ana")  # typing: the search says what it found over it, as before
    view.apply_filters()


def test_b65_03_the_hint_does_not_take_a_message_s_place_nor_come_with_the_mouse(qtbot, window, repo):
    view, bar = _ready(qtbot, window, repo)
    bar.showMessage("Saved: Ana Search", 8000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.search.hasFocus())
    assert bar.currentMessage() == "Saved: Ana Search"
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert bar.currentMessage() == "Saved: Ana Search"  # not cleared by the box it was never shown for
    bar.clearMessage()
    qtbot.mouseClick(view.search, Qt.MouseButton.LeftButton)  # the mouse has the tooltip
    qtbot.waitUntil(lambda: view.search.hasFocus())
    assert bar.currentMessage() == ""
