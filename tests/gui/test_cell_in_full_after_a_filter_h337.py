"""H337-04: the supervising attorney ticked Review needed (Alt+R), went down the list and along
to Next action to read why the first client waited: the column cut the words ("PC 1203.425
automatic relief for ..."), and the status bar kept "Showing 1 of 2 clients." for its eight
seconds, the cell whole nowhere; the cell in full (K97-01) gave way to the list's count, which
the filters' row shows anyway.  The count said, the cell the keyboard comes to is said whole
over it, as over nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client, show_active
from ui.models.caseload_model import COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_h337_04_the_cut_next_action_is_said_whole_at_once_after_review_needed_is_ticked(qtbot, window, repo):
    dui = probation_client("Olga Abierta", section="23152(b)", case_number="BA100003")
    dui.cases[0].convictions[0].code = "VC"
    client_id = repo.add_client(dui)
    repo.add_client(probation_client("Eva Elegible", case_number="BA100002"))  # nothing to review
    window.load()
    window.open_client(client_id)  # screened and stored, as the window does
    window.show_caseload()
    window.resize(900, 600)
    show_active(qtbot, window)
    caseload, bar = window.caseload, window.statusBar()
    caseload.search.setFocus()
    qtbot.keyClick(caseload.search, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Review needed
    qtbot.waitUntil(lambda: caseload.review.isChecked() and caseload.model.rowCount() == 1)
    assert bar.currentMessage().startswith("Showing 1 of 2 clients.")
    caseload.table.setFocus()
    for _ in range(COL_NEXT):
        qtbot.keyClick(caseload.table, Qt.Key.Key_Right)
    assert caseload.table.currentIndex().column() == COL_NEXT
    said = bar.currentMessage()
    assert said.startswith("Next action for Olga Abierta: To review: PC 1203.425 automatic relief for VC 23152(b): open question"), said
    # Back to a cell shown whole: the cell's words go, and nothing of the count stands in their place.
    qtbot.keyClick(caseload.table, Qt.Key.Key_Home)
    assert bar.currentMessage() == ""
