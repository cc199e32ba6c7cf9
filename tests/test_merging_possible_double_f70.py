"""F70-01 in a merge: a payment of one debt on one day recorded at the office ($50) and on the
laptop with another amount ($500).  Two installments, or one payment typed twice with its amount
mistyped: the merge added the laptop's, $550 counted paid, and said "Takes ... restitution
payment $500" and, apart, "1 payment ... in this record is not in id 7 ..., if removed there
remove it", never that the two may be one.  Both are kept and counted (neither is guessed), and
the pair is said as one line to check."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.merging import merge_into
from clinic_app.model import Payment
from tests.test_merging import _office
from tests.test_merging_laptop_h64 import _laptop_of

DAY = date(2026, 11, 22)


@pytest.mark.parametrize("here_receipt, there_receipt, on", [(None, None, ""), ("R-1001", None, ", receipt R-1001")])
def test_f70_01_a_payment_of_one_day_with_another_amount_on_each_side_is_kept_and_said_as_a_possible_double(
        here_receipt, there_receipt, on):
    office = _office()
    laptop = _laptop_of(office)
    office.cases[0].money.record_payment(Payment(kind="restitution", date=DAY, amount=50, receipt=here_receipt))
    laptop.cases[0].money.record_payment(Payment(kind="restitution", date=DAY, amount=500, receipt=there_receipt))
    paid = office.cases[0].money.restitution_paid
    merged = merge_into(office, laptop)
    money = merged.client.cases[0].money
    assert sorted(p.amount for p in money.payments if p.date == DAY) == [50, 500]
    assert money.restitution_paid == paid + 500
    assert merged.to_check == [
        f"restitution payments in case BA-100 200 of $50 in this record and $500 taken from id 7, both on 2026-11-22{on}: "
        "two payments, or one typed twice with another amount? Both are kept and counted; if it is one, remove the wrong "
        "one on the Checklist"]


def test_f70_01_two_receipt_numbers_are_two_payments_and_another_day_is_another_payment():
    office = _office()
    laptop = _laptop_of(office)
    office.cases[0].money.record_payment(Payment(kind="restitution", date=DAY, amount=50, receipt="R-1001"))
    laptop.cases[0].money.record_payment(Payment(kind="restitution", date=DAY, amount=500, receipt="R-1002"))
    laptop.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 11, 23), amount=20))
    merged = merge_into(office, laptop)
    assert not any("typed twice with another amount" in line for line in merged.to_check)
