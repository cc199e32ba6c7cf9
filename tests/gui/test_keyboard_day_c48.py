"""A paralegal's day at the keyboard alone (keyboard check C48): each step reached and
undone by keys, the focus read after each as a screen reader would follow it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_checklist_keyboard import open_on_checklist, two_cases

# The offscreen platform cannot raise a completer popup or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_ctrl_z_in_the_hours_box_undoes_the_hours_just_recorded(qtbot, window, repo):
    """C48-01: hours typed as "+6" and Enter were saved, and Ctrl+Z, pressed where the focus
    still was, did nothing (the spin box took the key for its own empty typing history)."""
    view, client_id = open_on_checklist(qtbot, window, repo, two_cases())
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "+6")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert repo.get_client(client_id).cases[0].conditions[0].done == 16
    here = QApplication.focusWidget()
    assert here is view.checklist.control("c1", "count", 0)
    qtbot.keyClick(here, Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).cases[0].conditions[0].done == 10
    spin = view.checklist.control("c1", "count", 0)
    assert spin.value() == 10 and QApplication.focusWidget() is spin


def test_ctrl_z_while_typing_hours_undoes_the_typing_first(qtbot, window, repo):
    """The typing not yet saved is the field's own to undo, as in any text field."""
    view, client_id = open_on_checklist(qtbot, window, repo, two_cases())
    spin = view.checklist.control("c1", "count", 0)
    _focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "+6")
    qtbot.keyClick(spin, Qt.Key.Key_Z, CTRL)
    assert "+6" not in spin.text()
    assert repo.get_client(client_id).cases[0].conditions[0].done == 10
    assert window.undo_stack.count() == 0

