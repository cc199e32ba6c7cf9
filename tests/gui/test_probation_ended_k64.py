"""K64-02: whose probation ended last month (who may be eligible for PC 1203.4 now) could not
be found in the window: no filter or search read a probation's end (C64).  The Outcome box's
"Probation ended last month" and "... this month" list them, from the cases as stored, as
`clinic-app list --probation-ended` does; a probation's end put right while the list shows them
brings the client in or takes them out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Violation
from tests.gui.conftest import probation_client

ALT = Qt.KeyboardModifier.AltModifier


def _names(caseload) -> list[str]:
    return sorted(caseload.proxy.index(row, 0).data() for row in range(caseload.proxy.rowCount()))


def test_k64_02_probation_ended_last_month_at_the_keyboard(qtbot, window, repo):
    # The window's day is 2026-11-22 (tests/gui/conftest.TODAY): last month is October.
    repo.add_client(probation_client("Ana Octubre", case_number="BA500001", probation_end=date(2026, 10, 9)))
    early = probation_client("Cruz Early", case_number="BA500002", probation_end=date(2027, 6, 1))
    early.cases[0].sentence.probation.early_termination = date(2026, 10, 30)  # ended early (PC 1203.3)
    repo.add_client(early)
    revoked = probation_client("Dora Revoked", case_number="BA500003", probation_end=date(2026, 10, 15))
    revoked.cases[0].sentence.probation.violations = [Violation(date(2025, 6, 1), "revoked")]
    repo.add_client(revoked)
    repo.add_client(probation_client("Nico Noviembre", case_number="BA500004", probation_end=date(2026, 11, 3)))
    later = repo.add_client(probation_client("Eva Later", case_number="BA500005", probation_end=date(2027, 3, 1)))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    caseload = window.caseload
    assert caseload.shown_label.text() == "Showing 5 of 5 clients"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, ALT)  # &Outcome:
    assert QApplication.focusWidget() is caseload.outcome
    qtbot.keyClick(caseload.outcome, Qt.Key.Key_End)  # the last item
    assert caseload.outcome.currentText() == "Probation ended last month"
    assert _names(caseload) == ["Ana Octubre", "Cruz Early"]
    assert caseload.shown_label.text() == "Showing 2 of 5 clients"
    qtbot.keyClick(caseload.outcome, Qt.Key.Key_Up)
    assert caseload.outcome.currentText() == "Probation ends this month"  # the days of it still to come too
    assert _names(caseload) == ["Nico Noviembre"]

    # Eva's probation put right to have ended this month: she joins the list shown.
    client = repo.get_client(later)
    client.cases[0].sentence.probation.end = date(2026, 11, 20)
    repo.save_client(client)
    caseload.update_client(next(row for row in repo.list_clients() if row.id == later))
    assert _names(caseload) == ["Eva Later", "Nico Noviembre"]
