"""R64-01: a payment added on the Checklist, refused because another desk recorded one of its
own, is put back over their record (A64-03); where "0" had been typed as paid (intake: "paid
nothing yet"), the warning also said "Case BA100001, restitution paid: (nothing)": a field the user
never typed, theirs "kept" there.  Taking the payment back out of the typing read the total
as never recorded (Money.remove_payment, Z62-02), not the 0 it was typed on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Payment
from tests.gui.conftest import TODAY
from tests.gui.test_checklist_keyboard import open_on_checklist
from tests.gui.test_checklist_refused_keeps_typing_a64 import _refused, _saved_on_another_desk
from tests.gui.test_class_count_tally_z62 import class_and_hours

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a_payment_on_none_paid_while_another_desk_added_one_says_nothing_was_lost(qtbot, window, repo):
    client = class_and_hours()
    client.cases[0].money.restitution_paid = 0  # typed at intake: nothing paid yet
    view, client_id = open_on_checklist(qtbot, window, repo, client)
    _saved_on_another_desk(repo, client_id, lambda theirs: theirs.cases[0].money.record_payment(
        Payment(kind="restitution", date=TODAY, amount=50, receipt="R-1001")))
    form = view.checklist.payment_forms["c1"]
    form.amount.setText("75")
    said = _refused(qtbot, lambda: qtbot.keyClick(form.amount, Qt.Key.Key_Return))
    assert "their change is kept there" not in said and "(nothing)" not in said, said
    assert view.checklist.ledger_models[0].rowCount() == 2
    assert view.save()
    money = repo.get_client(client_id).cases[0].money
    assert (sorted(p.amount for p in money.payments), money.restitution_paid) == ([50, 75], 125)
