"""K29B-04: ticking a condition recorded today as its completion date, and the Checklist had no
way to give the real one: a class the client finished in 2024, ticked on 2026-11-22, read
"completed 2026-11-22" (and a late completion can change the route).  The tick still records
the day of the checklist; its completed date is now a field right after the tick, so Space then
Tab, the real date typed and Enter, records it, keyboard only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import TODAY
from tests.gui.test_checklist_keyboard import _focus, checklist  # noqa: F401  (fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
CTRL = Qt.KeyboardModifier.ControlModifier


def _tick_then_tab(qtbot, view):
    tick = view.checklist.control("c1", "tick", 1)  # "Anger management", no count
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    tick = view.checklist.control("c1", "tick", 1)
    qtbot.keyClick(tick, Qt.Key.Key_Tab)
    field = view.checklist.control("c1", "completed", 1)
    assert QApplication.focusWidget() is field and field.text() == TODAY.isoformat()
    assert field.accessibleName() == "Anger management on case BA100001: completed on"
    return field


def test_k29b_04_the_real_completion_date_is_typed_after_the_tick(qtbot, checklist, repo):
    view, client_id = checklist
    field = _tick_then_tab(qtbot, view)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "3/15/2024")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert repo.get_client(client_id).cases[0].conditions[1].completed_on == date(2024, 3, 15)
    field = view.checklist.control("c1", "completed", 1)
    assert field.text() == "2024-03-15" and QApplication.focusWidget() is field
    assert view.checklist.control("c1", "tick", 1).isChecked()


def test_k29b_04_a_completion_date_after_the_checklist_s_day_is_refused(qtbot, checklist, repo):
    view, client_id = checklist
    field = _tick_then_tab(qtbot, view)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "2027-01-05")  # a year typed wrong
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert repo.get_client(client_id).cases[0].conditions[1].completed_on == TODAY
    note = view.checklist.notes[("c1", "tick", 1)]
    assert not note.isHidden()
    assert note.text() == f"Completed: after {TODAY.isoformat()}, the day of this checklist; enter the date once it is done"
