"""R431-02: a Checklist completed date refused (the wrong year typed), and Ctrl+L pressed to go
to the caseload: "Changes not saved" asked about it ("Checklist: Anger management: completed
after ..."), and the field, left as the question took the keyboard, said the same refusal again
("Problem: Anger management on case BA100001: completed on: after ...", K427-04).  Said as the
field is left for another control of the window, not as a question or another program takes the
keyboard from the window: the question says it, and Stay and fix puts the keyboard back on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.gui.test_checklist_keyboard import checklist  # noqa: F401  (fixture)
from tests.gui.test_completed_date_k29b import CTRL, _tick_then_tab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r431_02_a_refused_date_is_said_by_the_question_alone(qtbot, checklist, window, monkeypatch, announcements):
    from ui.client_view import discard_question
    from ui.forms import stay_or_discard

    view, _client_id = checklist
    field = _tick_then_tab(qtbot, view)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "2027-01-05")
    monkeypatch.setattr("ui.client_view.ask_discard", lambda parent, problem, where: stay_or_discard(
        parent, "Changes not saved", *discard_question(problem, where), "&Discard changes"))
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        qtbot.waitUntil(lambda: box.isActiveWindow() and not field.hasFocus())  # the keyboard in the question
        seen.append((box.text(), [words for _source, words, _politeness in announcements]))
        box.buttons()[-1].click()  # Discard changes

    del announcements[:]
    QTimer.singleShot(0, answer)
    qtbot.keyClick(field, Qt.Key.Key_L, CTRL)
    (question, heard), = seen
    assert "Checklist: Anger management: completed after " in question
    assert heard == []  # the question says it; not the field too
