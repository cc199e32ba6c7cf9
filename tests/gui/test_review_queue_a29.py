"""The attorney's review queue in the window (A29): the caseload's "Attorney review" count and
its "Review needed" filter list the clients awaiting a review, not every client whose
screening says "needs review"; the Eligibility tab says when a review was of other facts."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from clinic_app.model import Case, Client, Conviction, Person
from ui.eligibility_view import ReviewDialog
from ui.models.determination_model import COL_REVIEWED


def unsentenced(name: str) -> Client:
    """Two counts with no sentence entered: six results need an attorney's review."""
    return Client(name=name, person=Person(dob=date(1985, 3, 14)), cases=[Case(
        id="c1", case_number="BA100001", disposition_date=date(2021, 5, 1),
        convictions=[Conviction(id="c1-1", section="459", level="misdemeanor", conviction_date=date(2021, 5, 1)),
                     Conviction(id="c1-2", section="484", level="misdemeanor", conviction_date=date(2021, 5, 1))])])


def _needs_review_rows(panel) -> list[int]:
    return [row for row in range(panel.proxy.rowCount()) if panel.proxy.index(row, 3).data() == "Needs review"]


def _review_one_at_a_time(qtbot, panel, monkeypatch) -> None:
    def accept(dialog):
        dialog.note.setPlainText("Docket checked")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)
    for row in _needs_review_rows(panel):
        panel.table.selectRow(row)
        qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)


def test_a_client_reviewed_in_full_leaves_the_queue_and_comes_back_when_the_facts_change(qtbot, window, repo, monkeypatch):
    waiting = repo.add_client(unsentenced("Ana Ruiz"))
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    window.load()
    for other in (waiting, client_id):
        window.open_client(other)  # screened and stored as the window does
    caseload = window.caseload
    assert caseload.count_buttons["review"].text() == "Attorney review: 2"

    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(2)
    panel = view.eligibility
    assert len(_needs_review_rows(panel)) == 6
    _review_one_at_a_time(qtbot, panel, monkeypatch)
    assert len(repo.reviews(client_id)) == 6
    assert caseload.count_buttons["review"].text() == "Attorney review: 1"
    caseload.review.setChecked(True)
    shown = [caseload.model.index(row, 0).data() for row in range(caseload.model.rowCount())]
    assert shown == ["Ana Ruiz"]
    assert all(panel.proxy.index(row, COL_REVIEWED).data().startswith("paralegal-test, ") for row in _needs_review_rows(panel))

    # A fact of the case changes: the reviews were of other facts, the client is back in the queue.
    after = copy.deepcopy(view.client)
    after.cases[0].convictions[0].offense_date = date(2021, 4, 2)
    view.commit(after, "Edit record")
    assert caseload.count_buttons["review"].text() == "Attorney review: 2"
    assert "Rosa Díaz" in [caseload.model.index(row, 0).data() for row in range(caseload.model.rowCount())]
    view.tabs.setCurrentIndex(2)
    rows = _needs_review_rows(panel)
    assert all(panel.proxy.index(row, COL_REVIEWED).data().startswith("Earlier review, of other facts: paralegal-test, ")
               for row in rows)
    panel.table.selectRow(rows[0])
    text = panel.details.toPlainText()
    assert "Attorney review: not reviewed for this answer on these facts; review it again." in text
    assert len(repo.reviews(client_id)) == 6  # the old reviews are kept


def test_several_results_are_reviewed_in_one_dialog_with_one_note(qtbot, window, repo, monkeypatch):
    """Six needs-review results took six dialogs (A29-02): Ctrl+click selects them, and one
    "Mark reviewed" names each and records them all with the one note."""
    client_id = repo.add_client(unsentenced("Rosa Díaz"))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(2)
    panel = view.eligibility
    rows = _needs_review_rows(panel)
    assert len(rows) == 6
    table = panel.table
    for n, row in enumerate(rows):
        table.scrollTo(panel.proxy.index(row, 2))
        rect = table.visualRect(panel.proxy.index(row, 2))
        modifier = Qt.KeyboardModifier.NoModifier if n == 0 else Qt.KeyboardModifier.ControlModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert len(panel.selected()) == 6
    dialogs = []

    def accept(dialog):
        dialogs.append((dialog.windowTitle(), dialog.what.toPlainText()))
        dialog.note.setPlainText("Docket and minute orders checked")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    assert len(dialogs) == 1
    title, listed = dialogs[0]
    assert title == "Attorney review of 6 results"
    assert listed.splitlines()[0] == "Case BA100001, PC 459: Dismissal after probation (PC 1203.4): Needs review"
    assert len(listed.splitlines()) == 6
    reviews = repo.reviews(client_id)
    assert [(rv.note, rv.conviction) for rv in reviews] == [("Docket and minute orders checked", c) for c in ["c1-1"] * 3 + ["c1-2"] * 3]
    assert not repo.awaiting_review(client_id)
    assert window.caseload.count_buttons["review"].text() == "Attorney review: 0"
