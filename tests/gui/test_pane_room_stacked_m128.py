"""M128-01: with the Record tab's panes stacked (667 wide with 15 pt text, L127-01), each pane is
as tall as what it holds and the page scrolls them: View > Give the pane in use more room did
nothing visible, and the item then read "Put the panes back" (L127 left it).  Stacked, the item is
greyed and says why; side by side again, it gives room as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font
from tests.gui.test_panes_by_keyboard_k97 import _choose_from_view_menu
from tests.gui.test_record_panes_stack_at_667_l127 import WIDE, _record, _resized, _split
from ui.panes import PANE_BACK, PANE_LARGER, PANE_WHOLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _view_menu_item(qtbot, window) -> tuple[bool, str]:
    """Whether View's pane item can be chosen, and its words, as the menu opens by Alt+V."""
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    said = window.pane_action.isEnabled(), window.pane_action.text()
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    if window.menuBar().hasFocus():  # Escape again leaves the menu bar for the field, as on a desktop
        qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)
    return said


def _keyboard_on(qtbot, window, field) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)


def test_m128_01_stacked_the_item_is_greyed_and_says_why(qtbot, repo, monkeypatch):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(15):
        window, record = _record(qtbot, repo, LAPTOP_200.width(), LAPTOP_200.height())
        split = _split(record)
        assert split.orientation() == Qt.Orientation.Vertical
        _keyboard_on(qtbot, window, record.case_form.case_number)
        sizes = split.sizes()
        assert _view_menu_item(qtbot, window) == (False, PANE_WHOLE)
        window.pane_action.trigger()  # greyed: nothing, and the words stay true
        assert split.sizes() == sizes
        assert _view_menu_item(qtbot, window) == (False, PANE_WHOLE)


def test_m128_01_given_room_side_by_side_then_stacked_then_widened(qtbot, repo, monkeypatch):
    """Given over side by side, then stacked by a narrower window: the item said "Put the panes
    back" over panes that could not move.  Widened again, it gives room afresh."""
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: WIDE)
    with program_font(15):
        window, record = _record(qtbot, repo, WIDE.width(), WIDE.height())
        split = _split(record)
        _keyboard_on(qtbot, window, record.person.notes)  # the client's pane
        opened = split.sizes()
        _choose_from_view_menu(qtbot, window, Qt.Key.Key_P)
        assert split.sizes()[0] > opened[0]
        assert _view_menu_item(qtbot, window) == (True, PANE_BACK)
        monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
        _resized(qtbot, window, LAPTOP_200.width(), LAPTOP_200.height())
        _keyboard_on(qtbot, window, record.person.notes)  # offscreen, a resize leaves no window active
        assert split.orientation() == Qt.Orientation.Vertical
        assert _view_menu_item(qtbot, window) == (False, PANE_WHOLE)
        monkeypatch.setattr("ui.screen_fit.room", lambda _widget: WIDE)
        _resized(qtbot, window, WIDE.width(), WIDE.height())
        _keyboard_on(qtbot, window, record.person.notes)
        assert split.orientation() == Qt.Orientation.Horizontal
        assert _view_menu_item(qtbot, window) == (True, PANE_LARGER)
        before = split.sizes()
        assert before == opened  # put back as they were before room was given
        _choose_from_view_menu(qtbot, window, Qt.Key.Key_P)
        assert split.sizes()[0] > before[0]
