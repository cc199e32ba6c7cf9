"""A436: this stop's changes driven by the keyboard alone, as a screen-reader user meets them.

A436-01: a paralegal removed a case's last condition (or count) with the keyboard on its Remove:
the keyboard went on to "Add condition" (A419).  Ctrl+Z said "Put back the condition Caltrans."
(K426-01), and the keyboard stayed on "Add condition", the condition back above it, to be found
by Shift+Tab; the Remove of an earlier row undone put the keyboard in the row that came back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_row_removed_said_h405 import _opened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize(("rows", "named", "first_field"), [
    ("conditions", "the condition Caltrans", "Condition kind"),
    ("convictions", "the conviction PC 484", "Offense code section"),
])
def test_a436_01_undo_of_a_last_row_s_remove_puts_the_keyboard_in_it(qtbot, window, repo, announcements,
                                                                      rows, named, first_field):
    client_id, _stored = _opened(qtbot, window, repo)
    listed = getattr(window.client_view.record.case_form, rows)
    remove = listed.rows[-1].remove
    remove.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(remove.hasFocus)
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 1)
    assert QApplication.focusWidget() is listed.add_button  # on, as A419 sends it
    del announcements[:]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 2)
    back = listed.rows[-1]
    qtbot.waitUntil(lambda: back.isAncestorOf(QApplication.focusWidget()))
    assert QApplication.focusWidget().accessibleName() == first_field
    assert [words for _source, words, _politeness in announcements] == [
        f"Undone: Edit Case BA100001, {rows} (Rosa Tired). Put back {named}."]
