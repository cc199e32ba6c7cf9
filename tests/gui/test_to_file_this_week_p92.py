"""P92-03: Outcome > "To file within 7 days" lists the petitions whose day comes in the next
7 days, not those that can be filed today; chosen at the keyboard it said only "Showing 5 of
5,000 clients." (the 5,000-client demo, where 3,741 more can file today), and a paralegal
looking for everyone to file this week took those 5 for all of them.  It now says where the
others are."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.gui.conftest import show_active
from tests.gui.test_keyboard_x30 import _screened_clients

POINTER = "Not those who can file today: Outcome \u201cEligible now: to file\u201d lists them."


def _choose(qtbot, window, text: str) -> None:
    view = window.caseload
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert view.outcome.hasFocus()
    wanted = view.outcome.findText(text)
    while view.outcome.currentIndex() != wanted:
        qtbot.keyClick(view.outcome, Qt.Key.Key_Down if view.outcome.currentIndex() < wanted else Qt.Key.Key_Up)


def test_p92_03_to_file_within_7_days_says_those_who_can_file_today_are_elsewhere(qtbot, window, repo, announcements):
    # Probation ended in 2024 (eligible now, to file), and ending in 6 days (to file next week).
    _screened_clients(repo, (("Files Today", date(2024, 5, 1)), ("Files Next Week", date(2026, 11, 27))))
    window.load()
    show_active(qtbot, window)
    _choose(qtbot, window, "To file within 7 days")
    view = window.caseload
    assert view.shown_label.text() == "Showing 1 of 2 clients"
    said = [message for _object, message, _politeness in announcements]
    assert said[-1] == f"Showing 1 of 2 clients. {POINTER}"
    assert window.statusBar().currentMessage() == said[-1]
    assert "not yet today" in view.outcome.itemData(view.outcome.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    # The one it points to lists the other.
    _choose(qtbot, window, "Eligible now: to file")
    assert view.shown_label.text() == "Showing 1 of 2 clients"
    said = [message for _object, message, _politeness in announcements]
    assert said[-1] == "Showing 1 of 2 clients."
