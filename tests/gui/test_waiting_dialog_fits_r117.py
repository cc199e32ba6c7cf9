"""R117-03: R116-01's "Waiting for another Clinic Desk that is making or updating this
caseload..." is the longest words the open's dialog says, on one line: at 15 pt (Windows' larger
text) the dialog opened 761 pixels across, on a 1366 x 768 laptop at 200% (667 pixels of room)
its end, "this caseload...", past the screen's edge.  Where the line has not the room, the words
wrap within it; where it has, they stay on one line, as the update's steps always were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QLabel

from db.connection import WAITING_FOR_OTHER_SAID, updating_said
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, program_font
from ui.opening import UpdatingDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def shown_saying(qtbot, text: str) -> tuple[UpdatingDialog, QLabel]:
    dialog = UpdatingDialog(None)
    qtbot.addWidget(dialog)
    dialog.setLabelText(text)
    dialog.show()
    qtbot.waitExposed(dialog)
    [words] = [label for label in dialog.findChildren(QLabel) if label.text() == text]
    return dialog, words


@pytest.mark.parametrize("points", [12, 15])
def test_r117_03_the_wait_for_another_program_is_said_whole_on_a_laptop_at_200_percent(qtbot, monkeypatch, points):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    with program_font(points):
        dialog, words = shown_saying(qtbot, WAITING_FOR_OTHER_SAID)
        assert dialog.width() <= LAPTOP_200.width(), dialog.size()
        assert dialog.rect().contains(QRect(words.mapTo(dialog, words.rect().topLeft()), words.size()))
        needed = words.heightForWidth(words.width()) if words.wordWrap() else words.sizeHint().height()
        assert words.height() >= needed  # every line of it shown
        if not words.wordWrap():
            assert words.width() >= words.fontMetrics().horizontalAdvance(WAITING_FOR_OTHER_SAID)


@pytest.mark.parametrize("text", [WAITING_FOR_OTHER_SAID, updating_said(1, 2)])
def test_r117_03_with_room_the_words_stay_on_one_line(qtbot, monkeypatch, text):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: QSize(1350, 730))
    with program_font(15):
        dialog, words = shown_saying(qtbot, text)
        assert not words.wordWrap()
        assert words.width() >= words.fontMetrics().horizontalAdvance(text)
