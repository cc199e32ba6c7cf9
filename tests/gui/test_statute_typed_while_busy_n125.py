"""N125-03: "1203.42" typed in a relief box chose PC 1203.41 on a busy machine: the keys of a
statute count as one when they come within Qt's keyboard interval, measured when the program
handled each key, so a "2" pressed at once but handled late (the program still busy with the
"4") began a new search.  Keys the window system stamps with when they were pressed are now
measured by that: the test types with such stamps, a burst, whatever the machine's speed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import typed_in_a_burst
from tests.gui.test_statute_of_no_relief_said_s118 import petition_added

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_n125_03_a_key_pressed_in_a_burst_but_handled_late_is_of_the_same_statute(qtbot, window, repo):
    box = petition_added(qtbot, window, repo).remedy  # a 2008 burglary's: PC 1203.42 listed
    typed_in_a_burst(box, "1203.4", at=1_000_000, apart=30)
    assert not box.currentText().endswith("(PC 1203.42)"), box.currentText()
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # the program busy with the "4" meanwhile
    typed_in_a_burst(box, "2", at=1_000_000 + 30 * 6, apart=30)  # pressed 30 ms after it
    assert box.currentText().endswith("(PC 1203.42)"), box.currentText()


def test_n125_03_a_key_pressed_after_a_pause_begins_again(qtbot, window, repo):
    box = petition_added(qtbot, window, repo).remedy
    typed_in_a_burst(box, "1203.42", at=1_000_000, apart=30)
    assert box.currentText().endswith("(PC 1203.42)"), box.currentText()
    typed_in_a_burst(box, "17", at=1_000_000 + 30 * 7 + QApplication.keyboardInputInterval() + 1, apart=30)  # a pause, then 17(b)
    assert box.currentText().endswith("(PC 17(b))"), box.currentText()
