"""R120-02: a payment recorded on a laptop's copy of a client whose total paid was not recorded,
read from the ledger (B118-01: the payment adds to the ledger's sum): the import's "Check 1
client who shares a name and date of birth" and Merge a duplicate's list said "fines and
restitution" differed as well as the payment, sending the paralegal to compare totals that
read the same but for it."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.differences import differences
from clinic_app.model import Money, Payment
from tests.gui.conftest import probation_client


def _office():
    office = probation_client("Rocío Muñoz")
    # "Fines paid" cleared on the Record tab, or a request imported with a ledger and no totals.
    office.cases[0].money = Money(fines_ordered=500, payments=[Payment("fine", date(2026, 3, 2), 200, "R-1")])
    return office


def test_r120_02_a_payment_added_to_a_ledger_with_no_total_is_the_one_difference_said():
    office = _office()
    laptop = copy.deepcopy(office)
    laptop.cases[0].money.record_payment(Payment("fine", date(2026, 11, 20), 300, "R-2"))  # $500 now paid
    assert differences(office, laptop, "id 1", "id 7") == [
        "case BA100001: 1 payment only in id 7 (fine $300 on 2026-11-20, receipt R-2)"]


def test_r120_02_a_total_that_reads_otherwise_than_the_payments_is_still_said():
    office = _office()
    laptop = copy.deepcopy(office)
    laptop.cases[0].money.record_payment(Payment("fine", date(2026, 11, 20), 300, "R-2"))
    laptop.cases[0].money.fines_paid = 450  # typed over on the laptop too
    assert differences(office, laptop, "id 1", "id 7") == [
        "case BA100001: fines and restitution, 1 payment only in id 7 (fine $300 on 2026-11-20, receipt R-2)"]
