"""W249: a volunteer's 2016 laptop, 1366 x 768 at 125% (1093 x 614 for Qt), the program's
text at 12 pt (Windows' "Make text bigger", as tests/gui/test_intake_large_font_s100.py has it).

Qt makes a message box no wider than 480 pixels less than a screen wider than 1024 (at most
1000): 613 here.  Help > Keyboard shortcuts and Help > First steps asked 80 letters for their
text, and the box was cut to 613 pixels: each row's words ran off its right edge ("Caseload >
Show", "Record tab's tab, a"), with no way to scroll to them.  The tests' offscreen screen is 800
pixels wide, where Qt's own limit is the whole screen: the laptop's room is given to the boxes by
patching `room`, as tests/gui/test_small_screen_f63.py does.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QMessageBox, QScrollArea

from tests.gui.test_intake_large_font_s100 import program_font

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

# 1366 x 768 at 125%: 1093 x 614, less the window's frame and title bar (ui.screen_fit.FRAME)
# and a taskbar.
LAPTOP_125 = QSize(1093 - 16, 614 - 40 - 38)
# QMessageBox's own limit on that screen (QMessageBoxPrivate::updateSize): 1093 - 480.
WIDEST_BOX = 1093 - 480


@pytest.mark.parametrize("item, points",
                         [("shortcuts_help_action", 12), ("first_steps_action", 12), ("about_action", None)])
def test_w249_02_help_boxes_fit_the_width_qt_gives_them_their_lines_whole(window, qtbot, monkeypatch, item, points):
    """Help > About, at the program's own 9 pt, was cut too: its pane was sized to its text's
    wide hint (719 pixels) in a box Qt made 613."""
    monkeypatch.setattr("ui.help_menu.room", lambda _widget: LAPTOP_125)
    with program_font(points or window.font().pointSizeF()):
        getattr(window, item).trigger()
        box = window.findChild(QMessageBox)
        qtbot.waitExposed(box)
        pane = box.findChild(QScrollArea)
        text = pane.widget()
        assert isinstance(text, QLabel)
        # The box asks no more than Qt will give it there, and its text, wrapped to that, is
        # within the pane (which never scrolls sideways): no row cut at the right edge.
        assert box.width() <= WIDEST_BOX
        assert text.minimumWidth() <= pane.viewport().width()
        qtbot.waitUntil(lambda: text.width() <= pane.viewport().width(), timeout=2000)
        box.close()
