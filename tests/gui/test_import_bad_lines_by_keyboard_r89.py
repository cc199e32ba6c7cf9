"""R89-02: File > Import clients of a referral list with many bad lines shows them in the box's
details, open (W88-01), named "Bad lines in referrals.jsonl" for a screen reader; but the details
took no keyboard focus (Qt's message box makes them NoFocus, selectable by the mouse alone): Tab
went OK, Hide Details..., OK, so a paralegal at the keyboard, or a screen reader's user, could not
reach the named lines, read them a line at a time or copy them.  Tab reaches them now; the
keyboard selects and copies them; Enter and Escape still close the box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTextEdit

from tests.gui.conftest import in_message_box
from tests.cli.test_import_names_ten_bad_lines_d86 import _referrals

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.mark.parametrize("closed_by", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
def test_r89_02_tab_reaches_the_bad_lines_and_the_keyboard_copies_them(qtbot, window, repo, monkeypatch, tmp_path, closed_by):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(_referrals(tmp_path)), ""))
    seen: dict = {}

    def in_box(box: QMessageBox) -> None:
        seen["first"] = box.focusWidget() is box.button(QMessageBox.StandardButton.Ok)
        seen.update(read_details_by_keyboard(qtbot, box, closed_by))

    in_message_box(in_box)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "closed" in seen, timeout=60_000)
    assert seen["first"]
    assert seen["reached"], "Tab never reached the bad lines"
    copied = seen["copied"].splitlines()
    assert copied[0].startswith("referrals.jsonl:3: person.dob: no such day: '1980-02-30'")
    assert copied[-1] == "and 2 more bad lines"
    assert seen["closed"]
    assert repo.count_clients() == 0


def read_details_by_keyboard(qtbot, box: QMessageBox, closed_by: Qt.Key) -> dict:
    """A message box's details, open, read by the keyboard alone: Tab to them (OK, Hide
    Details..., the details, in either order), Ctrl+A and Ctrl+C, then the box closed by
    `closed_by`.  What was reached, copied and closed (closed by the test if the keys did not)."""
    details = box.findChild(QTextEdit)
    seen: dict = {}
    for _ in range(3):
        if box.focusWidget() is details:
            break
        qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Tab)
    seen["reached"] = box.focusWidget() is details
    if seen["reached"]:
        QApplication.clipboard().clear()
        qtbot.keySequence(details, QKeySequence.StandardKey.SelectAll)
        qtbot.keySequence(details, QKeySequence.StandardKey.Copy)
        seen["copied"] = QApplication.clipboard().text()
    qtbot.keyClick(box.focusWidget(), closed_by)
    seen["closed"] = not box.isVisible()
    if box.isVisible():
        box.done(0)
    return seen
