"""M103-02: the window left open overnight (the office's computer), "Newly eligible since" stayed
on the day it was counted from at the start: on 22 November it said since 16 November (the last
7 days), and back on the list on the 23rd it still did, 8 days back, where a start on the 23rd
says since the 17th (L51 keeps the days back, not the day).  As P101-02's filters that count
from today, it moves on with the day on coming back to the list: as many days back as it was,
its count and, with the button down, the list with it."""

from __future__ import annotations

from datetime import date

from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_month_moved_on_while_open_p101 import _names, _open_and_come_back


def test_m103_02_newly_eligible_since_moves_on_with_the_day(qtbot, window, repo):
    repo.add_client(probation_client("Bea Monday", case_number="BA700001", probation_end=date(2026, 11, 10)))
    repo.add_client(probation_client("Cruz Friday", case_number="BA700002", probation_end=date(2026, 11, 18)))
    rescreen_caseload(repo, date(2026, 11, 5), workers=1)  # both on probation still
    rescreen_caseload(repo, date(2026, 11, 16), workers=1)  # Bea eligible now from the 16th
    rescreen_caseload(repo, date(2026, 11, 20), workers=1)  # Cruz from the 20th
    window.load()  # TODAY, 2026-11-22
    caseload = window.caseload
    newly = caseload.newly_eligible_button
    assert TODAY == date(2026, 11, 22) and caseload.newly_since.text() == "2026-11-16"  # this day and the 6 before
    assert newly.text().replace("&", "") == "Newly eligible: 2"
    newly.click()
    assert _names(caseload) == ["Bea Monday", "Cruz Friday"]

    _open_and_come_back(qtbot, window, date(2026, 11, 23))
    assert caseload.newly_eligible_since() == date(2026, 11, 17) and caseload.newly_since.text() == "2026-11-17"
    assert newly.text().replace("&", "") == "Newly eligible: 1"
    assert f"clinic-app list --db {repo.path} --newly-eligible-since 2026-11-17" in newly.toolTip()
    assert newly.isChecked() and _names(caseload) == ["Cruz Friday"]
    assert caseload.shown_label.text() == "Showing 1 of 2 clients"

    # A day chosen by hand on the new day is kept as chosen, not moved on again.
    caseload.newly_since.set_day_quietly(date(2026, 11, 10))
    caseload._newly_since_chosen(date(2026, 11, 10))
    _open_and_come_back(qtbot, window, date(2026, 11, 23))
    assert caseload.newly_since.text() == "2026-11-10" and _names(caseload) == ["Bea Monday", "Cruz Friday"]
