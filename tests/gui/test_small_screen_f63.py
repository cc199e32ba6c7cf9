"""F63: dialogs on a 1366 x 768 laptop at 150% display scaling (911 x 512 for Qt).

The offscreen screen of the tests is 800 x 800: the room a smaller screen leaves a window is
given to the dialogs here by patching `room` where they ask for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QScrollArea

# 1366 x 768 at 150%: 911 x 512, less the window's frame and title bar (ui.screen_fit.FRAME).
LAPTOP_150 = QSize(911 - 16, 512 - 40)


def test_f63_01_the_keyboard_shortcuts_box_fits_a_laptop_at_150_percent_its_list_scrolling(window, qtbot, monkeypatch):
    """The shortcuts box was 532 pixels high whatever the screen: on a 1366 x 768 laptop at
    150% its Close button was below the bottom of the screen.  It now fits, and the list
    scrolls (by the keyboard too) to its last row."""
    monkeypatch.setattr("ui.help_menu.room", lambda _widget: LAPTOP_150, raising=False)
    window.shortcuts_help_action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    qtbot.waitExposed(box)
    assert box.height() <= LAPTOP_150.height() and box.width() <= LAPTOP_150.width()
    close = box.button(QMessageBox.StandardButton.Close)
    assert close.isVisible() and close.mapTo(box, close.rect().bottomRight()).y() <= box.height()
    pane = box.findChild(QScrollArea)
    assert pane is not None and pane.accessibleName() == "Keyboard shortcuts"
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 0  # the list is longer than the room: it scrolls
    assert pane.focusPolicy() & Qt.FocusPolicy.TabFocus
    pane.setFocus()
    for _ in range(5):
        qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    assert bar.value() == bar.maximum()
    # Escape still closes it.
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_f63_01_where_the_screen_has_room_the_whole_list_shows_with_nothing_to_scroll(window, qtbot):
    window.shortcuts_help_action.trigger()
    box = window.findChild(QMessageBox)
    qtbot.waitExposed(box)
    pane = box.findChild(QScrollArea)
    assert pane is not None and pane.verticalScrollBar().maximum() == 0
    assert not any(button.isVisible() and button.mapTo(box, button.rect().bottomRight()).y() > box.height()
                   for button in box.findChildren(QPushButton))
    box.close()
    window.about_action.trigger()
    about = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "About Clinic Desk")
    qtbot.waitExposed(about)
    assert about.findChild(QScrollArea).verticalScrollBar().maximum() == 0
    about.close()
