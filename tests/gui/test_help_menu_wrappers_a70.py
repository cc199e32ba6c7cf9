"""A70-02: reading the menus for Help > Keyboard shortcuts leaves the window's Help items alive.

`ui.help_menu.shortcut_rows` took each menu from its menu bar action (QAction.menu).  On PySide6 6.9 and
6.10 (which pyproject.toml allows) that menu's wrapper is tied to the action's, a temporary:
once it was collected, `window.remedies_action`, `shortcuts_help_action` and `about_action`
were dead in Python ("Internal C++ object (QAction) already deleted", Q69).  On 6.11 and up
this passed before too; the failure shows on /tmp/T67/venv-low (6.9.0).
"""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from ui.help_menu import menus_in_order, shortcut_rows


def test_the_help_items_are_alive_after_the_shortcuts_list_read_the_menus(qtbot, window):
    rows = dict((what, keys) for keys, what in shortcut_rows(window.menuBar()))
    gc.collect()
    assert rows["Help > Remedies at a glance"] == "F1"
    for action in (window.first_steps_action, window.remedies_action, window.shortcuts_help_action, window.about_action):
        assert isValid(action), action
    window.shortcuts_help_action.trigger()  # as Help > Keyboard shortcuts, which reads them again
    box = window.findChild(QMessageBox)
    assert "Help &gt; Remedies at a glance" in box.text()
    box.close()
    gc.collect()
    window.about_action.trigger()
    about = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "About Clinic Desk")
    about.close()


def test_the_menus_are_read_in_the_bars_order(window):
    assert [m.title() for m in menus_in_order(window.menuBar())] == [a.text() for a in window.menuBar().actions()]
