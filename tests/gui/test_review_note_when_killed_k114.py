"""K114-02: an attorney at a clinic event was writing a review note (what they checked on the
docket, why the result stands) when the laptop's battery died.  The note was nowhere: it lived
only in the dialog until Mark reviewed, and the next review of that result began on an empty
box.  It is now kept in the caseload a moment after each key, as the Record tab's typing is
(D28-02), and put back, said so, when the same results are next marked reviewed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog

from tests.gui.test_review_queue_a29 import unsentenced
from tests.stopped_process import kill_when_stopped
from ui.eligibility_view import ReviewDialog
from ui.models.determination_model import COL_CASE, COL_CONVICTION, COL_REMEDY

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

TREE = Path(__file__).parent.parent.parent
SELECT_ROW_ALONE = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
TYPED_FOR = ("BA100001", "PC 459", "Dismissal after probation (PC 1203.4)")  # the row the note was typed for
NOTE = "Docket checked: probation terminated early on 2019-04-02, minute order in the file."


def _review_note_typed_then_killed(path: Path, client_id: int) -> None:
    kill_when_stopped([sys.executable, str(Path(__file__).parent / "typing_child.py"), str(path), str(client_id), NOTE, "review"],
                      cwd=TREE, env=dict(os.environ, PYTHONPATH=str(TREE), QT_QPA_PLATFORM="offscreen"),
                      what="the review dialog did not keep its note")


def _row_said(panel, row: int) -> tuple:
    return tuple(panel.proxy.index(row, column).data() for column in (COL_CASE, COL_CONVICTION, COL_REMEDY))


def _review_row(window, client_id: int, monkeypatch, said: tuple, *, add: str = "") -> tuple[str, str]:
    """Review the Eligibility tab's row that says `said` (case, count, remedy): the note and hint
    the dialog opened with."""
    shown = []

    def mark(dialog):
        shown.append((dialog.note.toPlainText(), dialog.hint.text()))
        dialog.note.setPlainText(dialog.note.toPlainText() + add)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", mark)
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(2)
    panel = view.eligibility
    row = next(row for row in range(panel.proxy.rowCount()) if _row_said(panel, row) == said)
    # That row alone (selectRow adds to the selection while a modifier an earlier test pressed is held).
    panel.table.selectionModel().setCurrentIndex(panel.proxy.index(row, 0), SELECT_ROW_ALONE)
    panel._review()
    return shown[0]


def test_k114_02_a_review_note_written_when_the_window_is_killed_is_back_for_the_same_result(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    _review_note_typed_then_killed(Path(repo.path), client_id)
    assert repo.reviews(client_id) == []  # never recorded

    note, hint = _review_row(window, client_id, monkeypatch, TYPED_FOR, add=" Ok.")
    assert note == NOTE
    assert hint.startswith("This note was typed when Clinic Desk stopped at ") and "before the review was recorded" in hint, hint
    (review,) = repo.reviews(client_id)
    assert review.note == NOTE + " Ok."
    assert repo.draft(client_id, of="review") is None  # recorded: not offered again


def test_k114_02_a_note_kept_for_other_results_is_not_put_in_this_review(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    _review_note_typed_then_killed(Path(repo.path), client_id)

    other = ("BA100001", "PC 484", "Dismissal after probation (PC 1203.4)")
    note, hint = _review_row(window, client_id, monkeypatch, other, add="Sentence checked")
    assert note == "" and not hint.startswith("This note was typed")
    # Another result reviewed first: the note kept for its own waits for it.
    note, hint = _review_row(window, client_id, monkeypatch, TYPED_FOR)
    assert note == NOTE and hint.startswith("This note was typed")
