"""L64-01: the ledger line the paralegal sees chosen is the one Delete takes out.  End went to
the last column of the first line, which stayed chosen, and Delete took the first payment out
where the last was meant (C64); and after a payment added to a ledger of more than six lines,
scrolled to show it, Tab into the ledger chose the first line, out of sight, for Delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Money, Payment
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import _focus, open_on_checklist

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def with_payments(months: int):
    client = probation_client("Lena Ortiz")
    client.cases[0].money = Money(fines_ordered=1000, fines_paid=50 * months, payments=[
        Payment("fine", date(2025, month, 5), 50, f"R-{month}") for month in range(1, months + 1)])
    return client


def chosen_in_sight(ledger) -> str:
    """The receipt of the one line chosen, which must be in sight in the ledger."""
    rows = ledger.selectionModel().selectedRows()
    assert len(rows) == 1
    assert ledger.viewport().rect().contains(ledger.visualRect(rows[0]).center()), "the chosen line is out of sight"
    return ledger.model().index(rows[0].row(), 3).data()


def receipts(repo, client_id) -> list:
    return [p.receipt for p in repo.get_client(client_id).cases[0].money.payments]


def test_end_chooses_the_last_payment_and_delete_takes_that_one_out(qtbot, window, repo):
    view, client_id = open_on_checklist(qtbot, window, repo, with_payments(3))
    ledger = view.checklist.control("c1", "payments")
    _focus(qtbot, ledger)  # Tab in: the first line is chosen (K45-03)
    assert chosen_in_sight(ledger) == "R-1"
    qtbot.keyClick(ledger, Qt.Key.Key_End)
    assert chosen_in_sight(ledger) == "R-3"  # was R-1: End went to the Receipt column
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)
    assert receipts(repo, client_id) == ["R-1", "R-2"]
    ledger = view.checklist.control("c1", "payments")
    qtbot.keyClick(ledger, Qt.Key.Key_Home)
    assert chosen_in_sight(ledger) == "R-1"


def test_tab_into_a_long_ledger_after_a_payment_chooses_the_line_in_sight(qtbot, window, repo):
    view, client_id = open_on_checklist(qtbot, window, repo, with_payments(8))
    amount = view.checklist.payment_forms["c1"].amount
    _focus(qtbot, amount)
    qtbot.keyClicks(amount, "20")
    qtbot.keyClicks(view.checklist.payment_forms["c1"].receipt, "R-new")
    qtbot.keyClick(view.checklist.payment_forms["c1"].receipt, Qt.Key.Key_Return)
    assert receipts(repo, client_id)[-1] == "R-new"
    ledger = view.checklist.control("c1", "payments")
    qtbot.wait(20)  # the ledger scrolls to the payment just added once laid out (A38-02)
    _focus(qtbot, ledger)
    # It chose R-1, scrolled out of sight above the payment shown.
    assert chosen_in_sight(ledger) == "R-new"
    qtbot.keyClick(ledger, Qt.Key.Key_Home)
    assert chosen_in_sight(ledger) == "R-1"
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)
    assert receipts(repo, client_id) == [f"R-{month}" for month in range(2, 9)] + ["R-new"]
    ledger = view.checklist.control("c1", "payments")
    qtbot.keyClick(ledger, Qt.Key.Key_End)
    assert chosen_in_sight(ledger) == "R-new"
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)
    assert receipts(repo, client_id) == [f"R-{month}" for month in range(2, 9)]
