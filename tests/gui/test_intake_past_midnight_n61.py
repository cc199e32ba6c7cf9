"""N61-02: intake left open past midnight checks a day "after today" against the clock's day,
not the day it was opened.  A volunteer who opened it at 23:50 on the 22nd and added a case
at 00:10 with the 23rd typed (today's) was refused: "after today (2026-11-22)"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY, show_active, type_intake_case
from ui.intake import IntakeDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


class Clock:
    """The window's clock, moved by the test: the day it reads now."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def test_n61_intake_open_past_midnight_takes_the_new_days_date(qtbot, repo):
    clock = Clock(TODAY)  # opened at 23:50
    dialog = IntakeDialog(repo, today=clock, events=[])
    qtbot.addWidget(dialog, before_close_func=lambda d: d._clear_case())
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Mina Medianoche")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    tomorrow = TODAY + timedelta(days=1)
    # Still the 22nd: the 23rd is refused, as before.
    type_intake_case(qtbot, dialog, "24CR061", tomorrow.isoformat())
    assert dialog.case_message.text() == f"Convicted: after today ({TODAY.isoformat()}); a day gone by, check the year"
    assert repo.get_client(dialog.client.id).cases == []
    clock.day = tomorrow  # 00:10: the same typing is today's date now
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    stored = repo.get_client(dialog.client.id).cases
    assert [c.case_number for c in stored] == ["24CR061"]
    assert stored[0].convictions[0].conviction_date == tomorrow
    assert dialog.today == tomorrow  # and it is screened for the new day
    # The day after that is still refused, naming the new day.
    type_intake_case(qtbot, dialog, "24CR062", (tomorrow + timedelta(days=1)).isoformat())
    assert dialog.case_message.text() == f"Convicted: after today ({tomorrow.isoformat()}); a day gone by, check the year"
    qtbot.wait(50)  # the row's message laid out before the picture


def test_n61_the_window_gives_intake_its_clock(qtbot, window, monkeypatch):
    """The window's intake reads the window's day each time, not the day it was opened."""
    clock = Clock(TODAY)
    monkeypatch.setattr(type(window), "today", property(lambda _window: clock()))
    opened = []

    def shown(dialog):
        opened.append(dialog)
        return 0

    monkeypatch.setattr(IntakeDialog, "exec", shown)
    window.start_intake()
    assert opened[0].today == TODAY
    clock.day = TODAY + timedelta(days=1)
    assert opened[0].today == TODAY + timedelta(days=1)
