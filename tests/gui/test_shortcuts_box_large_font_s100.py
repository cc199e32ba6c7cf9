"""S100-05: Help > Keyboard shortcuts on a 1366 x 768 laptop at 200% scaling (667 x 344 for the
window) with a larger font (12 pt): the box was as wide as the screen, but its text asked 80
letters and more, and its right column ("opens the client chosen in the caseload list; in the
search box ...") was cut at the box's edge with no way to scroll to it.  It wraps to the box now."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QScrollArea

from tests.gui.test_intake_large_font_s100 import LAPTOP_200, font_12  # noqa: F401 - font_12: a fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_s100_05_the_shortcuts_text_is_whole_across_in_a_box_on_a_laptop_at_200_percent(qtbot, repo, font_12, monkeypatch):
    from tests.gui.conftest import TODAY
    from ui.main_window import MainWindow

    monkeypatch.setattr("ui.help_menu.room", lambda _widget: LAPTOP_200)
    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(window)
    window.resize(LAPTOP_200)
    window.show()
    window.shortcuts_help_action.trigger()
    box = window.findChild(QMessageBox)
    qtbot.waitExposed(box)
    qtbot.wait(50)
    assert box.width() <= LAPTOP_200.width(), box.width()
    pane = box.findChild(QScrollArea)
    text = pane.widget()
    assert isinstance(text, QLabel)
    # The text no wider than the pane shows it: nothing cut at the right.
    assert text.width() <= pane.viewport().width(), (text.width(), pane.viewport().width())
    assert pane.mapTo(box, pane.rect().topRight()).x() < box.width()
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 0  # the rest is reached by scrolling down
    box.close()
