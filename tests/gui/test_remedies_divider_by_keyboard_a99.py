"""A99-02: the divider of Help > Remedies at a glance (the list of remedies beside the chosen one's
lines) moved by the mouse alone, and the window has no menu bar for View > Give the pane in use more
room (K97-03).  Its own button, in the same words, does the same: Alt+P gives the pane the keyboard
is in (from the Find box, the remedy's lines) three quarters of the room, and puts the panes back;
the keyboard stays where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from tests.gui.conftest import show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _guide(qtbot, window):
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.remedy_guide
    qtbot.waitUntil(guide.isActiveWindow)
    assert guide.search.hasFocus()
    split = guide.entry.parentWidget()
    assert isinstance(split, QSplitter)
    return guide, split


def _alt_p(qtbot, guide) -> None:
    qtbot.keyClick(guide.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(50)  # a button's mnemonic clicks it animated


def test_a99_02_the_remedy_read_given_more_room_from_the_find_box_and_put_back(qtbot, window):
    guide, split = _guide(qtbot, window)
    before = split.sizes()
    assert guide.room_button.text() == "Give the &pane in use more room"
    _alt_p(qtbot, guide)
    qtbot.waitUntil(lambda: split.sizes() != before)
    listed, read = split.sizes()
    assert read >= 3 * listed - 2 and guide.search.hasFocus()  # the keyboard stays in Find
    assert guide.room_button.text() == "Put the &panes back"
    _alt_p(qtbot, guide)
    qtbot.waitUntil(lambda: split.sizes() == before)
    assert guide.search.hasFocus() and guide.room_button.text() == "Give the &pane in use more room"


def test_a99_02_the_list_given_more_room_with_the_keyboard_in_it(qtbot, window):
    guide, split = _guide(qtbot, window)
    qtbot.keyClick(guide.search, Qt.Key.Key_Tab)
    assert guide.list.hasFocus()
    before = split.sizes()
    _alt_p(qtbot, guide)
    qtbot.waitUntil(lambda: split.sizes() != before)
    listed, read = split.sizes()
    assert listed >= 3 * read - 2 and guide.list.hasFocus()
