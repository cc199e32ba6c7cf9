"""K439: a paralegal reading History and the Edit menu after a day of edits met a count's days
named "conviction date" and "offense date", where the Record tab labels them "Convicted:" and
"Offense on:" and "Cannot save" names them so (K422-01, K425-01): one fact had two names.  They
are named by the row's labels in Edit > Undo, the "Saved:" line and History alike."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from clinic_app.model import Money, Payment

from tests.gui.conftest import open_on_record, probation_client, type_and_leave
from tests.gui.test_checklist_ledger_k29 import open_on_checklist
from tests.gui.test_history_said_in_words_x69 import _details_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k439_01_a_count_s_days_are_named_by_their_labels_in_undo_and_history(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Marta Reyes"))
    row = form.convictions.rows[0]
    type_and_leave(qtbot, row.offense_date, "2021-01-15")
    assert repo.get_client(client_id).cases[0].convictions[0].offense_date == date(2021, 1, 15)
    assert window.undo_action.text() == "&Undo Edit Case BA100001, PC 459, Offense on (Marta Reyes)"
    assert window.statusBar().currentMessage().startswith("Saved: Edit Case BA100001, PC 459, Offense on (Marta Reyes).")
    type_and_leave(qtbot, row.date, "2021-04-01")
    assert window.undo_action.text() == "&Undo Edit Case BA100001, PC 459, Convicted (Marta Reyes)"
    shown = _details_of(qtbot, window, "Record edited")
    assert "  Case BA100001, PC 459, Convicted: 2021-05-01 → 2021-04-01" in shown.splitlines(), shown
    history = window.client_view.history
    assert history.model.index(history.table.currentIndex().row(), 3).data() == "Case BA100001, PC 459, Convicted"
    shown = _details_of(qtbot, window, "Record edited", 1)
    assert "  Case BA100001, PC 459, Offense on: (nothing) → 2021-01-15" in shown.splitlines(), shown
    window.undo_stack.undo()
    _details_of(qtbot, window, "Undone: Edit Case BA100001, PC 459, Convicted")


def test_k439_01_a_row_stored_before_keeps_its_undo_words_and_says_the_change_by_label(qtbot, window, repo):
    """History's rows are worded as they are shown, from the records the log keeps: a row stored
    before reads its change by the labels too.  Only an undo's step, kept in its words as it was
    undone, still says "conviction date": the log is not written again."""
    client_id = repo.add_client(probation_client("Marta Reyes"))
    client = repo.get_client(client_id)
    client.cases[0].convictions[0].conviction_date = date(2021, 4, 1)
    repo.save_client(client, undoing="Edit Case BA100001, PC 459, conviction date")
    window.load()
    window.open_client(client_id)
    title = "Undone: Edit Case BA100001, PC 459, conviction date"
    shown = _details_of(qtbot, window, title)
    assert "  Case BA100001, PC 459, Convicted: 2021-05-01 → 2021-04-01" in shown.splitlines(), shown
    history = window.client_view.history
    assert history.model.index(history.table.currentIndex().row(), 3).data() == "Case BA100001, PC 459, Convicted"



def test_k439_01_a_count_removed_whole_reads_its_days_by_their_labels():
    """A count added or removed whole is said by its fields ("Case BA100001, counts: ..."), its
    days by the row's labels as one of them changed is."""
    from ui.models.history_model import value_said

    count = {"id": "c1-2", "code": "PC", "section": "484", "level": "misdemeanor",
             "conviction_date": "2021-05-01", "offense_date": "2021-01-15"}
    assert value_said(count, {}) == "PC 484 (level: “misdemeanor”, Convicted: 2021-05-01, Offense on: 2021-01-15)"


def _fines_in_two_cases():
    """Nora Caso: a fine of $500 in each of two cases, $300 paid on each on one day."""
    client = probation_client("Nora Caso", probation_end=date(2027, 6, 1))
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA200002"
    second.convictions[0].id = "c2-1"
    client.cases.append(second)
    for case in client.cases:
        case.money = Money(fines_ordered=500)
        case.money.record_payment(Payment(kind="fine", date=date(2026, 11, 22), amount=300))
    return client


def test_k439_02_undo_of_a_payment_removed_names_its_case_where_two_have_fines(qtbot, window, repo):
    view = open_on_checklist(window, repo, _fines_in_two_cases())
    table = view.checklist.control("c2", "payments")
    table.selectionModel().select(table.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(view.checklist.control("c2", "remove payment"), Qt.MouseButton.LeftButton)
    assert repo.get_client(view.client.id).cases[1].money.payments == []
    step = "Remove payment of $300 toward fine (2026-11-22) from case BA200002 (Nora Caso)"
    assert window.undo_action.text() == f"&Undo {step}"
    window.undo_action.trigger()
    assert window.statusBar().currentMessage().startswith(f"Undone: {step}")
    assert len(repo.get_client(view.client.id).cases[1].money.payments) == 1


def test_k439_03_undo_of_a_payment_made_names_its_case_where_two_have_fines(qtbot, window, repo):
    # The paying side of K439-02: "Undo Payment of $50 toward fine on 2026-11-20" named no case.
    view = open_on_checklist(window, repo, _fines_in_two_cases())
    form = view.checklist.payment_forms["c2"]
    form.date.setText("2026-11-20")
    form.amount.setText("50")
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    assert len(repo.get_client(view.client.id).cases[1].money.payments) == 2
    step = "Payment of $50 toward fine on 2026-11-20 to case BA200002 (Nora Caso)"
    assert window.undo_action.text() == f"&Undo {step}"
    window.undo_action.trigger()
    assert window.statusBar().currentMessage().startswith(f"Undone: {step}")
    assert len(repo.get_client(view.client.id).cases[1].money.payments) == 1
