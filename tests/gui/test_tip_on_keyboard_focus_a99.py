"""A99-01: a control's hover tip was the mouse's alone: a sighted paralegal who Tabs to a client's
Handout button never read "Preview the client's handout, then print it or save it as a PDF (Ctrl+P)",
nor the tip of a dialog's button.  The tip now shows beside the control the keyboard comes to (Tab,
Shift+Tab, Alt+letter), in every window and dialog, and goes as the keyboard leaves; a click shows
none (the mouse has its own).  A greyed button's reason, which the keyboard cannot land on, is its
accessible description: what a screen reader says of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QToolTip

from tests.gui.conftest import probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _tab_to(qtbot, window, target, *, most: int = 80) -> None:
    """Real Tab presses from where the keyboard is until it is on `target`."""
    for _ in range(most):
        if target.hasFocus():
            return
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert target.hasFocus(), f"Tab never came to {target.text()!r}"


def _open_ana(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Ana Peña"))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    return window.client_view


def test_a99_01_the_handout_button_s_tip_shows_when_tab_comes_to_it_and_goes_with_it(qtbot, window, repo):
    view = _open_ana(qtbot, window, repo)
    QToolTip.hideText()
    _tab_to(qtbot, window, view.handout_button)
    assert QToolTip.isVisible() and QToolTip.text() == view.handout_button.toolTip()
    assert "then print it or save it as a PDF" in QToolTip.text()
    qtbot.keyClick(view.handout_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not QToolTip.isVisible() or QToolTip.text() != view.handout_button.toolTip())


def test_a99_01_a_click_shows_no_tip(qtbot, window, repo):
    view = _open_ana(qtbot, window, repo)
    QToolTip.hideText()
    view.back.setFocus(Qt.FocusReason.MouseFocusReason)
    assert view.back.hasFocus() and not QToolTip.isVisible()


def test_a99_01_a_dialog_s_button_tip_shows_too(qtbot, window):
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.remedy_guide
    qtbot.waitUntil(guide.isActiveWindow)
    QToolTip.hideText()
    _tab_to(qtbot, guide, guide.room_button)
    assert QToolTip.isVisible() and QToolTip.text() == guide.room_button.toolTip()


def test_a99_01_a_greyed_button_s_reason_is_what_a_screen_reader_says_of_it(qtbot, window):
    from ui.passphrase_dialog import NewPassphraseDialog

    dialog = NewPassphraseDialog(window)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.first, "correct horse battery")
    qtbot.keyClicks(dialog.second, "correct horse battery staple")
    assert not dialog.ok_button.isEnabled()
    described = QAccessible.queryAccessibleInterface(dialog.ok_button).text(QAccessible.Text.Description)
    assert described == "The two passphrases differ."


def test_a99_01_a_button_pressed_by_its_alt_letter_shows_no_tip(qtbot, window):
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.remedy_guide
    qtbot.waitUntil(guide.isActiveWindow)
    QToolTip.hideText()
    qtbot.keyClick(guide.search, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert not QToolTip.isVisible()
    qtbot.waitUntil(guide.search.hasFocus)  # pressed, the keyboard back in Find (A99-02)
    assert not QToolTip.isVisible()
