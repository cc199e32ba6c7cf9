"""K66-01: the attorney's queue left out a denial.  A paralegal typed "Denied" on a client's
petition; the line read "Denied 2026-11-20: attorney to review", and yet the caseload's
"Attorney review" count stayed as it was and the "Review needed" tick did not list the client
(the queue counted results that need review only): a supervising attorney working the queue
never met the denial.  It is on the queue now until the denied results are marked reviewed,
and leaves it then; Edit > Undo of the review puts it back.  All by keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Petition
from tests.gui.conftest import probation_client, review_by_keyboard
from ui.models.caseload_model import COL_NAME
from ui.models.determination_model import COL_REMEDY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _listed(window) -> list[str]:
    model = window.caseload.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def test_k66_01_a_denial_to_review_is_on_the_attorneys_queue_until_reviewed(qtbot, window, repo):
    denied = probation_client("Dora Denegada")
    denied.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ruling="denied", ruling_on=date(2026, 11, 20))]
    client_id = repo.add_client(denied)
    repo.add_client(probation_client("Eva Elegible", case_number="BA100002"))
    window.load()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_client(client_id)  # screened and stored as the window does
    qtbot.keyClick(window.client_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # back to the caseload
    caseload = window.caseload
    assert not repo.awaiting_review(client_id)  # no result needs review: only the denial waits
    assert caseload.count_buttons["review"].text() == "Attorney review: 1"
    caseload.search.setFocus()
    qtbot.keyClick(caseload.search, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Review needed
    qtbot.waitUntil(caseload.review.isChecked)  # a mnemonic clicks after its animation
    assert _listed(window) == ["Dora Denegada"]

    # The attorney opens her (Enter on the list), goes to Eligibility (Alt+L) and marks the
    # denied result reviewed.
    caseload.table.setFocus()
    qtbot.keyClick(caseload.table, Qt.Key.Key_Return)
    view = window.client_view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentIndex() == 2
    panel = view.eligibility
    panel.table.setFocus()
    while "(PC 1203.4)" not in panel.proxy.index(panel.table.currentIndex().row(), COL_REMEDY).data():
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    review_by_keyboard(qtbot, "Read the minute order: not filing again")
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == 1)
    window.activateWindow()  # the dialog gone (offscreen, nothing gives the window back its keys)
    qtbot.waitUntil(window.isActiveWindow)
    assert caseload.count_buttons["review"].text() == "Attorney review: 0"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert caseload.review.isChecked()
    assert _listed(window) == []

    # A mistaken review taken back: the denial is the attorney's again.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not repo.reviews(client_id))
    assert caseload.count_buttons["review"].text() == "Attorney review: 1"
    assert _listed(window) == ["Dora Denegada"]
