"""A70-04: Edit > Undo names a petition's edit briefly, and the petition once.

N64-03 named a petition in the history's words, "Case BA100001, the PC 1203.4 dismissal
petition filed 2026-11-02, ruling", and Edit > Undo took the same words: a ruling typed with
its day read "Undo Edit Case BA100001: the PC 1203.4 dismissal petition filed 2026-11-02,
ruling; the PC 1203.4 dismissal petition filed 2026-11-02, ruling on (Paula Peticiones)",
the petition said twice, and the Edit menu as wide as the sentence.  The menu now reads
"Case BA100001, PC 1203.4 petition of 2026-11-02: ruling, ruled on" (its day named as the row
labels it, H351-02); the History tab keeps the full words.
"""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from tests.gui.conftest import open_on_record, probation_client, type_over
from tests.gui.menus import menu

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_undo_names_the_petition_once_and_briefly(qtbot, window, repo):
    client = probation_client("Paula Peticiones")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2)), Petition("pc17b", date(2026, 11, 5))]
    client_id, form = open_on_record(window, repo, client)
    edit = menu(window, "Edit")
    wide_before = edit.sizeHint().width()
    row = form.petitions.rows[0]
    row.ruling.setFocus()
    row.ruling.setCurrentIndex(row.ruling.findData("granted"))
    type_over(qtbot, row.ruled, "2026-11-21")
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].ruling == "granted"
    said = "Edit Case BA100001, PC 1203.4 petition of 2026-11-02: ruling, ruled on (Paula Peticiones)"
    assert window.undo_stack.undoText() == said
    assert window.undo_action.text() == f"&Undo {said}"
    # The menu widens for it no more than by the words themselves (it was some 300 px wider).
    assert edit.sizeHint().width() - wide_before < edit.fontMetrics().horizontalAdvance(said) + 20
    # A note on the other petition: it is told apart by its law and its day.
    form.petitions.rows[1].note.setText("CR-180 mailed")
    window.save_action.trigger()
    assert window.undo_stack.undoText() == "Edit Case BA100001, PC 17(b) petition of 2026-11-05, note (Paula Peticiones)"
    # The History tab still says it in full.
    window.client_view.tabs.setCurrentIndex(3)
    history = window.client_view.history
    qtbot.waitUntil(lambda: history.model.rowCount() >= 2)
    changed = " | ".join(str(history.model.index(row, 3).data()) for row in range(history.model.rowCount()))
    assert "the PC 1203.4 dismissal petition filed 2026-11-02" in changed, changed
