"""V109: the supervising attorney going through an event's queue at the end of the day.

V109-01: a client opened from Review needed opened on the first result to review, and a screen
reader heard which row of how many; the status bar showed nothing of it, or still the last
client's "1 result marked reviewed by attorney. Edit > Undo takes the review back." (held 8 s),
read under the next client's name as if said of them.  Opened from the queue, the status bar now
says the row as F8 says it: "Result to review 1 of 5: row 2 of 6, ...", in place of the last
client's words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import show_active
from tests.gui.test_opened_from_review_queue_u93 import _open_with_enter, _opened_from_the_queue, _stored
from ui.client_view import TAB_ELIGIBILITY
from ui.eligibility_view import ReviewDialog


def _notes_accepted(monkeypatch) -> None:
    def accept(dialog):
        dialog.note.setPlainText("Docket checked")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)


def test_v109_01_opened_from_the_queue_the_status_bar_says_which_result_of_how_many(qtbot, window, repo, monkeypatch):
    client_id = _opened_from_the_queue(qtbot, window, repo, monkeypatch)
    window.statusBar().showMessage("1 result marked reviewed by attorney. Edit > Undo takes the review back.", 8000)
    _open_with_enter(qtbot, window, client_id)
    panel = window.client_view.eligibility
    assert window.client_view.tabs.currentIndex() == TAB_ELIGIBILITY
    waiting = len(panel.rows_to_review())
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Result to review 1 of {waiting}: row 2 of 6, Case BA100001, PC 459"), said
    assert "marked reviewed" not in said


def test_v109_01_the_next_client_of_the_queue_is_not_told_the_last_ones_review(qtbot, window, repo, monkeypatch):
    _notes_accepted(monkeypatch)
    first, second = (_stored(window, repo, name) for name in ("Alejandra Orozco", "Bruno Ramos"))
    window.load()
    show_active(qtbot, window)  # Alt+D goes to the active window
    window.caseload.review.setChecked(True)
    _open_with_enter(qtbot, window, first)
    panel = window.client_view.eligibility
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)  # Mark reviewed...
    assert window.statusBar().currentMessage().startswith("1 result marked reviewed")
    assert window.show_caseload()
    _open_with_enter(qtbot, window, second)
    said = window.statusBar().currentMessage()
    assert said.startswith("Result to review 1 of "), said
    assert "marked reviewed" not in said
