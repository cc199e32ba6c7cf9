"""A104-04: Alt+K (or Ctrl+Tab) to the Checklist of a client with nothing left to tick or type (a
probation completed, no condition, no fine: most clients eligible now) left the keyboard on the
page's frame.  A screen reader named it nothing and said nothing of the page ("Probation completed
2024-05-01"), and nothing showed the focus.  Now the keyboard goes to the Checklist's tab, which a
reader names, and the page's words are said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from clinic_app.model import Condition
from tests.gui.conftest import probation_client, show_active
from ui.client_view import TAB_CHECKLIST

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _opened(qtbot, window, repo, client):
    client_id = repo.add_client(client)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    view.record.person.name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.record.person.name.hasFocus)
    return view


def test_alt_k_to_a_checklist_all_done_is_on_its_tab_and_says_the_page(qtbot, window, repo, announcements):
    view = _opened(qtbot, window, repo, probation_client("Dora Done"))
    del announcements[:]
    qtbot.keyClick(view.record.person.name, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentIndex() == TAB_CHECKLIST
    focus = QApplication.focusWidget()
    assert focus is view.tabs.tabBar()
    assert QAccessible.queryAccessibleInterface(focus).text(QAccessible.Text.Name) == "Checklist"
    said = [message for _object, message, _politeness in announcements]
    assert said == ["Checklist: nothing to tick or type. Case BA100001: PC 459: Probation completed 2024-05-01."], said


def test_a_checklist_with_a_tick_still_starts_on_it(qtbot, window, repo, announcements):
    client = probation_client("Tico Tick")
    client.cases[0].conditions = [Condition(kind="class", label="Anger class", required=12, done=3)]
    view = _opened(qtbot, window, repo, client)
    del announcements[:]
    qtbot.keyClick(view.record.person.name, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.checklist.control("c1", "tick")
    assert announcements == []
