"""K66-04: the History tab's details of an attorney's review, read by keyboard.  The row said
"Attorney review: Dismissal after probation (PC 1203.4) on BA100001, PC 459: Docket read
(reviewer: ...)", and the details under it "review review" and the record as the log keeps it
({'case': 'c1', ..., 'facts_hash': '7fce08...', 'answer': 'c35326...'}); a review taken back by
Edit > Undo showed "review withdraw" and nothing else, so the attorney checking the audit could
not tell from the details which review was undone.  Both now say the row's words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import eligibility_by_keyboard, probation_client, review_by_keyboard
from tests.gui.test_review_queue_a29 import unsentenced

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_k66_04_a_review_and_its_undoing_are_said_in_words_in_the_history_details(qtbot, window, repo):
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    repo.add_client(probation_client("Eva Elegible", case_number="BA100002"))
    panel = eligibility_by_keyboard(qtbot, window, client_id)
    panel.table.setFocus()
    review_by_keyboard(qtbot, "Docket read")
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # a mistake: undone
    qtbot.waitUntil(lambda: not repo.reviews(client_id))

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # History
    history = window.client_view.history
    assert QApplication.focusWidget() is history.table
    said = history.model.index(0, 3).data()
    assert said.startswith("Dismissal after probation (PC 1203.4) on BA100001, PC 459: Docket read")
    qtbot.keyClick(history.table, Qt.Key.Key_Home)  # the newest: the review undone
    undone = history.details.toPlainText().splitlines()
    assert undone[0].endswith(": Attorney review undone")
    assert undone[1:] == [f"  {said}"]
    qtbot.keyClick(history.table, Qt.Key.Key_Down)  # the review itself
    reviewed = history.details.toPlainText()
    assert reviewed.splitlines()[0].endswith(": Attorney review")
    assert f"  {said}" in reviewed.splitlines()
    assert "facts_hash" not in reviewed
