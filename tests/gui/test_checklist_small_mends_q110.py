"""Q110: small mends on the Checklist's payment ledger."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from clinic_app.model import Money
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_ledger_k29 import labels, open_on_checklist


def test_q110_01_a_paid_total_without_payments_is_not_said_as_nothing_paid(qtbot, window, repo):
    # An import's `paid` amount (a request carries the totals only, D23-04), no payment lines:
    # "Fines: $200 of $600 paid" stood over "No payments recorded yet.", read as a contradiction.
    client = probation_client("Ida Importe", probation_end=date(2027, 6, 1))
    client.cases[0].money = Money(fines_ordered=600, fines_paid=200)
    view = open_on_checklist(window, repo, client)
    said = labels(view)
    assert "Fines: $200 of $600 paid - $400 to go" in said
    assert "No payments recorded yet." not in said
    assert ("No payments entered one by one; $200 of the fines paid as a total "
            "(the case's \u201cFines paid\u201d, typed or imported).") in said


def test_q110_01_both_totals_are_said_and_a_zero_total_is_none_paid(qtbot, window, repo):
    client = probation_client("Ida Ambos", probation_end=date(2027, 6, 1), restitution_ordered=900, restitution_paid=300)
    client.cases[0].money.fines_ordered = 600
    client.cases[0].money.fines_paid = 200
    view = open_on_checklist(window, repo, client)
    assert ("No payments entered one by one; $200 of the fines and $300 of the restitution paid as totals "
            "(the case's \u201cFines paid\u201d and \u201cRestitution paid\u201d, typed or imported).") in labels(view)


def test_q110_01_nothing_paid_still_reads_no_payments_recorded(qtbot, window, repo):
    client = probation_client("Ida Cero", probation_end=date(2027, 6, 1), restitution_ordered=900, restitution_paid=0)
    view = open_on_checklist(window, repo, client)
    assert "No payments recorded yet." in labels(view)


def paid_up_and_owing(name: str):
    """Case c1 paid up ($600 of $600 fines), case c2 owing ($100 of $900 restitution)."""
    client = probation_client(name, probation_end=date(2027, 6, 1))
    client.cases[0].money = Money(fines_ordered=600, fines_paid=600)
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA100002"
    second.convictions[0].id = "c2-1"
    second.money = Money(restitution_ordered=900, restitution_paid=100)
    client.cases.append(second)
    return client


def test_q110_02_a_paid_up_case_folds_its_payment_form_behind_a_button(qtbot, window, repo):
    view = open_on_checklist(window, repo, paid_up_and_owing("Paz Pagado"))
    checklist = view.checklist
    paid_up, owing = checklist.payment_forms["c1"], checklist.payment_forms["c2"]
    assert not paid_up.isVisibleTo(checklist) and owing.isVisibleTo(checklist)
    enter = checklist.control("c1", "enter payment")
    assert isinstance(enter, QPushButton) and enter.isVisibleTo(checklist)
    assert enter.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert checklist.control("c2", "enter payment") is None  # owing: the form is open

    # From the keyboard: the button takes the focus, Space opens the form at its amount.
    enter.setFocus()
    qtbot.keyClick(enter, Qt.Key.Key_Space)
    assert paid_up.isVisibleTo(checklist) and not enter.isVisibleTo(checklist)
    assert paid_up.amount.hasFocus()
    paid_up.date.setText("2026-11-20")
    paid_up.amount.setText("50")
    qtbot.keyClick(paid_up.amount, Qt.Key.Key_Return)
    stored = repo.get_client(view.client.id).cases[0].money
    assert stored.fines_paid == 650 and len(stored.payments) == 1
    # Still open after the payment it took, the focus in it for the next one.
    assert checklist.payment_forms["c1"].isVisibleTo(checklist)
    assert checklist.payment_forms["c1"].amount.hasFocus()


def test_q110_02_a_payment_typed_on_a_paid_up_case_comes_back_unfolded(qtbot, window, repo):
    view = open_on_checklist(window, repo, paid_up_and_owing("Paz Tecleo"))
    checklist = view.checklist
    checklist.put_back_payments({"c1": {"kind": "fine", "date": "2026-11-20", "amount": "25", "receipt": ""}})
    form = checklist.payment_forms["c1"]
    assert form.isVisibleTo(checklist) and form.amount.text() == "25"
    assert not checklist.control("c1", "enter payment").isVisibleTo(checklist)
