"""A141-03: a screen-reader user starting Clinic Desk on a fresh install (or a coordinator readying
an event laptop) had the keyboard in the search box and heard "Search clients" and nothing of the
empty caseload's first steps (add a client, intake mode, import, restore, encrypt, the demo):
words above the empty list that no key reaches, the list itself "Caseload" and no more.  The
steps are now the description of the search box and of the list while the caseload has no
client, so a reader hears them where the keyboard starts; once a client is in, they go (the
search box then heard with its tip, how a name or a date is searched, as before)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _heard(widget) -> tuple[str, str]:
    reader = QAccessible.queryAccessibleInterface(widget)
    return reader.text(QAccessible.Text.Name), reader.text(QAccessible.Text.Description)


def test_a141_03_the_first_steps_are_heard_where_the_keyboard_starts(qtbot, window):
    window.load()
    show_active(qtbot, window)
    caseload = window.caseload
    assert caseload.empty.isVisible()
    steps = caseload.empty_label.text()
    assert steps.startswith("No clients yet: add one with File > New client (Ctrl+N).")
    focus = QApplication.focusWidget()
    assert focus is caseload.search
    assert _heard(focus) == ("Search clients", steps)
    qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is caseload.table
    assert _heard(caseload.table) == ("Caseload", steps)


def test_a141_03_with_a_client_in_the_steps_are_not_said(qtbot, window, repo):
    window.load()
    repo.add_client(probation_client("Fay First"))
    window.load()
    caseload = window.caseload
    assert not caseload.empty.isVisible()
    # The search box's own tip again (how a name, a date or a phone is searched); the list, nothing.
    assert _heard(caseload.search)[1] == caseload.search.toolTip() and "No clients yet" not in caseload.search.toolTip()
    assert _heard(caseload.table)[1] == ""
