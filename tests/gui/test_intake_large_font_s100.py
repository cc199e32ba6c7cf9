"""S100: intake on a volunteer's old laptop, 1366 x 768 at 200% scaling (683 x 384 for Qt, the
window 667 x 344 inside its frame), or with Windows' large fonts (the program's font at 15 pt).

The tests' offscreen screen is 800 x 800: the room a smaller screen leaves a window is given
here by patching `ui.screen_fit.room`, as F63's tests do; the large font is the application's,
set before the dialog is made and put back after.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import TODAY, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

# 1366 x 768 at 200%: 683 x 384, less the window's frame and title bar (ui.screen_fit.FRAME).
LAPTOP_200 = QSize(683 - 16, 384 - 40)


@pytest.fixture
def large_font(qapp):
    """The program's font at 15 pt (Windows' "Make text bigger", or a user's own font), as
    every widget made meanwhile takes it; put back after."""
    was = QApplication.font()
    font = QApplication.font()
    font.setPointSizeF(15)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(was)


@pytest.fixture
def laptop_200(monkeypatch):
    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP_200)
    return LAPTOP_200


def _intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=["Saturday clinic"])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def _inside(widget, window) -> bool:
    corner = widget.mapTo(window, widget.rect().bottomRight())
    return widget.isVisible() and 0 <= widget.mapTo(window, widget.rect().topLeft()).x() and corner.x() < window.width()


def test_s100_01_intake_with_large_fonts_opens_no_wider_than_a_laptop_at_200_percent(qtbot, repo, large_font, laptop_200):
    """The event box asked for 34 letters as its least width: 526 pixels at 15 pt, and intake
    could be no narrower than 784, past the right edge of a 683-pixel screen, Done and Next
    client off it.  It asks for them as its width, and gives way where the screen is short."""
    from PySide6.QtWidgets import QPushButton

    dialog = _intake(qtbot, repo)
    assert dialog.width() <= laptop_200.width(), dialog.width()
    assert dialog.minimumSizeHint().width() <= laptop_200.width(), dialog.minimumSizeHint()
    for button in dialog.findChildren(QPushButton):
        if button.text() in ("&Done", "Ne&xt client (Ctrl+N)", "&Start client"):
            assert _inside(button, dialog), button.text()
    # Where the screen has room, the box is as wide as it asked: its hint shows whole (b55636a3).
    dialog.resize(1000, 600)
    qtbot.waitUntil(lambda: dialog.width() == 1000)
    event = dialog.event.lineEdit()
    assert event.fontMetrics().horizontalAdvance(event.placeholderText()) < event.width()
