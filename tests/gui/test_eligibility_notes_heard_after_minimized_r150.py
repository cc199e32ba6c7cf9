"""R150-03: the Eligibility tab's notes changed in place are said (K148-02) from the moment the tab
is arrived at until it is left; the tab counted as left whenever it was hidden.  A window
minimized and brought back (to look at the court's site, at an email) hid the tab without leaving
it: afterwards "As of" moved past the probation's end took "Read this first: ..." from the screen
unheard again, until the paralegal went to another tab and back.  Only leaving the tab ends it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from tests.gui.test_eligibility_notes_changed_heard_k148 import HELD_BACK, _heard, panel  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_a_note_gone_after_the_window_was_minimized_and_back_is_said(qtbot, window, panel, announcements):  # noqa: F811
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMinimized())

    panel.as_of.setDate(QDate(2027, 4, 1))  # past the probation's end

    assert not panel.bar_note.isVisible()
    assert _heard(announcements) == [f"Gone from above the results: {HELD_BACK}"]
