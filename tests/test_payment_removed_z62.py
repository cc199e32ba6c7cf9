"""Z62-02: a payment taken out of the ledger (Money.remove_payment) gives back what was
recorded before it: with nothing recorded paid before it, nothing again, not a known $0."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist, outstanding
from clinic_app.model import Money, Payment
from tests.gui.conftest import probation_client

DAY = date(2026, 11, 22)


def fines_unrecorded():
    client = probation_client("Nora Caso", restitution_ordered=None)
    client.cases[0].money = Money(fines_ordered=300)
    return client


def test_z62_02_a_payment_typed_on_the_wrong_case_and_taken_out_leaves_the_fines_unrecorded_again():
    client = fines_unrecorded()
    money = client.cases[0].money
    money.record_payment(Payment(kind="fine", date=DAY, amount=300))  # the wrong case's payment
    money.remove_payment(0)
    # It read "Fines: $0 of $300 paid" and "fines $300" owed: a $0 nobody recorded.
    assert money.fines_paid is None and money.unrecorded("fine")
    assert "Fines: $300 ordered, payments not recorded - ask the client or the court" in [i.label for i in checklist(client, DAY)]
    assert "fines: payments not recorded" in outstanding(client, DAY)


def test_z62_02_restitution_too():
    money = Money(restitution_ordered=1500)
    money.record_payment(Payment(kind="restitution", date=DAY, amount=1250))
    money.record_payment(Payment(kind="fine", date=DAY, amount=50))
    money.remove_payment(0)
    assert money.restitution_paid is None and money.unrecorded("restitution")
    assert money.fines_paid == 50


def test_z62_02_a_total_recorded_besides_the_ledger_or_other_payments_still_count():
    typed = Money(fines_ordered=500, fines_paid=200)  # "Fines paid: 200" typed at intake
    typed.record_payment(Payment(kind="fine", date=DAY, amount=100))
    typed.remove_payment(0)
    assert typed.fines_paid == 200
    two = Money(fines_ordered=500)
    two.record_payment(Payment(kind="fine", date=date(2026, 3, 1), amount=100))
    two.record_payment(Payment(kind="fine", date=DAY, amount=100))
    two.remove_payment(1)
    assert two.fines_paid == 100
    two.remove_payment(0)
    assert two.fines_paid is None
