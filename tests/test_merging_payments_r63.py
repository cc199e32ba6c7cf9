"""R63-04: a merge pairs the other record's payments with this record's the same whatever
order the ledgers list them in: an equal payment first, then one whose receipt number only
one side has (B63-11), then one of the same receipt number (B63-12)."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Payment
from tests.test_merging import _office

DAY = date(2026, 6, 1)


def test_r63_04_two_installments_on_the_laptop_one_receipted_as_here_the_other_is_taken():
    """Here: the $50 of 2026-06-01 with its receipt R-9.  The laptop: that one and a second $50
    the same day, with no receipt number yet, listed first.  The laptop's first was taken for
    R-9 ("if they were two payments, add the second"), then its R-9 added beside it: R-9
    twice in the ledger, "in the ledger 2 times now, as in id 7" of a receipt id 7 has once,
    and the installment with no receipt not in the ledger at all."""
    office = _office()
    office.cases[0].money.record_payment(Payment(kind="restitution", date=DAY, amount=50, receipt="R-9"))
    laptop = copy.deepcopy(office)
    laptop.id = 7
    laptop.cases[0].money.payments.insert(0, Payment(kind="restitution", date=DAY, amount=50))
    laptop.cases[0].money.restitution_paid += 50

    merged = merge_into(office, laptop)

    money = merged.client.cases[0].money
    assert sorted((p.amount, p.receipt or "") for p in money.payments if p.date == DAY) == [(50, ""), (50, "R-9")]
    assert money.restitution_paid == laptop.cases[0].money.restitution_paid
    assert merged.taken == ["restitution payment $50 on 2026-06-01 in case BA-100 200"]
    assert merged.to_check == []  # the laptop's ledger, line for line


def test_r63_04_a_receipt_put_right_is_paired_by_its_number_before_its_day_and_amount():
    """Here: R-9, $50 on 2025-06-01 (the year typed wrong), and a $50 of 2026-06-01 with no
    receipt.  The laptop: R-9 put right to 2026-06-01, and the same unreceipted $50.  Either
    order of the laptop's ledger makes the same merge: nothing new, nothing taken twice."""
    office = _office()
    office.cases[0].money.record_payment(Payment(kind="restitution", date=date(2025, 6, 1), amount=50, receipt="R-9"))
    office.cases[0].money.record_payment(Payment(kind="restitution", date=DAY, amount=50))
    for order in (list, lambda payments: payments[::-1]):
        laptop = copy.deepcopy(office)
        laptop.id = 7
        laptop.cases[0].money.payments[-2].date = DAY
        laptop.cases[0].money.payments = order(laptop.cases[0].money.payments)

        merged = merge_into(office, laptop)

        assert merged.client.cases[0].money.restitution_paid == office.cases[0].money.restitution_paid
        assert len(merged.client.cases[0].money.payments) == len(office.cases[0].money.payments)
        assert merged.taken == []
