"""V64-04: drafts.py took a payment out of a ledger by what it is in three places, each with
its own `max(i for i, p in enumerate(money.payments) if p == payment)`.  Money.take_out is that
one reading: the last payment equal to it goes, its amount out of the total it went into."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Money, Payment

DAY = date(2026, 11, 22)


def test_v64_04_take_out_removes_the_last_payment_alike_and_its_amount():
    fifty = Payment(kind="restitution", date=DAY, amount=50, receipt="R-9")
    fine = Payment(kind="fine", date=DAY, amount=50, receipt="R-9")
    money = Money(restitution_ordered=500, fines_ordered=300)
    for payment in (fifty, fine, Payment(kind="restitution", date=DAY, amount=20), fifty):
        money.record_payment(payment)
    assert money.take_out(fifty) == fifty
    # The last alike goes; the fine of the same amount and receipt stays.
    assert money.payments == [fifty, fine, Payment(kind="restitution", date=DAY, amount=20)]
    assert money.restitution_paid == 70 and money.fines_paid == 50


def test_v64_04_a_payment_not_in_the_ledger_is_refused():
    money = Money(fines_ordered=300)
    money.record_payment(Payment(kind="fine", date=DAY, amount=100))
    with pytest.raises(ValueError):
        money.take_out(Payment(kind="fine", date=DAY, amount=75))
    assert money.fines_paid == 100 and len(money.payments) == 1
