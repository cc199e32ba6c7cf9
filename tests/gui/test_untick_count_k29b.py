"""K29B-02: a class at 5 of 8 ticked by mistake became 8 of 8, and unticking it set 7 of 8, a
count the client never did (the handout then said "You have done 7 of 8").  The untick now
gives back the count from before the tick; where that count is not known (ticked in an
earlier session, or stored done), the untick is not made up: the box stays ticked and the
Checklist says to set how many are done, with the focus on that count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Condition
from tests.gui.conftest import TODAY
from tests.gui.test_checklist_keyboard import _focus, checklist, open_on_checklist, two_cases  # noqa: F401  (fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_k29b_02_untick_gives_back_the_count_from_before_the_tick(qtbot, checklist, repo):
    view, client_id = checklist
    tick = view.checklist.control("c1", "tick", 0)  # community service, 10 of 40 hours
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    condition = repo.get_client(client_id).cases[0].conditions[0]
    assert (condition.done, condition.completed_on) == (40, TODAY)
    tick = view.checklist.control("c1", "tick", 0)
    qtbot.keyClick(tick, Qt.Key.Key_Space)  # ticked by mistake: untick
    condition = repo.get_client(client_id).cases[0].conditions[0]
    assert (condition.done, condition.completed_on) == (10, None)  # not 39
    assert view.checklist.control("c1", "count", 0).value() == 10
    assert not view.checklist.control("c1", "tick", 0).isChecked()


def test_k29b_02_an_untick_whose_earlier_count_is_not_known_invents_none(qtbot, window, repo):
    client = two_cases()
    client.cases[0].conditions[0] = Condition(kind="community_service", label="Community service",
                                              required=40, done=40, completed_on=TODAY)  # stored done
    view, client_id = open_on_checklist(qtbot, window, repo, client)
    tick = view.checklist.control("c1", "tick", 0)
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)
    condition = repo.get_client(client_id).cases[0].conditions[0]
    assert (condition.done, condition.completed_on) == (40, TODAY)  # no 39 of 40 made up
    assert view.checklist.control("c1", "tick", 0).isChecked()
    note = view.checklist.notes[("c1", "tick", 0)]
    assert not note.isHidden()
    assert note.text() == ("Still done: 40 of 40 hours counts it done, and the count before it was ticked "
                           "is not known: set how many are done in the box on the right, then untick it.")
    spin = view.checklist.control("c1", "count", 0)
    assert QApplication.focusWidget() is spin and spin.accessibleDescription() == note.text()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "25")
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the real count, from the keyboard
    assert repo.get_client(client_id).cases[0].conditions[0].done == 25
    tick = view.checklist.control("c1", "tick", 0)
    _focus(qtbot, tick)
    qtbot.keyClick(tick, Qt.Key.Key_Space)  # now the untick is made, at the count given
    condition = repo.get_client(client_id).cases[0].conditions[0]
    assert (condition.done, condition.completed_on) == (25, None)
    assert not view.checklist.control("c1", "tick", 0).isChecked()
