"""Z116-02: W114-05's menu tips (Print handouts for this event..., Re-screen whole caseload...,
Back up caseload...) are 110 to 175 characters.  On a 1366 x 768 laptop at 200% (667 pixels of
window) with the text at 15 pt, the status bar cut them at its two lines: "Print or save the
handout of every client of the clinic event the Event filter chooses (or one you choose),...
(Ctrl+M for more)", what the command does at a terminal gone.  Ctrl+M, pressed, shows the last
message, not a menu's tip, and the menus showed no tooltip (a QMenu shows its items' tooltips
only when told to), so the rest was nowhere.  Held over an item, the tip is now shown whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QStatusTipEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.gui.menus import menu, menu_items
from tests.gui.test_intake_large_font_s100 import program_font

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

LAPTOP_200_WIDTH = 683 - 16


def tooltip_over(qtbot, window, title: str, action) -> str:
    """The tooltip shown with the mouse held over `action` in the open menu `title` ("" for none)."""
    opened = menu(window, title)
    opened.popup(window.mapToGlobal(QPoint(0, 0)))
    qtbot.waitExposed(opened)
    at = opened.actionGeometry(action).center()
    QApplication.sendEvent(opened, QHelpEvent(QEvent.Type.ToolTip, at, opened.mapToGlobal(at)))
    try:
        return QToolTip.text() if QToolTip.isVisible() else ""
    finally:
        QToolTip.hideText()
        opened.close()


def tip_on_the_laptop(qtbot, window, title: str, item: str) -> tuple[str, bool, str]:
    """The tip of the item `item` of the menu `title`, on the laptop at 200% with the text at 15
    pt: the tip, whether the status bar cut it, and the tooltip held over the item."""
    with program_font(15):
        window.resize(LAPTOP_200_WIDTH, 344)
        qtbot.waitUntil(lambda: window.statusBar().message.font().pointSizeF() == 15)
        qtbot.waitUntil(lambda: window.width() == LAPTOP_200_WIDTH)
        action = menu_items(window)[f"{title} > {item}"]
        tip = action.statusTip()
        QApplication.sendEvent(window, QStatusTipEvent(tip))  # as the menu does under the mouse
        return tip, window.statusBar().message.cut(), tooltip_over(qtbot, window, title, action)


@pytest.mark.parametrize("title, item", [("Caseload", "Print handouts for this event..."),
                                         ("Caseload", "Re-screen whole caseload..."),
                                         ("File", "Back up caseload...")])
def test_z116_02_a_menu_tip_cut_in_the_status_bar_is_shown_whole_over_its_item(qtbot, window, title, item):
    tip, cut, shown = tip_on_the_laptop(qtbot, window, title, item)
    if item != "Back up caseload...":  # the shortest: whole in the bar at this size
        assert cut
    assert shown == tip


def test_z116_02_an_item_with_no_tip_shows_no_tooltip_of_its_own_name(qtbot, window):
    """Tooltips shown in the menus: an item that has no tip of its own ("New client") shows
    nothing, not its name again beside itself."""
    action = menu_items(window)["File > New client"]
    assert not action.statusTip()
    assert tooltip_over(qtbot, window, "File", action) == ""
