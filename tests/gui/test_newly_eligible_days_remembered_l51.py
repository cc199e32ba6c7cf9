"""L51: the day beside "Newly eligible" (E48) started a week back at each start of the
program, whatever the paralegal had set it to: a clinic re-screening every two weeks set it
14 days back each morning.  How many days back it was last set to is now kept on this
computer (QSettings, as the theme and the reviewer's name are), as a number of days: a day
kept as such would slide further back each day the program is opened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDateTimeEdit

from tests.gui.conftest import TODAY, let_go

NEWLY_ELIGIBLE_DAYS_SETTING = "caseload/newly_eligible_days"  # ui.caseload_view's


def _reopened(repo, today: date):
    from ui.main_window import MainWindow

    window = MainWindow(repo, today=today, automatic_backups=False)
    window.show()
    window.load()
    return window


def test_l51_the_newly_eligible_days_back_are_remembered_between_sessions(qtbot, window, repo):
    # The settings are the tests' own (tests/gui/conftest.py), never the user's.
    assert "ClinicDeskTests" in QSettings().fileName()
    window.load()
    since = window.caseload.newly_since
    assert window.caseload.newly_eligible_since() == date(2026, 11, 16)  # TODAY (2026-11-22) and the 6 days before
    since.setFocus()
    since.setSelectedSection(QDateTimeEdit.Section.YearSection)  # as Tab into it does
    qtbot.keyClicks(since, "2026-11-09")  # two weeks: this day and the 13 before
    qtbot.keyClick(since, Qt.Key.Key_Return)
    assert window.caseload.newly_eligible_since() == date(2026, 11, 9)
    let_go(window)

    # Opened again two days later: two weeks back from that day, not the day typed.
    tuesday = _reopened(repo, date(2026, 11, 24))
    try:
        assert tuesday.caseload.newly_eligible_since() == date(2026, 11, 11)
        assert tuesday.caseload.newly_since.text() == "2026-11-11"
        # A re-screen for an earlier day moves the day back to show its clients: no choice of
        # the paralegal's, so not remembered.
        tuesday.caseload.show_newly_eligible_since(date(2026, 10, 1))
    finally:
        let_go(tuesday)
    wednesday = _reopened(repo, date(2026, 11, 25))
    try:
        assert wednesday.caseload.newly_eligible_since() == date(2026, 11, 12)
    finally:
        let_go(wednesday)


def test_l51_a_day_to_come_or_a_damaged_setting_gives_a_week_back(qtbot, window, repo):
    window.load()
    window.caseload.newly_since.setDate(window.caseload.newly_since.date().addDays(30))  # after today: nobody yet
    assert QSettings().value(NEWLY_ELIGIBLE_DAYS_SETTING) is None
    let_go(window)
    for kept in ("fourteen", "0", "-3"):
        QSettings().setValue(NEWLY_ELIGIBLE_DAYS_SETTING, kept)
        again = _reopened(repo, TODAY)
        try:
            assert again.caseload.newly_eligible_since() == date(2026, 11, 16), kept
        finally:
            let_go(again)
