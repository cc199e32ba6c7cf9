"""The attorney's queue emptied (V100): the last client reviewed at the end of a clinic day, the
list under Review needed read "No client has what the filters ask for. Set them back to
“Any”, ...", as if the filter had gone wrong, where the work was done; and on a caseload of
clients not screened yet (a laptop's day imported, not re-screened) the same words stood for
a queue nobody could yet know."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog  # noqa: E402

from tests.gui.conftest import show_active  # noqa: E402
from tests.gui.test_review_queue_a29 import unsentenced  # noqa: E402
from ui.eligibility_view import ReviewDialog  # noqa: E402


def _mark_all_reviewed_by_keys(qtbot, window, monkeypatch) -> None:
    def accept(dialog):
        dialog.note.setPlainText("Docket checked")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)
    panel = window.client_view.eligibility
    qtbot.keyClick(panel.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.caseload.count_buttons["review"].text() == "Attorney review: 0")


def test_v100_02_the_last_client_reviewed_leaves_a_list_that_says_the_queue_is_done(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    window.load()
    window.open_client(client_id)  # screened and stored, as intake does
    window.show_caseload()
    show_active(qtbot, window)
    caseload = window.caseload
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(caseload.review.isChecked)
    assert caseload.model.rowCount() == 1
    caseload.table.setFocus()
    qtbot.keyClick(caseload.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.client_view.eligibility.table.hasFocus())
    _mark_all_reviewed_by_keys(qtbot, window, monkeypatch)
    show_active(qtbot, window)
    qtbot.keyClick(window.client_view.eligibility.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to the caseload
    qtbot.waitUntil(caseload.empty.isVisible)
    said = caseload.empty_label.text()
    assert said.startswith("No client is waiting for an attorney's review: every result to review and every denial is reviewed.")
    assert "filters ask for" not in said
    assert "not screened" not in said

    # Another filter chosen beside it: the list may be empty for that filter's sake.
    caseload.review.setChecked(False)
    caseload.language.setCurrentIndex(caseload.language.findText("Spanish"))
    caseload.review.setChecked(True)
    assert caseload.empty_label.text().startswith("No client has what the filters ask for")


def test_v100_02_a_queue_of_clients_not_screened_yet_is_not_said_done(qtbot, window, repo):
    repo.add_client(unsentenced("Rosa Díaz"))
    repo.add_client(unsentenced("Ana Ruiz"))  # neither screened: an import not re-screened yet
    window.load()
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.caseload.empty.isVisible)
    said = window.caseload.empty_label.text()
    assert said.startswith("No client is waiting for an attorney's review yet, but 2 clients are not screened yet")
    assert "is reviewed" not in said
