"""R90-01: the crash dialog asks the user to "send the report below", but Qt makes a message
box's details NoFocus, selectable by the mouse alone (R89-02 found it in the import box and left
this one): with Show Details... pressed, Tab went OK, Hide Details..., OK, so a user at the
keyboard, or a screen reader's user, could not reach the report, read it or copy it to send.
Tab reaches it now; the keyboard copies it; the keyboard still starts on OK and Enter or Escape
still closes the dialog."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTextEdit

from tests.gui.conftest import in_message_box
from tests.gui.test_import_bad_lines_by_keyboard_r89 import read_details_by_keyboard
from ui import crash

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

REPORT = "Clinic Desk 1.0 crash report\nTraceback (most recent call last):\n  File \"ui/x.py\", line 1\nZeroDivisionError: division by zero\n"


@pytest.mark.parametrize("closed_by", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_r90_01_tab_reaches_the_crash_report_and_the_keyboard_copies_it(qtbot, closed_by):
    seen: dict = {}

    def in_box(box: QMessageBox) -> None:
        seen["first"] = box.focusWidget() is box.button(QMessageBox.StandardButton.Ok)
        # Show Details... by the keyboard: Tab to it, Space presses it.
        for _ in range(3):
            if isinstance(box.focusWidget(), QPushButton) and box.focusWidget().text().startswith("Show Details"):
                break
            qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Space)
        details = box.findChild(QTextEdit)
        qtbot.waitUntil(lambda: details.isVisible())
        seen.update(read_details_by_keyboard(qtbot, box, closed_by))

    in_message_box(in_box)
    crash.show_crash(None, REPORT)
    qtbot.waitUntil(lambda: "closed" in seen, timeout=30_000)
    assert seen["first"], "the keyboard did not start on OK"
    assert seen["reached"], "Tab never reached the report"
    assert seen["copied"].splitlines() == REPORT.splitlines()
    assert seen["closed"]
