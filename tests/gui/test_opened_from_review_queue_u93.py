"""U93: a client opened from the attorney's queue opens on the first result to review.

Opened from "Review needed" (or the "Attorney review" count, which ticks it), the client opened
on the Record tab and the Eligibility tab (Alt+L) started on its first row: for Alejandra
Orozco of P92's day that was an "Eligible now" PC 851.91, and Alt+D (Mark reviewed) marked it
reviewed, the results waiting for the attorney further down.  Opened from the queue, the client
now opens on the Eligibility tab, on the first result the queue waits for, the keyboard on the
answers; opened otherwise, as before."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clinic_app.model import Case, Conviction
from tests.gui.conftest import probation_client
from ui.client_view import TAB_ELIGIBILITY, TAB_RECORD
from ui.models.determination_model import COL_REVIEWED, COL_STATUS


def _eligible_then_to_review(name: str):
    """A case eligible now (probation ended), then a case with no sentence entered: its results
    need an attorney's review."""
    client = probation_client(name)
    client.cases.append(Case(id="c2", case_number="BA200002", disposition_date=date(2022, 6, 1),
                             convictions=[Conviction(id="c2-1", section="484", level="misdemeanor",
                                                     conviction_date=date(2022, 6, 1))]))
    return client


def _status(panel, row: int) -> str:
    return panel.proxy.index(row, COL_STATUS).data()


def _open_with_enter(qtbot, window, client_id: int) -> None:
    caseload = window.caseload
    assert caseload.select_client(client_id)
    caseload.table.setFocus()
    qtbot.keyClick(caseload.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.client_view is not None and window.pages.currentWidget() is window.client_view)


def _stored(window, repo, name: str, event: str | None = None) -> int:
    client = _eligible_then_to_review(name)
    client.event = event
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)  # screened and stored, as the window does
    assert window.show_caseload()
    return client_id


def _first_reviewed(qtbot, window, monkeypatch) -> None:
    """The open client's first result (row 0, which needs review) marked reviewed, as a29's test
    marks it: the results after it still wait for the attorney, and row 0 is not one of them."""
    from PySide6.QtWidgets import QDialog

    from ui.eligibility_view import ReviewDialog

    def accept(dialog):
        dialog.note.setPlainText("Docket checked")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReviewDialog, "exec", accept)
    view = window.client_view
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    panel = view.eligibility
    assert _status(panel, 0) == "Needs review"
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.review_button, Qt.MouseButton.LeftButton)
    assert panel.proxy.index(0, COL_REVIEWED).data()


def _opened_from_the_queue(qtbot, window, repo, monkeypatch) -> int:
    """Alejandra, her first result reviewed, opened with Enter from Review needed: the row to
    review is the second of six."""
    client_id = repo.add_client(_eligible_then_to_review("Alejandra Orozco"))
    window.load()
    window.open_client(client_id)
    _first_reviewed(qtbot, window, monkeypatch)
    assert window.show_caseload()
    window.load()
    window.caseload.review.setChecked(True)
    return client_id


def test_opened_from_review_needed_it_opens_on_the_first_result_to_review(qtbot, window, repo, monkeypatch):
    client_id = _opened_from_the_queue(qtbot, window, repo, monkeypatch)
    _open_with_enter(qtbot, window, client_id)
    view = window.client_view
    panel = view.eligibility
    assert view.tabs.currentIndex() == TAB_ELIGIBILITY
    row = panel.table.currentIndex().row()
    assert row > 0 and _status(panel, row) == "Needs review"  # not row 0, reviewed already
    assert not panel.proxy.index(row, COL_REVIEWED).data()
    assert all(_status(panel, above) != "Needs review" or panel.proxy.index(above, COL_REVIEWED).data()
               for above in range(row))
    assert panel.table.hasFocus()  # Alt+D, Mark reviewed, is for that row
    assert panel.table.selectionModel().isRowSelected(row)
    assert panel.current() is not None and panel.current().status == "needs_review"


def test_the_attorney_review_count_opens_there_too(qtbot, window, repo):
    client_id = _stored(window, repo, "Alejandra Orozco")
    window.load()
    qtbot.mouseClick(window.caseload.count_buttons["review"], Qt.MouseButton.LeftButton)
    assert window.caseload.review.isChecked()
    _open_with_enter(qtbot, window, client_id)
    panel = window.client_view.eligibility
    assert window.client_view.tabs.currentIndex() == TAB_ELIGIBILITY
    assert _status(panel, panel.table.currentIndex().row()) == "Needs review"


def test_opened_otherwise_it_opens_as_before(qtbot, window, repo):
    client_id = _stored(window, repo, "Alejandra Orozco")
    window.load()
    _open_with_enter(qtbot, window, client_id)
    view = window.client_view
    assert view.tabs.currentIndex() == TAB_RECORD
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    assert view.eligibility.table.currentIndex().row() == 0
