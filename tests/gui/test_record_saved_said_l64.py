"""L64-03: a save on the Record tab (a field left, Ctrl+S) was said to a screen reader only;
the status bar, which says "Saved: ..." of a Checklist change (H40-04), said nothing, and only
the Save button greying showed the record was saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

CTRL = Qt.KeyboardModifier.ControlModifier


def typed_into(qtbot, window, field, text: str) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def test_a_field_left_on_the_record_tab_says_saved_in_the_status_bar(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Sam Said", probation_end=date(2027, 5, 1)))
    window.statusBar().clearMessage()
    typed_into(qtbot, window, form.probation_end, "2024-05-01")
    qtbot.keyClick(form.probation_end, Qt.Key.Key_Tab)  # leaving the field saves it
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2024, 5, 1)
    said = window.statusBar().currentMessage()
    assert said.startswith("Saved: Edit Case BA100001, probation end (Sam Said).")
    # The outcome it moved, as the Checklist's saves say it.
    assert "Best outcome now: " in said


def test_ctrl_s_on_the_record_tab_says_saved_in_the_status_bar(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Sam Said", probation_end=date(2024, 5, 1)))
    window.statusBar().clearMessage()
    typed_into(qtbot, window, form.probation_end, "2024-06-01")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2024, 6, 1)
    assert window.statusBar().currentMessage() == "Saved: Edit Case BA100001, probation end (Sam Said)."
