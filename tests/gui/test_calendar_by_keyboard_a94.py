"""A94-03: the As of date's calendar opened by the mouse alone.

The day a screening or a handout speaks for (the Eligibility tab's As of, the handout
preview's date, the caseload's "Newly eligible since") is a date box with a calendar, its
arrow drawn as a drop-down's; the tip said "or pick it from the calendar".  A paralegal at the
keyboard pressed Alt+Down or F4, as a drop-down opens, and nothing opened: only a click on the
arrow showed the month.  Now Alt+Down and F4 open the calendar on the box's day, the arrows
choose a day, Enter takes it (the client screened as of it once, as a day typed is, not as
of each day the arrows pass) and Escape closes it, the day unchanged; the focus comes back to the box either way."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from tests.gui.conftest import TODAY, probation_client, show_active
from ui.client_view import TAB_ELIGIBILITY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _calendar_shown() -> QCalendarWidget | None:
    return next((c for c in QApplication.instance().allWidgets() if isinstance(c, QCalendarWidget) and c.isVisible()), None)


def _keyboard_back_on(qtbot, window, box) -> None:
    """The box has the window's keyboard again once the calendar has closed.  (Offscreen, no
    window manager gives the window back its activation after a popup: it is asked for here.)"""
    qtbot.waitUntil(lambda: window.focusWidget() is box)
    window.activateWindow()
    qtbot.waitUntil(box.hasFocus)


@pytest.fixture
def as_of(qtbot, window, repo):
    """The Eligibility tab's As of box of an opened client, the keyboard on it."""
    client_id = repo.add_client(probation_client("Carla Calendario"))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    box = view.eligibility.as_of
    box.setFocus(Qt.FocusReason.ShortcutFocusReason)  # Alt+A, the As of label's key
    qtbot.waitUntil(box.hasFocus)
    return box


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)],
                         ids=["alt+down", "f4"])
def test_the_calendar_opens_from_the_keyboard_and_enter_takes_the_day(qtbot, window, as_of, keys):
    screened = []
    window.client_view.eligibility.as_of_changed.connect(screened.append)
    qtbot.keyClick(as_of, *keys)
    qtbot.waitUntil(lambda: _calendar_shown() is not None)
    calendar = _calendar_shown()
    assert calendar.selectedDate().toPython() == TODAY  # on the box's day
    qtbot.waitUntil(lambda: calendar.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is calendar)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # three days on
    assert screened == []  # not screened as of each day the arrows pass through
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _calendar_shown() is None)
    assert as_of.date().toPython() == TODAY + timedelta(days=3)
    qtbot.waitUntil(lambda: screened == [TODAY + timedelta(days=3)])  # screened once, as of the day taken
    _keyboard_back_on(qtbot, window, as_of)


def test_escape_closes_the_calendar_and_keeps_the_day(qtbot, window, as_of):
    screened = []
    window.client_view.eligibility.as_of_changed.connect(screened.append)
    qtbot.keyClick(as_of, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _calendar_shown() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _calendar_shown() is None)
    qtbot.waitUntil(lambda: as_of.date().toPython() == TODAY)
    qtbot.wait(50)
    assert screened == []
    assert window.client_view is not None and window.pages.currentWidget() is window.client_view  # Escape went no further
    _keyboard_back_on(qtbot, window, as_of)
    # Opened again, it takes a day as the first time did.
    qtbot.keyClick(as_of, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: _calendar_shown() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screened == [TODAY - timedelta(days=1)])


def test_the_tip_says_the_keys():
    from ui.forms import AsOfDateEdit

    assert "Alt+Down" in AsOfDateEdit(TODAY).toolTip()
