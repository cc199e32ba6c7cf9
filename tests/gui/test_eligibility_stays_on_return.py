"""The Eligibility page, in its scroll area at 200% (X74-01), scrolls the control the keyboard
goes to into sight; like the case form (R76-02), it must not do so where the keyboard only came
back to the window: the page scrolled down with the wheel to read the results, the keyboard
still in the As-of date, another program and back with Alt+Tab, and the page jumped back up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.gui.test_case_form_stays_on_return_r76 import _activate
from tests.gui.test_eligibility_banner_in_sight_x76 import _at_200
from ui.page_scroll import PageScroll

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_coming_back_to_the_window_leaves_the_eligibility_page_where_it_was_read(qtbot, window, repo):
    view = _at_200(qtbot, window, repo)
    panel = view.eligibility
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.table.hasFocus)
    (scroll,) = panel.findChildren(PageScroll)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the page scrolls at this size
    as_of = panel.as_of
    as_of.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(as_of.hasFocus)
    bar.setValue(bar.maximum())  # the results read with the wheel, the keyboard still in As of
    elsewhere = QWidget()  # another program's window
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    _activate(qtbot, elsewhere)
    _activate(qtbot, window)
    qtbot.waitUntil(as_of.hasFocus)
    assert bar.value() == bar.maximum()
    # The keyboard moved within the window still brings its control into sight.
    panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
    bar.setValue(bar.maximum())
    as_of.setFocus(Qt.FocusReason.ShortcutFocusReason)
    assert bar.value() < bar.maximum()
