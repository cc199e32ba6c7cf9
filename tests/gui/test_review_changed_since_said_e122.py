"""E122-04: the paralegal changed a fact an attorney's review was given on; the Eligibility tab
said of it "Earlier review, of other facts: ..." and "review it again", and not which facts:
the attorney, asked to look again at an event, had to find the edit on the History tab among
the screenings.  The review's note now ends with what was changed since it was kept, in
History's words: "(changed since: Case GA377991, probation end)"."""

from __future__ import annotations

import pytest

from tests.gui.test_review_set_aside_said_e122 import _reviewed, _save_probation_end

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _reviewed_cell(window) -> str:
    """The Reviewed cell of the PC 1203.4 row, chosen: its details say the same."""
    panel = window.client_view.eligibility
    window.client_view.tabs.setCurrentIndex(2)
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 2).data() == "Dismissal after probation (PC 1203.4)")
    panel.table.setCurrentIndex(panel.proxy.index(row, 0))
    said = panel.proxy.index(row, panel.proxy.columnCount() - 1).data()
    assert said in " ".join(panel.details.toPlainText().split())
    return said


def test_e122_04_a_review_of_other_facts_says_what_changed_since(qtbot, window, repo):
    _reviewed(qtbot, window, repo)
    assert _reviewed_cell(window).endswith(": Fines paid in 2009: file it")
    _save_probation_end(qtbot, window, "2009-10-30")
    said = _reviewed_cell(window)
    assert said.startswith("Earlier review, of other facts: ")
    assert said.endswith(": Fines paid in 2009: file it (changed since: Case GA377991, probation end)"), said
