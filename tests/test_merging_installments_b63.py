"""B63-08: a merge takes each payment the other record has more of, not only those unlike any
here.  The second of two equal installments on one day (one typed here, both on the laptop)
read "Takes from id 7: nothing this record lacks", and the $50 was gone from the ledger."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Payment
from tests.test_merging import _office


def _with_installment(office):
    office.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 6, 1), amount=50))
    return office


def test_b63_08_the_second_of_two_equal_installments_is_taken_and_said_to_check():
    office = _with_installment(_office())
    laptop = copy.deepcopy(office)
    laptop.id = 7
    laptop.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 6, 1), amount=50))  # the second one

    merged = merge_into(office, laptop)

    money = merged.client.cases[0].money
    assert [p.amount for p in money.payments if p.date == date(2026, 6, 1)] == [50, 50]
    assert money.restitution_paid == 100 + 50 + 50
    lines = merged.lines("id 7")
    assert lines[0] == "Takes from id 7: restitution payment $50 on 2026-06-01 in case BA-100 200."
    assert ("To check: restitution payment $50 on 2026-06-01 in case BA-100 200 is in the ledger 2 times now, as in id 7: "
            "check it was not entered twice.") in lines


def test_b63_08_a_payment_both_records_have_once_is_not_taken_again():
    office = _with_installment(_office())
    laptop = copy.deepcopy(office)
    laptop.id = 7
    merged = merge_into(office, laptop)
    assert merged.client.cases[0].money == office.cases[0].money and merged.taken == [] and merged.to_check == []
    # Two here, one there: the laptop's copy is older, nothing to take.
    two = _with_installment(_with_installment(_office()))
    assert merge_into(two, laptop).taken == []


def test_b63_09_hours_ordered_otherwise_on_the_laptop_are_said_to_check():
    """The laptop had 60 hours ordered (20 added at a hearing), this record 40: the merge took
    the laptop's 12 hours done and kept 40 with not a word, "12 of 40" where 60 are owed."""
    office = _office()
    laptop = copy.deepcopy(office)
    laptop.id = 7
    laptop.cases[0].conditions[1].required, laptop.cases[0].conditions[1].done = 60, 12

    merged = merge_into(office, laptop)

    assert merged.client.cases[0].conditions[1].required == 40  # this record's, as every detail
    assert ("To check: Service hours in case BA-100 200: 60 hours ordered in id 7, 40 hours in this record, which is kept: "
            "check the court's order.") in merged.lines("id 7")
    same = copy.deepcopy(office)
    same.id = 7
    assert merge_into(office, same).to_check == []


def test_b63_11_a_receipt_number_typed_on_the_laptop_is_not_a_second_payment():
    """The office typed the $50 from the court's printout, the laptop added its receipt: the
    merge took it as another payment, $50 counted twice toward the restitution paid."""
    office = _with_installment(_office())
    laptop = copy.deepcopy(office)
    laptop.id = 7
    laptop.cases[0].money.payments[-1].receipt = "R-9"

    merged = merge_into(office, laptop)

    money = merged.client.cases[0].money
    assert [(p.amount, p.receipt) for p in money.payments if p.date == date(2026, 6, 1)] == [(50, "R-9")]
    assert money.restitution_paid == 150
    lines = merged.lines("id 7")
    assert lines[0] == "Takes from id 7: receipt R-9 for the restitution payment $50 on 2026-06-01 in case BA-100 200."
    assert ("To check: the restitution payment $50 on 2026-06-01 in case BA-100 200, receipt R-9 in id 7, is taken for the "
            "one this record has with no receipt number: if they were two payments, add the second on the Checklist.") in lines
    # The other way round: this record's receipt stays, nothing is added.
    back = merge_into(laptop, office)
    assert back.client.cases[0].money == laptop.cases[0].money and back.taken == []
    assert back.to_check == ["the restitution payment $50 on 2026-06-01 in case BA-100 200, with no receipt number in id 1, is "
                             "taken for this record's, receipt R-9: if they were two payments, add the second on the Checklist"]


def test_b63_12_a_payment_whose_day_was_put_right_on_the_laptop_is_not_counted_twice():
    """Receipt R-9 typed as paid on 2025-06-01 here, put right to 2026-06-01 on the laptop: the
    merge added the laptop's as a second payment, $50 counted twice toward the restitution."""
    office = _office()
    office.cases[0].money.record_payment(Payment(kind="restitution", date=date(2025, 6, 1), amount=50, receipt="R-9"))
    laptop = copy.deepcopy(office)
    laptop.id = 7
    laptop.cases[0].money.payments[-1].date = date(2026, 6, 1)

    merged = merge_into(office, laptop)

    money = merged.client.cases[0].money
    assert [(p.date, p.receipt) for p in money.payments if p.receipt] == [(date(2025, 6, 1), "R-9")]
    assert money.restitution_paid == 150 and merged.taken == []
    assert merged.lines("id 7")[1] == ("To check: receipt R-9 in case BA-100 200 is a restitution payment of $50 on 2026-06-01 in "
                                       "id 7, of $50 on 2025-06-01 in this record, which is kept: check the receipt.")
