"""K97-03: the dividers between a client's panes (the Eligibility table and its details, History's,
the Record tab's person and case) moved by the mouse alone: a keyboard-only paralegal could not give
the reasons of a result more room (A94 left it).  View > Give the pane in use more room gives the
pane the keyboard is in three quarters of the split; chosen again, the panes are put back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QSplitter

from tests.gui.conftest import probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _choose_from_view_menu(qtbot, window, letter: Qt.Key) -> None:
    """Alt+V, then the item's letter, as a keyboard user does."""
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), letter)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_k97_03_the_eligibility_details_given_more_room_and_put_back(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Ana Peña"))
    window.load()
    window.open_client(client_id)
    show_active(qtbot, window)
    view = window.client_view
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Eligibility, on its table
    panel = view.eligibility
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)  # to the details
    assert panel.details.hasFocus()
    split = panel.details.parentWidget()
    assert isinstance(split, QSplitter)
    before = split.sizes()
    assert window.pane_action.text() == "Give the &pane in use more room"

    _choose_from_view_menu(qtbot, window, Qt.Key.Key_P)
    table_room, details_room = split.sizes()
    assert details_room >= 3 * table_room - 2  # three quarters, less a pixel or two of rounding
    assert details_room > before[1] and panel.details.hasFocus()

    _choose_from_view_menu(qtbot, window, Qt.Key.Key_P)  # again: put back
    assert split.sizes() == before and panel.details.hasFocus()


def test_k97_03_the_item_is_greyed_where_the_keyboard_is_in_no_pane(qtbot, window, repo):
    repo.add_client(probation_client("Ana Peña"))
    window.load()
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the caseload: no divider
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    assert not window.pane_action.isEnabled()
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
