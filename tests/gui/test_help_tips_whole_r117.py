"""R117-01: Z116-02 showed a menu item's tip whole as a tooltip, the status bar cutting W114-05's
long ones at two lines on a 1366 x 768 laptop at 200% with the text at 15 pt, but only for the
items made with the window's own tip (File, Edit, Caseload, View).  Help > Remedies at a glance
(F1) has a tip as long ("Who each remedy is for, when it opens, what it does and does not do,
with citations; on the Eligibility tab, the selected result's remedy", 133 characters), cut the
same way, and held over it showed nothing; About Clinic Desk likewise."""

from __future__ import annotations

import pytest

from tests.gui.menus import menu_items
from tests.gui.test_menu_tip_whole_z116 import tip_on_the_laptop, tooltip_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize("item", ["First steps", "Remedies at a glance", "About Clinic Desk"])
def test_r117_01_a_help_item_tip_is_shown_whole_over_it_as_the_other_menus_are(qtbot, window, item):
    tip, cut, shown = tip_on_the_laptop(qtbot, window, "Help", item)
    assert tip
    if item == "Remedies at a glance":  # the longer: cut in the bar at this size
        assert cut
    assert shown == tip


def test_r117_01_keyboard_shortcuts_has_no_tip_and_shows_none(qtbot, window):
    action = menu_items(window)["Help > Keyboard shortcuts"]
    assert not action.statusTip()
    assert tooltip_over(qtbot, window, "Help", action) == ""
