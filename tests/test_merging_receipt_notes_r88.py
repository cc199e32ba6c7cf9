"""R88-02: two merge notes U87-02 turned from "(case X)" to "in case X" read wrong: "the
restitution payment $50 on 2026-06-01 in case BA-100 200 in id 7, receipt R-9, is taken ...", and
"both on 2026-11-22, receipt R-1001 in case BA-100 200: two payments, ...", where the receipt
reads as the case's.  The case is said where it belongs to the payment."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Payment
from tests.test_merging import _office
from tests.test_merging_installments_b63 import _with_installment
from tests.test_merging_laptop_h64 import _laptop_of


def test_r88_02_a_receipt_taken_from_the_laptop_is_said_of_the_payment_in_its_case():
    office = _with_installment(_office())
    laptop = copy.deepcopy(office)
    laptop.id = 7
    laptop.cases[0].money.payments[-1].receipt = "R-9"
    lines = merge_into(office, laptop).to_check
    assert lines == ["the restitution payment $50 on 2026-06-01 in case BA-100 200, receipt R-9 in id 7, is taken for the "
                     "one this record has with no receipt number: if they were two payments, add the second on the Checklist"]
    assert not any(" in id 7, receipt" in line or "BA-100 200 in id" in line for line in lines)


def test_r88_02_a_possible_double_names_its_case_before_the_receipt():
    office = _office()
    laptop = _laptop_of(office)
    office.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 11, 22), amount=50, receipt="R-1001"))
    laptop.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 11, 22), amount=500))
    (line,) = merge_into(office, laptop).to_check
    assert line.startswith("restitution payments in case BA-100 200 of $50 in this record and $500 taken from id 7, "
                           "both on 2026-11-22, receipt R-1001: two payments, or one typed twice"), line
    assert "receipt R-1001 in case" not in line
