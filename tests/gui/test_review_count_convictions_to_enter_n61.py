"""N61-01 in the window: the "Attorney review" count and filter leave out a client whose only
gap is a case's counts still to type (Next action "Enter the convictions"); "Cases still to
enter" lists them.  A client with another answer to review is still counted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.db.test_convictions_to_enter_not_reviewed_n61 import and_a_count_to_review, counts_not_typed
from tests.gui.caseload_lines import lines, load_caseload

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_n61_the_review_count_leaves_out_counts_still_to_type(qtbot, window, repo):
    caseload = load_caseload(window, repo, (counts_not_typed, and_a_count_to_review))
    button = caseload.count_buttons["review"]
    assert button.text() == "Attorney review: 1"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert set(lines(caseload)) == {"Rosa Díaz"}
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Cases still to enter"))
    assert lines(caseload)["Carlos Cuenta"] == ("Needs review", "Enter the convictions")
    assert set(lines(caseload)) == {"Carlos Cuenta", "Rosa Díaz"}
    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Needs review"))
    assert set(lines(caseload)) == {"Rosa Díaz"}
    tip = caseload.outcome.itemData(caseload.outcome.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert "Cases still to enter" in tip and f"clinic-app list --db {repo.path} --outcome needs_review" in tip
