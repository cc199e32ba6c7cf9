"""H337-03: the supervising attorney marking a client's results reviewed one by one (F8, Alt+D)
read "1 result marked reviewed by A. Attorney. Edit > Undo takes the review back." after each
but the last, and nothing of how many of the client's results were left nor of the key to the
next: Down went to a row that waits for nobody (eligible now, does not apply).  Said as the last
one's words say who is left: "6 of Alejandra Orozco's results are still to review: F8 goes to
the next."."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import show_active
from tests.gui.test_next_result_to_review_v102 import _awaiting, _partly_reviewed


def test_h337_03_a_review_says_how_many_of_the_client_s_results_are_left_and_the_key_to_the_next(qtbot, window, repo, monkeypatch):
    view = _partly_reviewed(qtbot, window, repo, monkeypatch, "Alejandra Orozco")
    panel = view.eligibility
    show_active(qtbot, window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F8)  # the first result to review, row 2
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _awaiting(panel) == [4, 5, 7, 8, 9, 10])
    said = window.statusBar().currentMessage()
    assert said.startswith("1 result marked reviewed by ")
    assert "6 of Alejandra Orozco's results are still to review: F8 goes to the next." in said
    assert "Edit > Undo takes the review back." in said
