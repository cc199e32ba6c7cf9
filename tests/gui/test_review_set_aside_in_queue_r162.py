"""R162-05: the attorney reviewed Rosa's (synthetic) PC 1203.4 result; the paralegal then put a
fact right (the probation's last day), so that review was of other facts and no longer counted:
the save said "waiting for the attorney again: PC 1203.4 ...", the caseload listed her under
Review needed, and the row read "Earlier review, of other facts: ...".  But the Eligibility tab's
queue took any review kept as done: F8 passed the row by and "Result to review n of m" left it
out, so the attorney, sent back to her, could not reach the one result waiting."""

from __future__ import annotations

import pytest

from tests.gui.test_review_set_aside_said_e122 import _reviewed, _save_probation_end

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _dismissal_row(panel) -> int:
    return next(r for r in range(panel.proxy.rowCount())
                if panel.proxy.index(r, 2).data() == "Dismissal after probation (PC 1203.4)")


def test_r162_05_a_result_whose_review_no_longer_counts_is_on_the_tabs_queue(qtbot, window, repo):
    client_id = _reviewed(qtbot, window, repo)
    panel = window.client_view.eligibility
    assert _dismissal_row(panel) not in panel.rows_to_review()  # reviewed on these facts: done
    _save_probation_end(qtbot, window, "2009-10-30")
    assert repo.awaiting_review(client_id)
    window.client_view.tabs.setCurrentIndex(2)
    row = _dismissal_row(panel)
    assert panel.proxy.index(row, panel.proxy.columnCount() - 1).data().startswith("Earlier review, of other facts: ")
    assert row in panel.rows_to_review()
    panel.table.setCurrentIndex(panel.proxy.index(0 if row else 1, 0))
    said = ""
    for _ in panel.rows_to_review():  # F8 from one to the next reaches it
        said = panel.choose_next_to_review()
        if panel.table.currentIndex().row() == row:
            break
    assert panel.table.currentIndex().row() == row, said
    assert said.startswith("Result to review "), said
