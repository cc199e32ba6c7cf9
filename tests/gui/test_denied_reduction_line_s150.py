"""S150-02: a felony wobbler whose PC 17(b) reduction the judge denied, its dismissal granted and
recorded, read on the caseload's line "Attorney review" and nothing of the denial, where a denied
dismissal reads "Denied <day>: attorney to review" (N148's client (b)).  The 17(b) is under
review (PC 459 with no degree), so it is no relief to file now, and the court's line read only
those.  A denied petition for relief under review is now said as one to file is, on the line and
in the attorney's queue's words; once the attorney marks the 17(b) reviewed on the Eligibility
tab, the line says the rest the attorney has to look at ("Attorney review": its Prop 47, automatic
relief and certificate), and "Denied <day>: reviewed by the attorney <day>" once nothing else waits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.court import CourtLine, court_from_json, court_json
from clinic_app.line_action import attorney_review
from tests.gui.conftest import review_by_keyboard
from tests.handouts.test_denial_means_said_n148 import RULED
from tests.handouts.test_denied_reduction_guns_s150 import _denied_reduction
from ui.models.caseload_model import COL_NAME, COL_NEXT
from ui.models.determination_model import COL_REMEDY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _next_action(window, name: str) -> str:
    model = window.caseload.model
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == name)
    return model.index(row, COL_NEXT).data()


def reduction_reviewed_by_keyboard(qtbot, window, repo, client_id: int) -> None:
    """The attorney opens the client from the caseload's line the keyboard is on, goes to
    Eligibility (Alt+L) and marks the 17(b) reviewed, by keyboard (K153-01 does it too)."""
    caseload = window.caseload
    caseload.table.setFocus()
    qtbot.keyClick(caseload.table, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    panel = window.client_view.eligibility
    panel.table.setFocus()
    while "(PC 17(b))" not in panel.proxy.index(panel.table.currentIndex().row(), COL_REMEDY).data():
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    review_by_keyboard(qtbot, "Read the minute order: the judge weighed the record")
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == 1)


def test_s150_02_the_line_says_the_reduction_denied_and_then_reviewed(qtbot, window, repo):
    client_id = repo.add_client(_denied_reduction())
    window.load()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_client(client_id)  # screened and stored as the window does
    qtbot.keyClick(window.client_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # back to the caseload
    assert _next_action(window, "Beto Reducido") == "Denied 2025-05-10: attorney to review"
    assert window.caseload.count_buttons["review"].text() == "Attorney review: 1"

    reduction_reviewed_by_keyboard(qtbot, window, repo, client_id)
    caseload = window.caseload
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    # The denial reviewed, the other results (Prop 47, automatic relief, certificate) still wait.
    assert _next_action(window, "Beto Reducido") == "Attorney review"
    assert caseload.count_buttons["review"].text() == "Attorney review: 1"


def test_s150_02_reviewed_with_nothing_else_waiting():
    line = CourtLine(None, ruling_on=RULED, denials=("x",), denied_under_review=True, reviewed_on=date(2026, 11, 20))
    said = attorney_review(False, line)
    assert (said.full, said.short) == ("Denied 2025-05-10: reviewed by the attorney 2026-11-20", "Denied: reviewed")
    assert attorney_review(True, line).full == "Attorney review"  # the rest still waits
    open_ = CourtLine(None, ruling_on=RULED, denials=("x",), denied_under_review=True, granted=True, granted_on=RULED)
    assert attorney_review(True, open_).full == ("Denied 2025-05-10: attorney to review; "
                                                 "granted 2025-05-10: record the relief on the count")


def test_s150_02_kept_with_the_line():
    line = CourtLine(None, ruling_on=RULED, denials=("x",), denied_under_review=True)
    assert court_from_json(court_json(line)) == line
