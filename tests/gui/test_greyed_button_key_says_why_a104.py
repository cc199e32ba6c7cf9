"""A104-03: a greyed button's reason was the mouse's alone (stop 55 left it): Tab passes over a
greyed button, and its Alt+letter did nothing, so a sighted paralegal at the keyboard pressing
Alt+S on a record already saved saw nothing happen and no word why.  Now the letter of a greyed
button shows its tip beside it, as Tab shows an enabled one's (A99-01), and hands it to a screen
reader; the next key takes it away.  Nothing is added to the window: only the key already aimed
at that button answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from tests.gui.conftest import probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _open_saved(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Gloria Grey"))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    view.record.person.phone.setFocus()
    qtbot.waitUntil(view.record.person.phone.hasFocus)
    assert not view.save_button.isEnabled() and view.save_button.toolTip() == "Everything is saved"
    return view


def test_a_greyed_button_s_alt_letter_shows_and_says_why(qtbot, window, repo, announcements):
    view = _open_saved(qtbot, window, repo)
    QToolTip.hideText()
    del announcements[:]
    qtbot.keyClick(view.record.person.phone, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert QToolTip.isVisible() and QToolTip.text() == "Everything is saved"
    assert [(source, said) for source, said, _ in announcements] == [(view.save_button, "Save: Everything is saved")]
    assert view.record.person.phone.hasFocus()  # the keyboard stays where it was
    # The next key takes it away, as the tip Tab shows goes.
    qtbot.keyClick(view.record.person.phone, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_an_enabled_button_s_alt_letter_presses_it_and_shows_no_tip(qtbot, window, repo, announcements):
    view = _open_saved(qtbot, window, repo)
    qtbot.keyClicks(view.record.person.phone, "555-0142")
    assert view.save_button.isEnabled()
    QToolTip.hideText()
    qtbot.keyClick(view.record.person.phone, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert not QToolTip.isVisible()
    qtbot.waitUntil(lambda: not view.save_button.isEnabled())  # pressed (Qt's animated click), saved


def test_a_greyed_button_s_letter_held_down_is_said_once(qtbot, window, repo, announcements):
    """R106-01: the letter held (the keyboard repeats it) said "Save: Everything is saved" again
    at each repeat, a screen reader reading it out over and over; the tip stays, said once."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    view = _open_saved(qtbot, window, repo)
    phone = view.record.person.phone
    QToolTip.hideText()
    del announcements[:]
    for repeated in (False, True, True, True):
        QApplication.sendEvent(phone, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier, "s", repeated))
    QApplication.sendEvent(phone, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier, "s", False))
    assert [said for _source, said, _ in announcements] == ["Save: Everything is saved"]
    assert QToolTip.isVisible() and QToolTip.text() == "Everything is saved"
    qtbot.keyClick(phone, Qt.Key.Key_5)  # the next key, not a repeat, still takes it away
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
