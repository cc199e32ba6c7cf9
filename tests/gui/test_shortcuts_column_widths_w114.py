"""W114-02: Help > Keyboard shortcuts said the Menu key or Shift+F10 in a table "fits its column",
and not the menu's other item, Reset column widths: a column dragged wider is kept (E109-03),
and a keyboard user reading the list did not learn the way to put the widths back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.gui.conftest import probation_client, show_active
from ui.help_menu import shortcut_rows

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_w114_02_the_shortcuts_say_both_items_of_the_menu_key_s_menu(qtbot, window, repo):
    repo.add_client(probation_client("Ana Peña"))
    window.load()
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Down)
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    items = [action.text().replace("&", "") for action in menu.actions() if not action.isSeparator()]
    menu.close()
    assert items[0].startswith("Fit ") and items[0].endswith(" to its words") and items[1] == "Reset column widths"
    said = dict(shortcut_rows(window.menuBar()))["Tab"]
    assert "the Menu key or Shift+F10 fits its column or resets the widths" in said
