"""Z62-02 on the Checklist: a payment typed on the wrong case, whose fines had no payment
recorded, and taken out of its ledger with Delete, leaves the case as it was: "payments not
recorded - ask the client or the court", not "$0 of $300 paid"."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from clinic_app.model import Conviction, Money
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import _focus, open_on_checklist

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

CTRL = Qt.KeyboardModifier.ControlModifier
UNRECORDED = "Fines: $300 ordered, payments not recorded - ask the client or the court"


def two_cases_fines():
    client = probation_client("Nora Caso", restitution_ordered=None)
    client.cases[0].money = Money(fines_ordered=500, fines_paid=0)
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA200002"
    second.convictions = [Conviction(id="c2-1", section="484", level="misdemeanor", conviction_date=second.disposition_date)]
    second.money = Money(fines_ordered=300)  # nobody has asked what was paid here
    client.cases.append(second)
    return client


def labels(view) -> list[str]:
    return [label.text() for label in view.checklist.page.findChildren(QLabel)]


def test_z62_02_a_payment_on_the_wrong_case_taken_out_leaves_its_fines_unrecorded(qtbot, window, repo):
    view, client_id = open_on_checklist(qtbot, window, repo, two_cases_fines())
    assert UNRECORDED in labels(view)
    amount = view.checklist.payment_forms["c2"].amount  # the case below, typed in by mistake
    _focus(qtbot, amount)
    qtbot.keyClicks(amount, "$300")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert repo.get_client(client_id).cases[1].money.fines_paid == 300
    ledger = view.checklist.control("c2", "payments")
    _focus(qtbot, ledger)  # Tab into the ledger shows its line chosen (K45-03)
    qtbot.keyClick(ledger, Qt.Key.Key_Space)  # and Space chooses it: Delete asks about a line only arrived on (Q98-01)
    qtbot.keyClick(ledger, Qt.Key.Key_Delete)

    stored = repo.get_client(client_id).cases[1].money
    assert stored.payments == [] and stored.fines_paid is None
    # It read "Fines: $0 of $300 paid", a payment record nobody made, and the screening
    # counted $300 of fines unpaid.
    assert UNRECORDED in labels(view) and "Fines: $0 of $300 paid" not in labels(view)
    assert repo.get_client(client_id).cases[0].money.fines_paid == 0  # the other case's known $0 stays

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)  # Undo puts the payment back
    assert repo.get_client(client_id).cases[1].money.fines_paid == 300
    assert "Fines: $300 of $300 paid" in labels(view)
