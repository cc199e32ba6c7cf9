"""P101-02: the window left open overnight into a new month (the office's computer, 30
November to 1 December): back on the list from a client (Ctrl+L), "Probation ended last month"
still listed October's probations, and "Hearing within 7 days" the week counted from the day
it was chosen, under the status line that had moved on to the new day (G18-06).  The filters
that count from today are filtered again for the new day on coming back to the list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Petition
from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _names(caseload) -> list[str]:
    return sorted(caseload.proxy.index(row, 0).data() for row in range(caseload.proxy.rowCount()))


def _open_and_come_back(qtbot, window, next_day: date) -> None:
    """Enter on the list's first line, the clock past midnight meanwhile, and Ctrl+L."""
    caseload = window.caseload
    caseload.table.setFocus()
    caseload.table.selectRow(0)
    qtbot.keyClick(caseload.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.client_view
    window._fixed_today = next_day
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, CTRL)
    assert window.pages.currentWidget() is caseload


def test_p101_02_probation_ended_last_month_follows_the_new_month(qtbot, window, repo):
    # The window's day is 2026-11-22: last month is October; on 2026-12-01 it is November.
    repo.add_client(probation_client("Ana Octubre", case_number="BA500001", probation_end=date(2026, 10, 9)))
    repo.add_client(probation_client("Nico Noviembre", case_number="BA500002", probation_end=date(2026, 11, 3)))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    caseload = window.caseload
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, ALT)  # &Outcome:
    qtbot.keyClick(caseload.outcome, Qt.Key.Key_End)
    assert caseload.outcome.currentText() == "Probation ended last month"
    assert _names(caseload) == ["Ana Octubre"]

    _open_and_come_back(qtbot, window, date(2026, 12, 1))
    assert caseload.outcome.currentText() == "Probation ended last month"  # the choice kept
    assert _names(caseload) == ["Nico Noviembre"]
    assert caseload.shown_label.text() == "Showing 1 of 2 clients"


def test_p101_02_hearing_within_7_days_counts_from_the_new_day(qtbot, window, repo):
    for name, number, hearing in (("Hugo Soon", "BA600001", TODAY + timedelta(days=2)),
                                  ("Lia Later", "BA600002", TODAY + timedelta(days=9))):
        client = probation_client(name, case_number=number)
        client.cases[0].petitions = [Petition("pc1203_4", TODAY - timedelta(days=40), hearing_on=hearing)]
        repo.add_client(client)
    rescreen_caseload(repo, TODAY, workers=1)  # where the court stands is read from the screening's line
    window.load()
    caseload = window.caseload
    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Hearing within 7 days"))
    assert _names(caseload) == ["Hugo Soon"]

    _open_and_come_back(qtbot, window, TODAY + timedelta(days=4))  # Hugo's hearing held, Lia's in 5 days
    assert caseload.outcome.currentText() == "Hearing within 7 days"
    assert _names(caseload) == ["Lia Later"]
