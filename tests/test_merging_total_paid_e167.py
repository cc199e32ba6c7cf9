"""E167-01: a laptop put right what was paid on a case (the client's receipts seen at the event:
restitution "Paid" $200 typed over with $800, no payment in the ledger), the office still had
$200.  The import named the case's "fines and restitution" as differing, but the merge kept
$200 and said nothing of the laptop's $800: the correction was gone, and the client read
"$600 still owed" on the handout."""

from __future__ import annotations

from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Payment
from tests.test_merging import _office
from tests.test_merging_laptop_h64 import _laptop_of


def _without_ledger(client):
    client.cases[0].money.payments = []
    return client


def test_e167_01_a_total_paid_put_right_on_the_laptop_is_said_to_check():
    office = _without_ledger(_office())
    office.cases[0].money.restitution_paid = 200
    laptop = _laptop_of(office)
    laptop.cases[0].money.restitution_paid = 800

    merged = merge_into(office, laptop)

    assert merged.client.cases[0].money.restitution_paid == 200  # which is right cannot be told: this record's stays
    assert ("To check: restitution paid in case BA-100 200: $800 in id 7, $200 in this record, which is kept: "
            "check the receipts and put it right on the Record tab.") in merged.lines("id 7")


def test_e167_01_totals_that_agree_once_the_laptops_payments_are_taken_are_not_said():
    office = _office()  # $100 paid, in the ledger
    laptop = _laptop_of(office)
    laptop.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 12, 5), amount=150))

    merged = merge_into(office, laptop)

    assert merged.client.cases[0].money.paid("restitution") == 250
    assert not any("restitution paid in" in line for line in merged.lines("id 7"))
