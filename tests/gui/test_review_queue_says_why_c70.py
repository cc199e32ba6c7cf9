"""C70-01: on the attorney's queue (the caseload's Review needed tick, Alt+R) most lines read
"Eligible now / File now": a client is there for a result other than the best outcome, and the
line did not say which or why (K66, closing note 45).  Under the tick, each line's Next action
now says why the client is on the queue, in a few words: the relief, the count and what is open
("To review: PC 1203.425 automatic relief for VC 23152(b): open question"), a denial since the
ruling not reviewed, or both; its tooltip and a screen reader say the line's Next action after
it.  Untick, and the line reads "File now" again.  Marking the result reviewed takes the client
off the queue; Undo brings the line back with its words.  `clinic-app list --review` says the
same words (tests/cli/test_list_review_k66.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Petition
from tests.gui.conftest import probation_client, review_by_keyboard
from ui.models.caseload_model import COL_NAME, COL_NEXT, NextActionDayRole, ShortNextActionRole
from ui.models.determination_model import COL_REMEDY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _lines(window) -> dict[str, str]:
    model = window.caseload.model
    return {model.index(row, COL_NAME).data(): model.index(row, COL_NEXT).data() for row in range(model.rowCount())}


def _dui(name: str, case_number: str):
    """Eligible now for PC 1203.4 (File now); PC 1203.425 needs review: whether automatic
    relief covers a DUI is an open question."""
    client = probation_client(name, section="23152(b)", case_number=case_number)
    client.cases[0].convictions[0].code = "VC"
    return client


def test_c70_01_each_line_of_the_queue_says_why_the_client_is_on_it(qtbot, window, repo):
    open_question = repo.add_client(_dui("Olga Abierta", "BA100003"))
    both = _dui("Berta Ambas", "BA100004")
    both.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ruling="denied", ruling_on=date(2026, 11, 20))]
    both_id = repo.add_client(both)
    repo.add_client(probation_client("Eva Elegible", case_number="BA100002"))  # nothing to review
    window.load()
    for client_id in (open_question, both_id):
        window.open_client(client_id)  # screened and stored as the window does
    qtbot.keyClick(window.client_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # back to the caseload
    caseload = window.caseload
    assert _lines(window)["Olga Abierta"] == "File now"  # the whole list: the line's own Next action

    caseload.search.setFocus()
    qtbot.keyClick(caseload.search, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Review needed
    qtbot.waitUntil(caseload.review.isChecked)  # a mnemonic clicks after its animation
    why = "To review: PC 1203.425 automatic relief for VC 23152(b): open question: whether automatic relief covers a DUI (VC 23152(b))"
    assert _lines(window) == {"Olga Abierta": why,
                              "Berta Ambas": "To review: PC 1203.425 automatic relief for VC 23152(b): open question: whether "
                                             "automatic relief covers a DUI (VC 23152(b)); denied 2026-11-20: attorney to review"}
    model = window.caseload.model
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == "Olga Abierta")
    cell = model.index(row, COL_NEXT)
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == f"{why}. Next action: File now"
    assert cell.data(Qt.ItemDataRole.AccessibleDescriptionRole) == f"{why}. Next action: File now"
    # Its fewer words are the queue's, not the line's own "File now" (S129-01: cut at a word's end).
    assert cell.data(ShortNextActionRole) == why.removeprefix("To review: ") and cell.data(NextActionDayRole) is None

    # The attorney opens her from the queue (Enter), Alt+L, the 1203.425 row, Alt+D, a note,
    # Ctrl+Enter; back on the list (Ctrl+L), she has left the queue.  Undo puts her line back.
    caseload.table.setFocus()
    caseload.table.setCurrentIndex(caseload.proxy.index(row, COL_NAME))
    qtbot.keyClick(caseload.table, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    panel = window.client_view.eligibility
    panel.table.setFocus()
    while "(PC 1203.425)" not in panel.proxy.index(panel.table.currentIndex().row(), COL_REMEDY).data():
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    review_by_keyboard(qtbot, "Not covered: the petition route")
    qtbot.waitUntil(lambda: len(repo.reviews(open_question)) == 1)
    window.activateWindow()  # the dialog gone (offscreen, nothing gives the window back its keys)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Olga Abierta" not in _lines(window))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _lines(window).get("Olga Abierta") == why)

    # Untick: the lines say their Next action again.
    caseload.search.setFocus()
    qtbot.keyClick(caseload.search, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not caseload.review.isChecked())
    assert _lines(window)["Berta Ambas"] == "Denied 2026-11-20: attorney to review"
    assert _lines(window)["Olga Abierta"] == "File now"
